/// The frame every screen shares, computed in one place so that drawing (`view`) and
/// scrolling (`update`) agree on how many rows a list has.
struct AppLayout: Sendable {
    /// The screen tabs on the top row.
    let tabs: Rect
    /// Where the current screen and the modals are drawn.
    let body: Rect
    /// What was done or failed, or the field being typed in.
    let message: Rect
    /// Screen title, database path and key hints.
    let status: Rect

    init(size: Size) {
        let rows = Rect(size: size).splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        tabs = rows[0]
        body = rows[1]
        message = rows[2]
        status = rows[3]
    }

    /// Rows a full-body list shows below its header.
    var listRows: Int { Self.rows(below: body) }
    /// Rows a page key moves.
    var page: Int { max(1, listRows - 1) }

    /// Rows a table drawn in `area` shows below its header (at least one, so that a
    /// selection always has somewhere to be).
    static func rows(below area: Rect) -> Int { max(1, area.height - 1) }
}
