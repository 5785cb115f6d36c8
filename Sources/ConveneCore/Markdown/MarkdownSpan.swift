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
        spans.map(\.rendered).joined()
    }

    var rendered: String {
        switch self {
        case .text(let text):
            let escaped = MarkdownText.inline(text)
            guard !escaped.isEmpty else { return text.isEmpty ? "" : " " }
            let leading = text.unicodeScalars.first?.properties.isWhitespace == true ? " " : ""
            let trailing = text.unicodeScalars.last?.properties.isWhitespace == true ? " " : ""
            return leading + escaped + trailing
        case .strong(let text):
            return Self.wrapped(text, in: "**")
        case .emphasis(let text):
            return Self.wrapped(text, in: "*")
        }
    }

    /// Empty text gets no markers: `**` alone would show as literal asterisks.
    private static func wrapped(_ text: String, in marker: String) -> String {
        let escaped = MarkdownText.inline(text)
        return escaped.isEmpty ? "" : marker + escaped + marker
    }
}
