import ConveneCore
import ConveneTUI
import Foundation

enum Output {
    /// Prints one of the output types of `Sources/convene/JSON`, whose camelCase property
    /// names become the snake_case field names convene(5) documents.
    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(Data(try jsonText(value).utf8))
    }

    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        escapingInvisibleControls(String(decoding: try jsonEncoder().encode(value), as: UTF8.self)) + "\n"
    }

    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// JSONEncoder escapes C0 controls only; DEL, C1 controls, bidi overrides, other
    /// invisible format characters and line separators stay raw and would act on a terminal
    /// that shows the JSON. The same classes SafeText keeps off the screen are written as
    /// `\uXXXX`, which keeps the value: they can only stand inside strings.
    static func escapingInvisibleControls(_ json: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control where scalar.value >= 0x7F, .format, .lineSeparator, .paragraphSeparator:
                // A scalar beyond the BMP (tag characters) is escaped as its UTF-16 pair.
                for unit in String(scalar).utf16 {
                    escaped.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars)
                }
            default:
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A message for the user, not the output a script asked for: on standard error, so
    /// that standard output carries only ids, tables, JSON and exports. User text in it goes
    /// through the safe text that error messages use.
    static func notice(_ message: String) {
        FileHandle.standardError.write(Data((SafeText.terminalText(message) + "\n").utf8))
    }

    /// What an edit says when every value given was the one already stored: nothing was
    /// written and the history has no entry for it.
    static func edited(_ outcome: ChangeOutcome) {
        if outcome == .unchanged { notice("nothing to change") }
    }

    /// Columns padded by display width so CJK names line up; the last column is not padded.
    /// With no rows, prints nothing and says `empty` on standard error: a script reading the
    /// table gets no lines, and the status is still 0.
    static func table(_ header: [String], empty: String, _ rows: [[String]]) {
        var table = TextTable(header: header)
        for row in rows { table.append(row) }
        table.write(empty: empty)
    }

    /// Prints a JSON array, element by element as `forEach` reads them, exactly as `json`
    /// prints the whole array (see `JSONArrayWriter`).
    static func jsonArray<T: Encodable>(_ forEach: ((T) throws -> Void) throws -> Void) throws {
        var writer = JSONArrayWriter<T>(output: StandardOutput())
        try forEach { try writer.append($0) }
        writer.finish()
    }

    /// "Label: value" lines for show commands, skipping empty values.
    static func fields(_ pairs: [(String, String?)]) {
        let width = pairs.map { $0.0.count }.max() ?? 0
        for (label, value) in pairs {
            guard let value, !value.isEmpty else { continue }
            print(label + ":" + String(repeating: " ", count: width - label.count + 1) + singleLine(value))
        }
    }

    /// The start of a text in at most `width` terminal columns, with "…" when cut.
    static func shortened(_ text: String, width: Int) -> String {
        DisplayWidth.truncate(singleLine(text), toWidth: width)
    }

    /// User text never brings control characters, escape sequences, bidi overrides or line
    /// breaks into a column layout or a message: the same function the app draws with.
    static func singleLine(_ text: String) -> String {
        SafeText.singleLine(text)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

