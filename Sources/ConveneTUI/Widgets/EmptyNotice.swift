/// A muted sentence two rows into an empty list ("No meetings yet. Press a to add one.").
struct EmptyNotice {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(min(2, max(0, area.height - 1)))
        buffer.write(DisplayWidth.truncate(text, toWidth: row.width - 2), at: Point(x: row.x + 2, y: row.y), style: .muted, clip: row)
    }
}
