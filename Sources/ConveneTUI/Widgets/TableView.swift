/// A column of a table: title, width and alignment.
public struct TableColumn: Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share (by weight) of what the fixed columns leave, never below `minimum`.
        case flexible(minimum: Int, weight: Int)

        public static let flexible = Width.flexible(minimum: 1, weight: 1)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width = .flexible, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A scrolling table with a header row, one selected row and any number of marked rows.
/// Rows come from a closure and only the visible ones are asked for, so a table of 100,000
/// rows costs no more to draw than one of 20. Cells are aligned by display width, so CJK and
/// Latin text line up.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [String]
    public var selected: Int?
    public var marked: Set<Int>
    /// Index of the first row shown; `render` adjusts it (without storing) so the selection
    /// is visible. Store `scrolledOffset(visibleRows:)` after moving the selection.
    public var offset: Int
    public var showsHeader: Bool
    /// Width of the mark column ("✓ ") shown at the left of each row when `showsMarks` is set.
    public var showsMarks: Bool

    public static let columnGap = 1
    public static let markSymbol = "✓"

    public init(columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [String],
                selected: Int? = nil, marked: Set<Int> = [], offset: Int = 0,
                showsHeader: Bool = true, showsMarks: Bool = false) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.selected = selected
        self.marked = marked
        self.offset = offset
        self.showsHeader = showsHeader
        self.showsMarks = showsMarks || !marked.isEmpty
    }

    public init(columns: [TableColumn], rows: [[String]], selected: Int? = nil, marked: Set<Int> = [], offset: Int = 0) {
        self.init(columns: columns, rowCount: rows.count, row: { rows.indices.contains($0) ? rows[$0] : [] },
                  selected: selected, marked: marked, offset: offset)
    }

    /// The offset that keeps the selection visible, moving as little as possible.
    public func scrolledOffset(visibleRows: Int) -> Int {
        let rows = max(1, visibleRows)
        var start = min(max(0, offset), max(0, rowCount - rows))
        if let selected, selected >= 0, selected < rowCount {
            if selected < start { start = selected }
            if selected >= start + rows { start = selected - rows + 1 }
        }
        return start
    }

    /// How many data rows fit in an area.
    public func visibleRows(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// Column widths for a total width: fixed columns first, then flexible ones by weight
    /// (each at least its minimum while space lasts). Gaps are not included.
    public func columnWidths(total: Int) -> [Int] {
        let markWidth = showsMarks ? 2 : 0
        let gaps = max(0, columns.count - 1) * Self.columnGap
        var available = max(0, total - gaps - markWidth)
        var widths = [Int](repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            if case let .fixed(width) = column.width {
                widths[index] = min(max(0, width), available)
                available -= widths[index]
            }
        }
        var flexible: [(index: Int, minimum: Int, weight: Int)] = []
        for (index, column) in columns.enumerated() {
            if case let .flexible(minimum, weight) = column.width {
                flexible.append((index, max(0, minimum), max(1, weight)))
            }
        }
        for item in flexible {
            widths[item.index] = min(item.minimum, available)
            available -= widths[item.index]
        }
        let totalWeight = flexible.reduce(0) { $0 + $1.weight }
        if totalWeight > 0, available > 0 {
            var given = 0
            for item in flexible {
                let share = available * item.weight / totalWeight
                widths[item.index] += share
                given += share
            }
            var leftover = available - given
            for item in flexible where leftover > 0 {
                widths[item.index] += 1
                leftover -= 1
            }
        }
        return widths
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let widths = columnWidths(total: area.width)
        var y = area.y
        if showsHeader {
            buffer.fill(area.row(0), style: .header)
            drawRow(columns.map(\.title), mark: " ", widths: widths, y: y, area: area, style: .header, into: &buffer)
            y += 1
        }
        let rows = visibleRows(in: area)
        let start = scrolledOffset(visibleRows: rows)
        for index in start..<min(rowCount, start + rows) {
            let style: Style = index == selected ? .selection : .plain
            if index == selected {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            }
            let mark = marked.contains(index) ? Self.markSymbol : " "
            drawRow(row(index), mark: mark, widths: widths, y: y, area: area, style: style, into: &buffer)
            y += 1
        }
    }

    private func drawRow(_ values: [String], mark: String, widths: [Int], y: Int, area: Rect, style: Style,
                         into buffer: inout ScreenBuffer) {
        let line = Rect(x: area.x, y: y, width: area.width, height: 1)
        var x = area.x
        if showsMarks {
            buffer.write(mark, at: Point(x: x, y: y), style: style, clip: line)
            x += 2
        }
        for (index, column) in columns.enumerated() {
            let value = index < values.count ? values[index] : ""
            let cell = Rect(x: x, y: y, width: widths[index], height: 1).intersection(line)
            let text = DisplayWidth.pad(SafeText.singleLine(value), toWidth: widths[index], alignment: column.alignment)
            buffer.write(text, at: Point(x: x, y: y), style: style, clip: cell)
            x += widths[index] + Self.columnGap
        }
    }
}
