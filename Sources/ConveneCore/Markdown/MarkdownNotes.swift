/// Notes are the user's own Markdown: they keep their formatting, but they are placed
/// inside a document, under the heading of an agenda item, and must not change the
/// document around them.
///
/// - ATX (`# x`) and setext (`x` over `===`/`---`) headings move below the item's level:
///   a notes heading of level n becomes level `level + n`; past level 6 it becomes a bold
///   paragraph. Setext headings are rewritten in ATX form.
/// - Raw HTML (blocks and inline tags, and angle-bracket autolinks) is escaped so it shows
///   as typed; code spans and code blocks are left exactly as written.
/// - A code fence left open is closed at the end of the notes, so the rest of the document
///   is not swallowed into it.
/// - Line endings become `\n`; control characters other than tab become U+FFFD, as in
///   `MarkdownText`; blank lines at the start and the end are dropped.
public enum MarkdownNotes {
    public static func demoteHeadings(in markdown: String, below level: Int) -> String {
        embedded(markdown, below: level).text
    }

    /// The rewritten notes and, when they end inside a list, how that list is marked.
    static func embedded(_ markdown: String, below level: Int)
        -> (text: String, trailingList: NotesBlockStart.ListMarkerKind?) {
        NotesRewriter.rewrite(normalisedLines(markdown), demotingBelow: level)
    }

    static func normalisedLines(_ markdown: String) -> [Substring] {
        var cleaned = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in markdown.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r":
                cleaned.append("\n")
            case "\n":
                if !previousWasCarriageReturn { cleaned.append("\n") }
            case "\t":
                cleaned.append(scalar)
            default:
                cleaned.append(isControlCharacter(scalar) ? MarkdownText.replacementCharacter : scalar)
            }
        }
        var lines = String(cleaned).split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines
    }

    private static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
