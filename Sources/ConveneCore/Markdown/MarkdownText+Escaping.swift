extension MarkdownText {
    /// Appends one line of already visible text (no line breaks, no control characters,
    /// trimmed), escaped so that it is literal wherever it is placed, including at a line
    /// start. Works on UTF-8 bytes: every construct is made of ASCII characters, and no
    /// byte of a non-ASCII scalar is ASCII, so byte positions answer the same questions as
    /// scalar positions would (a `*` followed by a combining accent is still a `*`).
    static func appendEscaped(_ line: [UInt8], to output: inout [UInt8]) {
        let lineStartEscapeIndex = lineStartConstructIndex(line)
        for (index, byte) in line.enumerated() {
            if byte < 0x80, index == lineStartEscapeIndex || needsEscape(byte, in: line, at: index) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
        }
    }

    /// Characters escaped wherever they appear: each can open or close a construct in
    /// CommonMark or GFM (emphasis, code, links, images, HTML, headings, quotes, tables,
    /// strikethrough, fences, hard breaks) or in GitHub's math (`$`). `&`, `:` and `.` are
    /// escaped only where they would start a character reference or an autolink.
    private static func needsEscape(_ byte: UInt8, in line: [UInt8], at index: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "$"):
            return true
        case UInt8(ascii: "&"): return startsCharacterReference(line, at: index)
        case UInt8(ascii: ":"): return startsURLSchemeSeparator(line, at: index)
        case UInt8(ascii: "."): return endsWWWPrefix(line, at: index)
        default: return false
        }
    }

    /// The index of a character that would make a line start a list item, a setext
    /// underline or a thematic break (`-`, `+`, `=`, or the `.`/`)` of `12.`/`12)`), if any.
    /// Characters always escaped (`#`, `>`, `*`, `_`, `` ` ``, `~`, `<`, `|`) need no help.
    static func lineStartConstructIndex(_ line: [UInt8]) -> Int? {
        guard let first = line.first else { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return 0 }
        var digits = 0
        while digits < line.count, ASCII.isDigit(line[digits]) { digits += 1 }
        guard (1...9).contains(digits), digits < line.count,
              line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")") else { return nil }
        let afterMarker = digits + 1
        if afterMarker == line.count || line[afterMarker] == UInt8(ascii: " ") || line[afterMarker] == UInt8(ascii: "\t") {
            return digits
        }
        return nil
    }

    /// True when `&` at `index` starts an entity or numeric character reference such as
    /// `&amp;`, `&#38;` or `&#x26;`, which Markdown would decode.
    static func startsCharacterReference(_ line: [UInt8], at index: Int) -> Bool {
        var position = index + 1
        var length = 0
        if position < line.count, line[position] == UInt8(ascii: "#") {
            position += 1
            let isHex = position < line.count && (line[position] == UInt8(ascii: "x") || line[position] == UInt8(ascii: "X"))
            if isHex { position += 1 }
            while position < line.count, isHex ? ASCII.isHexDigit(line[position]) : ASCII.isDigit(line[position]) {
                position += 1
                length += 1
            }
            guard length >= 1, length <= (isHex ? 6 : 7) else { return false }
        } else {
            while position < line.count, ASCII.isLetterOrDigit(line[position]) {
                position += 1
                length += 1
            }
            guard length >= 1, length <= 32 else { return false }
        }
        return position < line.count && line[position] == UInt8(ascii: ";")
    }

    /// True when `:` at `index` is followed by `//`, as in `http://`, which GFM autolinks.
    static func startsURLSchemeSeparator(_ line: [UInt8], at index: Int) -> Bool {
        index + 2 < line.count && line[index + 1] == UInt8(ascii: "/") && line[index + 2] == UInt8(ascii: "/")
    }

    /// True when `.` at `index` ends `www` (any case), which GFM autolinks.
    static func endsWWWPrefix(_ line: [UInt8], at index: Int) -> Bool {
        guard index >= 3 else { return false }
        return line[(index - 3)..<index].allSatisfy { $0 == UInt8(ascii: "w") || $0 == UInt8(ascii: "W") }
    }
}

/// Character classes of ASCII bytes, for code that reads UTF-8 directly.
enum ASCII {
    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// `!` to `/`, `:` to `@`, `[` to `` ` `` and `{` to `~`: what CommonMark lets a backslash escape.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
