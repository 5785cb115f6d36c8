/// RFC 4180 output: CRLF line ends, cells quoted when they hold the delimiter, a quote or a
/// line break. Cells a spreadsheet would run as a formula are neutralised (`FormulaGuard`).
public struct CSVWriter {
    public let delimiter: CSVDelimiter
    public private(set) var text = ""

    public init(delimiter: CSVDelimiter) {
        self.delimiter = delimiter
    }

    public mutating func append(_ cells: [String]) {
        var first = true
        for cell in cells {
            if !first { text.append(delimiter.character) }
            first = false
            text += quoted(FormulaGuard.neutralise(cell))
        }
        text += "\r\n"
    }

    private func quoted(_ cell: String) -> String {
        let needsQuotes = cell.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == delimiter.character.asciiValue
        }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Formula injection (OWASP, "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is run by a spreadsheet as a formula. Such a cell is written
/// with a leading apostrophe, which spreadsheets show as text; the importer takes it off.
/// A value that itself starts with apostrophes before such a character gains one more, so
/// that taking one off always gives the stored value back.
public enum FormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralise(_ value: String) -> String {
        needsGuard(value) ? "'" + value : value
    }

    public static func restore(_ cell: String) -> String {
        guard cell.hasPrefix("'"), needsGuard(String(cell.dropFirst())) else { return cell }
        return String(cell.dropFirst())
    }

    private static func needsGuard(_ value: String) -> Bool {
        guard let first = value.first(where: { $0 != "'" }) else { return false }
        return triggers.contains(first)
    }
}
