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
            let escaped = Self.hardenedAtBoundaries(MarkdownText.inline(text))
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

    /// Text spans are joined to their neighbours, so a construct could start in one span
    /// and end in the next (`1` + `. x` at a line start, `http:` + `//x`, `AT&` + `amp;`).
    /// Escaping punctuation at the start of a span, and an `&` that a later span could
    /// complete into a character reference, keeps every span literal on its own.
    static func hardenedAtBoundaries(_ escaped: String) -> String {
        var scalars = Array(escaped.unicodeScalars)
        if let first = scalars.first, first != "\\", InlineHTMLNeutraliser.isASCIIPunctuation(first) {
            scalars.insert("\\", at: 0)
        }
        var index = scalars.count
        while index > 0, MarkdownText.isASCIILetterOrDigit(scalars[index - 1]) || scalars[index - 1] == "#" {
            index -= 1
        }
        if index > 0, scalars[index - 1] == "&", !(index > 1 && scalars[index - 2] == "\\") {
            scalars.insert("\\", at: index - 1)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Empty text gets no markers: `**` alone would show as literal asterisks.
    private static func wrapped(_ text: String, in marker: String) -> String {
        let escaped = MarkdownText.inline(text)
        return escaped.isEmpty ? "" : marker + escaped + marker
    }
}
