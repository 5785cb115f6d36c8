/// A piece of a paragraph, heading, list item or quote: user text, or user text in bold or
/// italics. The text is always escaped; only the span's own markers are Markdown.
public enum MarkdownSpan: Sendable, Equatable {
    /// Plain text. One space is kept at either end if the text had whitespace there, so
    /// spans can be joined as `[.strong("Chair:"), .text(" Ana Souza")]`.
    case text(String)
    case strong(String)
    case emphasis(String)

    /// Spans in a row, each escaped for a line of a paragraph.
    static func render(_ spans: [MarkdownSpan]) -> String {
        var output: [UInt8] = []
        for span in spans { span.append(to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private func append(to output: inout [UInt8]) {
        switch self {
        case .text(let text):
            let escaped = Self.hardenedAtBoundaries(MarkdownText.escapedUTF8(text))
            guard !escaped.isEmpty else {
                if !text.isEmpty { output.append(UInt8(ascii: " ")) }
                return
            }
            if let first = text.unicodeScalars.first, MarkdownText.isWhitespace(first) { output.append(UInt8(ascii: " ")) }
            output.append(contentsOf: escaped)
            if let last = text.unicodeScalars.last, MarkdownText.isWhitespace(last) { output.append(UInt8(ascii: " ")) }
        case .strong(let text):
            Self.append(text, wrappedIn: "**", to: &output)
        case .emphasis(let text):
            Self.append(text, wrappedIn: "*", to: &output)
        }
    }

    /// Text spans are joined to their neighbours, so a construct could start in one span
    /// and end in the next (`1` + `. x` at a line start, `http:` + `//x`, `AT&` + `amp;`).
    /// Escaping punctuation at the start of a span, and an `&` that a later span could
    /// complete into a character reference, keeps every span literal on its own.
    static func hardenedAtBoundaries(_ escaped: [UInt8]) -> [UInt8] {
        var bytes = escaped
        if let first = bytes.first, first != UInt8(ascii: "\\"), ASCII.isPunctuation(first) {
            bytes.insert(UInt8(ascii: "\\"), at: 0)
        }
        var index = bytes.count
        while index > 0, ASCII.isLetterOrDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "#") {
            index -= 1
        }
        if index > 0, bytes[index - 1] == UInt8(ascii: "&"), !(index > 1 && bytes[index - 2] == UInt8(ascii: "\\")) {
            bytes.insert(UInt8(ascii: "\\"), at: index - 1)
        }
        return bytes
    }

    /// Empty text gets no markers: `**` alone would show as literal asterisks.
    private static func append(_ text: String, wrappedIn marker: String, to output: inout [UInt8]) {
        let escaped = MarkdownText.escapedUTF8(text)
        guard !escaped.isEmpty else { return }
        output.append(contentsOf: marker.utf8)
        output.append(contentsOf: escaped)
        output.append(contentsOf: marker.utf8)
    }
}
