/// Escapes every `<` that could open raw HTML (or an angle-bracket autolink) in user
/// Markdown, leaving code spans and backslash escapes as the user wrote them.
///
/// It reads left to right as a CommonMark inline parser does, so a `<` inside a code span
/// stays as typed and a `<` after a backtick that opens nothing is escaped. When unsure it
/// escapes: a stray backslash is visible, raw HTML would be structure.
///
/// It reads UTF-8 bytes: backslashes, backticks and tags are ASCII, and no byte of a
/// non-ASCII scalar is ASCII.
enum InlineHTMLNeutraliser {
    /// The lines of one paragraph (or one heading): code spans may run across lines.
    /// A line that starts with `<` would open an HTML block before any code span is
    /// seen, so that `<` is escaped even where the inline reading found a code span.
    static func neutraliseParagraph(_ lines: [String]) -> [String] {
        neutralise(lines, recognisingCodeSpans: true).map { line in
            guard line.first == UInt8(ascii: "<"), let next = line.dropFirst().first, opensTag(next) else {
                return String(decoding: line, as: UTF8.self)
            }
            return "\\" + String(decoding: line, as: UTF8.self)
        }
    }

    /// One GFM table row: pipes split cells before code spans are found, so code spans
    /// are not trusted here and every `<` that could open HTML is escaped.
    static func neutraliseTableRow(_ line: String) -> String {
        String(decoding: neutralise([line], recognisingCodeSpans: false)[0], as: UTF8.self)
    }

    /// The lines neutralised as one text, split again where they were joined.
    private static func neutralise(_ lines: [String], recognisingCodeSpans: Bool) -> [ArraySlice<UInt8>] {
        var text: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { text.append(UInt8(ascii: "\n")) }
            text.append(contentsOf: line.utf8)
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 8)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), index + 1 < text.count, ASCII.isPunctuation(text[index + 1]) {
                result.append(contentsOf: text[index...(index + 1)])
                index += 2
            } else if byte == UInt8(ascii: "`") {
                let run = runLength(text, from: index)
                let end = recognisingCodeSpans ? codeSpanEnd(text, openingAt: index, run: run) : nil
                let stop = end ?? index + run
                result.append(contentsOf: text[index..<stop])
                index = stop
            } else if byte == UInt8(ascii: "<"), index + 1 < text.count, opensTag(text[index + 1]) {
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
                index += 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// The index just past the backtick run that closes a code span opened at `start`.
    private static func codeSpanEnd(_ text: [UInt8], openingAt start: Int, run: Int) -> Int? {
        var index = start + run
        while index < text.count {
            if text[index] == UInt8(ascii: "`") {
                let closing = runLength(text, from: index)
                if closing == run { return index + closing }
                index += closing
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func runLength(_ text: [UInt8], from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] == UInt8(ascii: "`") { end += 1 }
        return end - start
    }

    private static func opensTag(_ byte: UInt8) -> Bool {
        ASCII.isLetterOrDigit(byte) && !ASCII.isDigit(byte)
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
