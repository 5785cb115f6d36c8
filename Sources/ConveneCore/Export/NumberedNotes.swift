import Foundation

/// Summary records number their paragraphs per subject discussed (1.1, 1.2 … under item 1).
/// Notes are the user's own Markdown: each plain paragraph gets the next number and every
/// other block (list, quote, code, table, heading, HTML) is kept as written. The result is
/// still the user's Markdown and goes through `MarkdownDocument.notes`, which makes it safe,
/// exactly once.
enum NumberedNotes {
    /// The notes with their paragraphs numbered `subject.next`, `subject.next+1` …, and the
    /// number the next paragraph of the same subject takes: the notes of a top-level item
    /// and of all its sub-items form one sequence.
    static func number(_ notes: String, subject: String, from first: Int = 1) -> (text: String, next: Int) {
        var next = first
        let blocks = splitBlocks(notes).map { block -> String in
            guard isParagraph(block) else { return block }
            defer { next += 1 }
            return "\(subject).\(next) " + block.drop { $0 == " " }
        }
        return (blocks.joined(separator: "\n\n"), next)
    }

    /// Blocks separated by blank lines, never splitting a fenced code block.
    static func splitBlocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        var fence: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                current.append(line)
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                current.append(line)
                continue
            }
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }

    /// True for a plain paragraph: not a heading, quote, list, code, table, HTML or rule.
    static func isParagraph(_ block: String) -> Bool {
        let lines = block.split(separator: "\n")
        guard let firstLine = lines.first else { return false }
        let indent = firstLine.prefix { $0 == " " }.count
        if indent >= 4 || firstLine.hasPrefix("\t") { return false }
        let text = firstLine.dropFirst(indent)
        guard let head = text.first else { return false }
        if "#>|`~<".contains(head) { return false }
        if "-*+".contains(head) {
            let after = text.dropFirst().first
            if after == nil || after == " " || after == "\t" || after == head { return false }
        }
        if head == "_" && text.allSatisfy({ $0 == "_" || $0 == " " }) { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")",
               rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { return false }
        }
        if lines.count > 1, lines[1].contains("-"), lines[1].allSatisfy({ "|-: \t".contains($0) }) { return false }
        // A setext heading: a line of = or - under the text.
        if lines.dropFirst().contains(where: { line in
            let marks = line.trimmingCharacters(in: .whitespaces)
            return !marks.isEmpty && (marks.allSatisfy { $0 == "=" } || marks.allSatisfy { $0 == "-" })
        }) { return false }
        return true
    }
}
