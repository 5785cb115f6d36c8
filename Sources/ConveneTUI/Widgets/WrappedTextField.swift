/// A `TextField` shown on several rows, wrapped after spaces (anywhere in a word longer than
/// a row, and in CJK text), for long texts (a decision, an
/// action point) that one row would show only by their end. The rows scroll to keep the
/// cursor in view; the last column is kept for the markers that say text is cut above (▲) or
/// below (▼).
struct WrappedTextField {
    var field: TextField

    static let moreAbove = "▲"
    static let moreBelow = "▼"

    /// Where each row starts, wrapping at `width` columns. Every character stays on a row (a
    /// space ends the row it breaks), so the cursor has a place on one. The cursor after a
    /// full last row goes on a row of its own.
    func rowStarts(width: Int) -> [Int] {
        let characters = field.characters
        var starts = [0]
        var used = 0
        var afterSpace: Int?
        for (index, character) in characters.enumerated() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width, used > 0, character != " " {
                let start = afterSpace ?? index
                starts.append(start)
                used = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                afterSpace = nil
            }
            used += characterWidth
            if character == " " { afterSpace = index + 1 }
        }
        if used >= width, width > 0 { starts.append(field.characters.count) }
        return starts
    }

    /// The row the cursor is on.
    func cursorRow(starts: [Int]) -> Int {
        starts.lastIndex { $0 <= field.cursor } ?? 0
    }

    /// The first row to show in `height` rows: the top, unless the cursor is further down.
    func firstRow(starts: [Int], height: Int) -> Int {
        max(0, cursorRow(starts: starts) - max(1, height) + 1)
    }

    /// Draws the rows around the cursor in `area` (from the top when not focused); when
    /// focused, sets the buffer's cursor and returns it.
    @discardableResult
    func render(into buffer: inout ScreenBuffer, area: Rect, style: Style, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, style: style)
        let width = max(1, area.width - 1)
        let starts = rowStarts(width: width)
        let first = focused ? firstRow(starts: starts, height: area.height) : 0
        let characters = field.characters
        for row in 0..<area.height where first + row < starts.count {
            let start = starts[first + row]
            let end = first + row + 1 < starts.count ? starts[first + row + 1] : characters.count
            buffer.write(String(characters[start..<end]), at: Point(x: area.x, y: area.y + row), style: style,
                         clip: Rect(x: area.x, y: area.y + row, width: width, height: 1))
        }
        let marker = Point(x: area.maxX - 1, y: area.y)
        if first > 0 { buffer.write(Self.moreAbove, at: marker, style: style) }
        if first + area.height < starts.count {
            buffer.write(Self.moreBelow, at: Point(x: marker.x, y: area.maxY - 1), style: style)
        }
        guard focused else { return nil }
        let row = cursorRow(starts: starts)
        let columns = characters[starts[row]..<field.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        let position = Point(x: area.x + min(columns, width), y: area.y + row - first)
        buffer.cursor = position
        return position
    }
}
