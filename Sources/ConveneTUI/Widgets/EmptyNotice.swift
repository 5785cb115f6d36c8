/// A muted sentence two rows into an empty list ("No meetings yet. Press a to add one."),
/// and an optional hint on the row below it.
struct EmptyNotice {
    var text: String
    var hint: String?

    init(_ text: String, hint: String? = nil) {
        self.text = text
        self.hint = hint
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let first = min(2, max(0, area.height - 1))
        for (offset, line) in [text, hint].compactMap({ $0 }).enumerated() where first + offset < area.height {
            let row = area.row(first + offset)
            buffer.write(DisplayWidth.truncate(line, toWidth: row.width - 2), at: Point(x: row.x + 2, y: row.y), style: .muted, clip: row)
        }
    }
}
