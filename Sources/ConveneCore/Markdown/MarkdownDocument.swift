import Foundation

/// Builds a Markdown document block by block: exactly one blank line between blocks, a
/// single trailing newline, and the same bytes for the same calls. Every string passed in
/// is user text and is escaped for where it lands, except `notes`, which is the user's own
/// Markdown made safe by `MarkdownNotes`.
public struct MarkdownDocument: Sendable {
    public private(set) var frontMatter: [(key: String, value: String)]
    private var blocks: [String] = []
    /// The bullet of the list the last block ended inside, so a new list can differ.
    private var trailingBullet: Unicode.Scalar?

    /// `frontMatter` fields are written in order as a YAML block between `---` lines.
    public init(frontMatter: [(key: String, value: String)] = []) {
        self.frontMatter = frontMatter
    }

    /// A heading; `level` is clamped to 1...6.
    public mutating func heading(_ text: String, level: Int) {
        heading([.text(text)], level: level)
    }

    public mutating func heading(_ spans: [MarkdownSpan], level: Int) {
        let hashes = String(repeating: "#", count: min(max(level, 1), 6))
        let text = MarkdownSpan.render(spans).trimmingWhitespace()
        append(text.isEmpty ? hashes : hashes + " " + text)
    }

    /// A paragraph of user text; line breaks become spaces, or hard breaks if asked.
    public mutating func paragraph(_ text: String, lineBreaks: MarkdownText.LineBreaks = .space) {
        appendIfNotEmpty(MarkdownText.inline(text, lineBreaks: lineBreaks))
    }

    public mutating func paragraph(_ spans: [MarkdownSpan]) {
        appendIfNotEmpty(MarkdownSpan.render(spans).trimmingWhitespace())
    }

    /// Lines kept apart by hard breaks in one paragraph, as in a document's header block.
    public mutating func lines(_ lines: [[MarkdownSpan]]) {
        let rendered = lines.map { MarkdownSpan.render($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        appendIfNotEmpty(rendered.joined(separator: "\\\n"))
    }

    /// A summary-record paragraph such as "1.2 The meeting noted …". The number stays
    /// literal even when it reads like a list marker ("1." or "2)").
    public mutating func numberedParagraph(_ number: String, _ text: String) {
        numberedParagraph(number, [.text(text)])
    }

    public mutating func numberedParagraph(_ number: String, _ spans: [MarkdownSpan]) {
        let body = MarkdownSpan.render(spans).trimmingWhitespace()
        appendIfNotEmpty([MarkdownText.inline(number), body].filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// A tight bullet list, one item per element; an empty list adds nothing.
    public mutating func bulletList(_ items: [String]) {
        bulletList(items.map { [MarkdownSpan.text($0)] })
    }

    public mutating func bulletList(_ items: [[MarkdownSpan]]) {
        guard !items.isEmpty else { return }
        // A list right after a list with the same bullet would continue it.
        let bullet: Unicode.Scalar = trailingBullet == "-" ? "*" : "-"
        let lines = items.map { item -> String in
            let text = MarkdownSpan.render(item).trimmingWhitespace()
            return text.isEmpty ? String(bullet) : String(bullet) + " " + text
        }
        append(lines.joined(separator: "\n"), endingInsideListWith: bullet)
    }

    public mutating func table(_ table: MarkdownTable) {
        append(table.rendered())
    }

    /// A block quote of quoted text (such as a resolution clause); blank lines in `text`
    /// separate the quote's paragraphs, other line breaks become spaces.
    public mutating func blockQuote(_ text: String) {
        blockQuote(paragraphs: Self.paragraphs(of: text).map { [MarkdownSpan.text($0)] })
    }

    /// A block quote whose paragraphs are made of spans (a citation in italics, then text).
    public mutating func blockQuote(paragraphs: [[MarkdownSpan]]) {
        let rendered = paragraphs.map { MarkdownSpan.render($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !rendered.isEmpty else { return }
        append(rendered.map { "> " + $0 }.joined(separator: "\n>\n"))
    }

    /// The user's own Markdown, with headings moved below `level` (see `MarkdownNotes`).
    public mutating func notes(_ markdown: String, below level: Int, placement: MarkdownNotes.HeadingPlacement = .shifted) {
        let notes = MarkdownNotes.embedded(markdown, below: level, placement: placement)
        guard !notes.text.isEmpty else { return }
        var bullet: Unicode.Scalar?
        if case .bullet(let marker) = notes.trailingList { bullet = marker }
        append(notes.text, endingInsideListWith: bullet)
    }

    /// The document as UTF-8 text: front matter, then blocks, then one newline.
    public func rendered() -> String {
        var parts: [String] = []
        if !frontMatter.isEmpty {
            let fields = frontMatter.map { Self.yamlKey($0.key) + ": " + MarkdownText.yamlScalar($0.value) }
            parts.append((["---"] + fields + ["---"]).joined(separator: "\n"))
        }
        parts += blocks
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
    }

    private mutating func append(_ block: String, endingInsideListWith bullet: Unicode.Scalar? = nil) {
        blocks.append(block)
        trailingBullet = bullet
    }

    private mutating func appendIfNotEmpty(_ block: String) {
        if !block.isEmpty { append(block) }
    }

    /// Keys come from code; anything unusual is quoted rather than trusted.
    private static func yamlKey(_ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
            MarkdownText.isASCIILetterOrDigit($0) || $0 == "_" || $0 == "-"
        } && key.unicodeScalars.first.map { !MarkdownText.isASCIIDigit($0) && $0 != "-" } == true
        return plain ? key : MarkdownText.yamlScalar(key)
    }

    private static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }
}
