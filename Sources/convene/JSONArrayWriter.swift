import Foundation

/// Writes a JSON array one element at a time, byte for byte as `Output.json` writes the whole
/// array, so that `participant list --json` never holds 100,000 listings or their JSON at
/// once. The encoder lays out an array's element exactly as it lays out the element alone,
/// indented one level (strings hold no raw line breaks), so each element is encoded alone
/// and each of its lines indented by two spaces (but the empty line inside `{}` and `[]`).
struct JSONArrayWriter<Element: Encodable> {
    private var output: StandardOutput
    private let encoder = Output.jsonEncoder()
    private var count = 0

    init(output: StandardOutput) {
        self.output = output
    }

    mutating func append(_ element: Element) throws {
        output.write(count == 0 ? "[\n" : ",\n")
        let text = Output.escapingInvisibleControls(String(decoding: try encoder.encode(element), as: UTF8.self))
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 { output.write("\n") }
            if !line.element.isEmpty { output.write("  ") }
            output.write(line.element)
        }
        count += 1
    }

    /// Closes the array (an empty one as the encoder writes it) and flushes.
    mutating func finish() {
        output.write(count == 0 ? "[\n\n]\n" : "\n]\n")
        output.flush()
    }
}
