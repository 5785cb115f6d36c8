/// A grid of cells that widgets draw into and tests read as text. The backend compares two
/// buffers (`changes(from:)`) and sends only what changed to the terminal.
public struct ScreenBuffer: Hashable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]
    /// Where the terminal cursor should be, or nil to hide it. Set by a focused text field.
    public var cursor: Point?

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = [Cell](repeating: fill, count: size.width * size.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    /// The cell at a position, or nil outside the buffer.
    public func cell(at point: Point) -> Cell? {
        guard area.contains(point) else { return nil }
        return cells[point.y * size.width + point.x]
    }

    /// Writes text on one row starting at `point`, cutting it at the edge of `clip` (and of the
    /// buffer). The text goes through `SafeText.singleLine` first. A character that would
    /// straddle the clip edge is drawn as spaces instead, so no grapheme cluster is ever split
    /// (a cluster may be wider than two columns: a Devanagari conjunct, a family emoji).
    /// Returns the column after the last cell written (or where writing stopped).
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard !bounds.isEmpty, point.y >= bounds.y, point.y < bounds.maxY else { return point.x }
        var x = point.x
        for character in SafeText.singleLine(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x >= bounds.maxX { break }
            let end = x + width
            if end <= bounds.x {
                x = end
                continue
            }
            if x < bounds.x || end > bounds.maxX {
                // Part of the character is outside: show the visible part as blanks.
                for column in max(x, bounds.x)..<min(end, bounds.maxX) {
                    put(.blank(style), x: column, y: point.y)
                }
                x = end
                if end > bounds.maxX { break }
                continue
            }
            put(Cell(character, width: width, style: style), x: x, y: point.y)
            for column in (x + 1)..<end {
                put(.continuation(style), x: column, y: point.y)
            }
            x = end
        }
        return min(x, bounds.maxX)
    }

    /// Fills a rectangle (clipped to the buffer) with one narrow character in one style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let target = rect.intersection(area)
        let safe = SafeText.singleLine(String(character)).first ?? " "
        let cell = DisplayWidth.of(safe) == 1 ? Cell(safe, width: 1, style: style) : Cell.blank(style)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                put(cell, x: x, y: y)
            }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the characters.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let target = rect.intersection(area)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                cells[y * size.width + x].style = style
            }
        }
    }

    /// Sets one cell, first blanking any wider character it would cut. A continuation written
    /// over a continuation is the rest of a character being written left to right.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation ? !cell.isContinuation : old.width > 1 {
            blankCharacter(covering: x, y: y)
        }
        cells[index] = cell
    }

    /// Replaces every cell of the character that covers column `x` by a blank.
    private mutating func blankCharacter(covering x: Int, y: Int) {
        let rowStart = y * size.width
        var owner = x
        while owner > 0, cells[rowStart + owner].isContinuation { owner -= 1 }
        let end = min(size.width, owner + max(1, cells[rowStart + owner].width))
        for column in owner..<end {
            cells[rowStart + column] = .blank(cells[rowStart + column].style)
        }
    }

    /// The rows as plain text, trailing spaces trimmed: what a snapshot test compares.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole screen as text, one line per row.
    public func text() -> String {
        lines().joined(separator: "\n")
    }

    /// Runs of cells that differ from `old`, row by row, left to right. A run never starts on
    /// a continuation cell and always includes every cell of a wide character. When the
    /// sizes differ, every row is one run.
    public func changes(from old: ScreenBuffer) -> [ChangedRun] {
        let width = size.width
        guard old.size == size else {
            return (0..<size.height).map { y in
                ChangedRun(row: y, column: 0, cells: Array(cells[(y * width)..<((y + 1) * width)]))
            }
        }
        var runs: [ChangedRun] = []
        var changed = [Bool](repeating: false, count: width)
        for y in 0..<size.height {
            let rowStart = y * width
            for x in 0..<width {
                changed[x] = cells[rowStart + x] != old.cells[rowStart + x]
            }
            // Widen each change to whole characters, old and new: first to the left to reach
            // the cell that holds a character, then to the right to cover its continuations.
            for x in stride(from: width - 1, through: 1, by: -1) where changed[x] {
                if cells[rowStart + x].isContinuation || old.cells[rowStart + x].isContinuation {
                    changed[x - 1] = true
                }
            }
            for x in 0..<width where changed[x] {
                let span = max(cells[rowStart + x].width, old.cells[rowStart + x].width)
                for next in (x + 1)..<min(width, x + max(1, span)) { changed[next] = true }
            }
            var x = 0
            while x < width {
                guard changed[x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < width, changed[x] { x += 1 }
                runs.append(ChangedRun(row: y, column: start, cells: Array(cells[(rowStart + start)..<(rowStart + x)])))
            }
        }
        return runs
    }
}

/// Consecutive cells of one row that need redrawing.
public struct ChangedRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}
