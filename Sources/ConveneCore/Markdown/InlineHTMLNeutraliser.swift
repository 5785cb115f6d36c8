/// Escapes every `<` that could open raw HTML (or an angle-bracket autolink) in user
/// Markdown, leaving code spans and backslash escapes as the user wrote them.
///
/// It reads left to right as a CommonMark inline parser does, so a `<` inside a code span
/// stays as typed and a `<` after a backtick that opens nothing is escaped. When unsure it
/// escapes: a stray backslash is visible, raw HTML would be structure.
enum InlineHTMLNeutraliser {
    /// The lines of one paragraph (or one heading): code spans may run across lines.
    /// A line that starts with `<` would open an HTML block before any code span is
    /// seen, so that `<` is escaped even where the inline reading found a code span.
    static func neutraliseParagraph(_ lines: [String]) -> [String] {
        neutralise(lines, recognisingCodeSpans: true).map { line in
            let scalars = Array(line.unicodeScalars.prefix(2))
            guard scalars.count == 2, scalars[0] == "<", opensTag(scalars[1]) else { return line }
            return "\\" + line
        }
    }

    /// One GFM table row: pipes split cells before code spans are found, so code spans
    /// are not trusted here and every `<` that could open HTML is escaped.
    static func neutraliseTableRow(_ line: String) -> String {
        neutralise([line], recognisingCodeSpans: false)[0]
    }

    private static func neutralise(_ lines: [String], recognisingCodeSpans: Bool) -> [String] {
        let scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, isASCIIPunctuation(scalars[index + 1]) {
                result.append(contentsOf: scalars[index...(index + 1)])
                index += 2
            } else if scalar == "`" {
                let run = runLength(scalars, from: index)
                let end = recognisingCodeSpans ? codeSpanEnd(scalars, openingAt: index, run: run) : nil
                let stop = end ?? index + run
                result.append(contentsOf: scalars[index..<stop])
                index = stop
            } else if scalar == "<", index + 1 < scalars.count, opensTag(scalars[index + 1]) {
                result.append("\\")
                result.append(scalar)
                index += 1
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The index just past the backtick run that closes a code span opened at `start`.
    private static func codeSpanEnd(_ scalars: [Unicode.Scalar], openingAt start: Int, run: Int) -> Int? {
        var index = start + run
        while index < scalars.count {
            if scalars[index] == "`" {
                let closing = runLength(scalars, from: index)
                if closing == run { return index + closing }
                index += closing
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func runLength(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, scalars[end] == "`" { end += 1 }
        return end - start
    }

    private static func opensTag(_ scalar: Unicode.Scalar) -> Bool {
        MarkdownText.isASCIILetterOrDigit(scalar) && !MarkdownText.isASCIIDigit(scalar)
            || scalar == "/" || scalar == "!" || scalar == "?"
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
