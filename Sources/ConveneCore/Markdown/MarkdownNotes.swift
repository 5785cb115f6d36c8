/// Notes are the user's own Markdown: they keep their formatting, but they are placed
/// inside a document, under the heading of an agenda item, and must not change the
/// document around them.
///
/// - ATX (`# x`) and setext (`x` over `===`/`---`) headings move below the item's level:
///   a notes heading of level n becomes level `level + n`; past level 6 it becomes a bold
///   paragraph (or, with `.oneBelow`, every notes heading becomes level `level + 1`).
///   Setext headings are rewritten in ATX form.
/// - Raw HTML (blocks and inline tags, and angle-bracket autolinks) is escaped so it shows
///   as typed; code spans and code blocks are left exactly as written.
/// - A code fence left open is closed at the end of the notes, so the rest of the document
///   is not swallowed into it.
/// - Line endings become `\n`; control characters other than tab become U+FFFD, as in
///   `MarkdownText`; blank lines at the start and the end are dropped.
public enum MarkdownNotes {
    /// Where the notes' headings go below the item's heading.
    public enum HeadingPlacement: Sendable {
        /// A notes heading of level n becomes level `level + n`, keeping the notes' own outline.
        case shifted
        /// Every notes heading becomes level `level + 1`: a summary record has one level of
        /// sub-headings under a subject, whatever the notes typed.
        case oneBelow
    }

    public static func demoteHeadings(in markdown: String, below level: Int, placement: HeadingPlacement = .shifted) -> String {
        embedded(markdown, below: level, placement: placement).text
    }

    /// The rewritten notes and, when they end inside a list, how that list is marked.
    static func embedded(_ markdown: String, below level: Int, placement: HeadingPlacement = .shifted)
        -> (text: String, trailingList: NotesBlockStart.ListMarkerKind?) {
        NotesRewriter.rewrite(normalisedLines(markdown), demotingBelow: level, placement: placement)
    }

    static func normalisedLines(_ markdown: String) -> [Substring] {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(markdown.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in markdown.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r":
                cleaned.append(UInt8(ascii: "\n"))
            case "\n":
                if !previousWasCarriageReturn { cleaned.append(UInt8(ascii: "\n")) }
            case "\t":
                cleaned.append(UInt8(ascii: "\t"))
            default:
                MarkdownText.appendUTF8(isControlCharacter(scalar) ? MarkdownText.replacementCharacter : scalar, to: &cleaned)
            }
        }
        let text = String(decoding: cleaned, as: UTF8.self)
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        return lines
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
