/// Escaping of user text for the place where it lands in a CommonMark + GFM document.
///
/// Whatever a user typed is shown as literal text and can never add structure: no
/// emphasis, links, images, raw HTML, headings, lists, quotes, code or extra table cells.
/// Every ASCII punctuation character that could start a construct is backslash-escaped
/// (CommonMark allows escaping any ASCII punctuation, so readers see the character itself).
///
/// What a reader sees is exactly `MarkdownText.visibleText(of:)` of the input:
/// - line breaks (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029), with the spaces and tabs
///   around them, become one space, because a span of text has no lines;
/// - other control characters (C0, DEL, C1, including NUL) become U+FFFD, the character
///   CommonMark itself substitutes for NUL, so that lost data stays visible;
/// - whitespace at either end is dropped (Markdown drops it anyway in cells and paragraphs).
///
/// URLs typed by users stay literal text: `http://` and `www.` are escaped so GFM's
/// extended autolinks do not fire (they would show our backslashes inside the link).
/// E-mail addresses may still be autolinked by GFM renderers; their text is unchanged.
public enum MarkdownText {
    /// How line breaks inside user text are written by `inline(_:lineBreaks:)`.
    public enum LineBreaks: Sendable {
        /// Each line break becomes one space (the default; the only choice in cells and headings).
        case space
        /// Each line break becomes a CommonMark hard break (`\` at the end of the line).
        case hardBreak
    }

    /// User text for a paragraph, list item, heading or block quote line.
    /// The result is safe at the start of a line and in the middle of one.
    public static func inline(_ text: String, lineBreaks: LineBreaks = .space) -> String {
        switch lineBreaks {
        case .space:
            return escapeLine(visibleText(of: text))
        case .hardBreak:
            return visibleLines(of: text).map(escapeLine).joined(separator: "\\\n")
        }
    }

    /// User text for one GFM table cell: `|`, backslashes and line breaks can never
    /// split the cell or add rows. Empty text gives an empty string (an empty cell).
    public static func tableCell(_ text: String) -> String {
        // `inline` already escapes `|` and `\` and removes every line break.
        escapeLine(visibleText(of: text))
    }

    /// The text a reader sees for `inline(text)` or `tableCell(text)`: line breaks folded to
    /// one space, control characters replaced by U+FFFD, whitespace at the ends dropped.
    public static func visibleText(of text: String) -> String {
        visibleLines(of: text).joined(separator: " ")
    }

    /// The non-empty lines of `text` after control-character replacement, each trimmed.
    static func visibleLines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        func finishLine() {
            let trimmed = String(current).trimmingWhitespace()
            if !trimmed.isEmpty { lines.append(trimmed) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                finishLine()
            } else if isControl(scalar) {
                current.append(replacementCharacter)
            } else {
                current.append(scalar)
            }
        }
        finishLine()
        return lines
    }

    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Control characters other than tab and line breaks.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return !isLineBreak(scalar)
        default: return false
        }
    }

    /// Characters escaped wherever they appear: each can open or close a construct in
    /// CommonMark or GFM (emphasis, code, links, images, HTML, headings, quotes, tables,
    /// strikethrough, fences, hard breaks) or in GitHub's math (`$`).
    static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "$",
    ]

    /// Escapes one line of already visible text (no line breaks, no control characters,
    /// trimmed) so that it is literal wherever it is placed, including at a line start.
    /// Works on Unicode scalars, as Markdown parsers do: `*` followed by a combining
    /// accent is still a `*` to them.
    static func escapeLine(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var escaped = String.UnicodeScalarView()
        let lineStartEscapeIndex = lineStartConstructIndex(scalars)
        for (index, scalar) in scalars.enumerated() {
            if alwaysEscaped.contains(scalar)
                || index == lineStartEscapeIndex
                || (scalar == "&" && startsCharacterReference(scalars, at: index))
                || (scalar == ":" && startsURLSchemeSeparator(scalars, at: index))
                || (scalar == "." && endsWWWPrefix(scalars, at: index))
            {
                escaped.append("\\")
            }
            escaped.append(scalar)
        }
        return String(escaped)
    }

    /// The index of a character that would make a line start a list item, a setext
    /// underline or a thematic break (`-`, `+`, `=`, or the `.`/`)` of `12.`/`12)`), if any.
    /// Characters always escaped (`#`, `>`, `*`, `_`, `` ` ``, `~`, `<`, `|`) need no help.
    static func lineStartConstructIndex(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first else { return nil }
        if first == "-" || first == "+" || first == "=" { return 0 }
        var digits = 0
        while digits < scalars.count, isASCIIDigit(scalars[digits]) { digits += 1 }
        guard (1...9).contains(digits), digits < scalars.count,
              scalars[digits] == "." || scalars[digits] == ")" else { return nil }
        let afterMarker = digits + 1
        if afterMarker == scalars.count || scalars[afterMarker] == " " || scalars[afterMarker] == "\t" {
            return digits
        }
        return nil
    }

    /// True when `&` at `index` starts an entity or numeric character reference such as
    /// `&amp;`, `&#38;` or `&#x26;`, which Markdown would decode.
    static func startsCharacterReference(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index + 1
        var length = 0
        if position < scalars.count, scalars[position] == "#" {
            position += 1
            let isHex = position < scalars.count && (scalars[position] == "x" || scalars[position] == "X")
            if isHex { position += 1 }
            while position < scalars.count, isHex ? isASCIIHexDigit(scalars[position]) : isASCIIDigit(scalars[position]) {
                position += 1
                length += 1
            }
            guard length >= 1, length <= (isHex ? 6 : 7) else { return false }
        } else {
            while position < scalars.count, isASCIILetterOrDigit(scalars[position]) {
                position += 1
                length += 1
            }
            guard length >= 1, length <= 32 else { return false }
        }
        return position < scalars.count && scalars[position] == ";"
    }

    /// True when `:` at `index` is followed by `//`, as in `http://`, which GFM autolinks.
    static func startsURLSchemeSeparator(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
    }

    /// True when `.` at `index` ends `www` (any case), which GFM autolinks.
    static func endsWWWPrefix(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 3 else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    static func isASCIIHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }

    static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

extension String {
    /// The string without whitespace scalars (including Unicode spaces) at either end.
    /// Scalars rather than characters, because a parser strips a space even when a
    /// combining mark follows it.
    func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}
