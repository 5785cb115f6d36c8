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
        let header = columns.map { EscapedCell($0.title) }
        let body = rows.map { $0.map(EscapedCell.init) }
        let widths = columns.indices.map { column in
            let widest = body.reduce(header[column].width) { max($0, $1[column].width) }
            return max(3, min(widest, Self.paddingLimit))
        }
        var output: [UInt8] = []
        output.reserveCapacity((body.count + 2) * (widths.reduce(0, +) + 3 * columns.count + 2))
        appendLine(header, widths: widths, to: &output)
        output.append(UInt8(ascii: "\n"))
        appendDelimiterLine(widths: widths, to: &output)
        for row in body {
            output.append(UInt8(ascii: "\n"))
            appendLine(row, widths: widths, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A cell's escaped text and its display width, each worked out once.
    private struct EscapedCell {
        var utf8: [UInt8]
        var width: Int

        init(_ text: String) {
            utf8 = MarkdownText.escapedUTF8(text)
            width = MarkdownTable.displayWidth(ofUTF8: utf8)
        }
    }

    private func appendLine(_ cells: [EscapedCell], widths: [Int], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "|"))
        for (column, cell) in cells.enumerated() {
            output.append(UInt8(ascii: " "))
            let missing = max(0, widths[column] - cell.width)
            let before: Int
            switch columns[column].alignment {
            case .left: before = 0
            case .right: before = missing
            case .center: before = missing / 2
            }
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: before))
            output.append(contentsOf: cell.utf8)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: missing - before))
            output.append(contentsOf: " |".utf8)
        }
    }

    private func appendDelimiterLine(widths: [Int], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "|"))
        for (column, width) in widths.enumerated() {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: Self.delimiter(width: width, alignment: columns[column].alignment).utf8)
            output.append(contentsOf: " |".utf8)
        }
    }

    static func delimiter(width: Int, alignment: Alignment) -> String {
        switch alignment {
        case .left: return ":" + String(repeating: "-", count: width - 1)
        case .right: return String(repeating: "-", count: width - 1) + ":"
        case .center: return ":" + String(repeating: "-", count: width - 2) + ":"
        }
    }
}
