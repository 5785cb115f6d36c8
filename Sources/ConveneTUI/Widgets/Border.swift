/// A single-line box drawn with box-drawing characters, used by dialogs and overlays.
public struct Border: Sendable {
    public var title: String
    public var style: Style

    public init(title: String = "", style: Style = .plain) {
        self.title = title
        self.style = style
    }

    /// Clears the area, draws the frame and returns the inside. Areas smaller than 2×2
    /// are only cleared.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Rect {
        buffer.fill(area, style: style)
        guard area.width >= 2, area.height >= 2 else { return area }
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", at: area.origin, style: style, clip: area)
        buffer.write("└" + horizontal + "┘", at: Point(x: area.x, y: area.maxY - 1), style: style, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", at: Point(x: area.x, y: y), style: style, clip: area)
            buffer.write("│", at: Point(x: area.maxX - 1, y: y), style: style, clip: area)
        }
        if !title.isEmpty, area.width > 4 {
            let shown = DisplayWidth.truncate(" \(title) ", toWidth: area.width - 4)
            buffer.write(shown, at: Point(x: area.x + 2, y: area.y), style: style.adding(.bold), clip: area)
        }
        return area.inset(by: 1)
    }
}
