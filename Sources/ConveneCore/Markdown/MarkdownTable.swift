/// A GFM pipe table of user text, escaped cell by cell.
///
/// Cells are padded with spaces so the columns line up when the file is read as text,
/// counting CJK and other wide characters as two columns. A column is padded only up to
/// `paddingLimit` columns: a long title overflows its cell rather than widening every
/// row of the table. Padding never changes what a Markdown reader sees, and the same
/// table always renders to the same bytes.
public struct MarkdownTable: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable {
        case left, center, right
    }

    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// Cells narrower than this many terminal columns are padded to line up.
    public static let paddingLimit = 24

    public let columns: [Column]
    public private(set) var rows: [[String]] = []

    /// A table needs at least one column; `columns` come from code, not from users.
    public init(columns: [Column]) {
        precondition(!columns.isEmpty, "a Markdown table needs at least one column")
        self.columns = columns
    }

    /// Appends a row of plain user text. A short row is completed with empty cells;
    /// more cells than columns is a programming error, since GFM would drop them.
    public mutating func addRow(_ cells: [String]) {
        precondition(cells.count <= columns.count,
                     "table row has \(cells.count) cells but the table has \(columns.count) columns")
        rows.append(cells + Array(repeating: "", count: columns.count - cells.count))
    }

    /// The table's lines joined by `\n`, without a trailing newline.
    public func rendered() -> String {
        let header = columns.map { MarkdownText.tableCell($0.title) }
        let body = rows.map { $0.map(MarkdownText.tableCell) }
        let widths = columns.indices.map { column in
            let widest = ([header] + body).map { Self.displayWidth(of: $0[column]) }.max() ?? 0
            return max(3, min(widest, Self.paddingLimit))
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { column in
                Self.pad(cells[column], to: widths[column], alignment: columns[column].alignment)
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let delimiters = columns.indices.map { column in
            Self.delimiter(width: widths[column], alignment: columns[column].alignment)
        }
        return ([line(header), line(delimiters)] + body.map(line)).joined(separator: "\n")
    }

    static func delimiter(width: Int, alignment: Alignment) -> String {
        switch alignment {
        case .left: return ":" + String(repeating: "-", count: width - 1)
        case .right: return String(repeating: "-", count: width - 1) + ":"
        case .center: return ":" + String(repeating: "-", count: width - 2) + ":"
        }
    }

    static func pad(_ cell: String, to width: Int, alignment: Alignment) -> String {
        let missing = width - displayWidth(of: cell)
        guard missing > 0 else { return cell }
        switch alignment {
        case .left:
            return cell + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + cell
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + cell + String(repeating: " ", count: missing - before)
        }
    }
}
