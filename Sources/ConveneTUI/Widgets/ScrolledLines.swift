/// Lines of text in a pane that may be taller than the pane: drawn from `offset`, with a
/// "more" marker on the first row when lines are cut above and on the last row when lines
/// are cut below, so that nothing is cut off without saying so.
struct ScrolledLines {
    var lines: [(String, Style)]
    var offset: Int
    /// True when there are lines after the ones given (they were not wrapped, to save work).
    var continues = false
    /// The lines drawn as selected (a cursor on them).
    var highlighted: Range<Int> = 0..<0

    static let moreBelow = "▼ more: PgDn"
    static let moreAbove = "▲ more: PgUp"

    /// The first line to show so that the pane is full when it can be.
    static func clamped(_ offset: Int, count: Int, height: Int) -> Int {
        max(0, min(offset, count - max(1, height)))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 0 else { return }
        let start = continues ? max(0, offset) : Self.clamped(offset, count: lines.count, height: area.height)
        let cutBelow = continues || start + area.height < lines.count
        for (row, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            let style = highlighted.contains(start + row) ? Style.selection : line.1
            if style == .selection { buffer.fill(area.row(row), style: style) }
            buffer.write(line.0, at: Point(x: area.x, y: area.y + row), style: style, clip: area)
        }
        if start > 0 { marker(Self.moreAbove, row: area.row(0), into: &buffer) }
        if cutBelow, area.height > 1 || start == 0 { marker(Self.moreBelow, row: area.row(area.height - 1), into: &buffer) }
    }

    /// The marker at the right end of the row, over whatever was there.
    private func marker(_ text: String, row: Rect, into buffer: inout ScreenBuffer) {
        let width = min(row.width, DisplayWidth.of(text) + 1)
        let place = Rect(x: row.maxX - width, y: row.y, width: width, height: 1)
        buffer.fill(place, style: .accent)
        buffer.write(" " + text, at: place.origin, style: .accent, clip: place)
    }
}
