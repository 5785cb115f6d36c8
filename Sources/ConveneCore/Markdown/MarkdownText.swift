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
            return String(decoding: escapedUTF8(text), as: UTF8.self)
        case .hardBreak:
            var visible: [UInt8] = []
            appendVisibleText(of: text, joiningLinesWith: UInt8(ascii: "\n"), to: &visible)
            var output: [UInt8] = []
            output.reserveCapacity(visible.count + visible.count / 4)
            for (number, line) in visible.split(separator: UInt8(ascii: "\n")).enumerated() {
                if number > 0 { output.append(contentsOf: "\\\n".utf8) }
                appendEscaped(Array(line), to: &output)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// User text for one GFM table cell: `|`, backslashes and line breaks can never
    /// split the cell or add rows. Empty text gives an empty string (an empty cell).
    public static func tableCell(_ text: String) -> String {
        // `inline` already escapes `|` and `\` and removes every line break.
        inline(text)
    }

    /// The text a reader sees for `inline(text)` or `tableCell(text)`: line breaks folded to
    /// one space, control characters replaced by U+FFFD, whitespace at the ends dropped.
    public static func visibleText(of text: String) -> String {
        var visible: [UInt8] = []
        appendVisibleText(of: text, joiningLinesWith: UInt8(ascii: " "), to: &visible)
        return String(decoding: visible, as: UTF8.self)
    }

    /// `inline(text)` as UTF-8, for callers that assemble bigger pieces of Markdown.
    static func escapedUTF8(_ text: String) -> [UInt8] {
        var visible: [UInt8] = []
        appendVisibleText(of: text, joiningLinesWith: UInt8(ascii: " "), to: &visible)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(visible.count + visible.count / 4)
        appendEscaped(visible, to: &escaped)
        return escaped
    }

    /// Appends the visible text of `text` as UTF-8 in one pass: each line with control
    /// characters replaced and whitespace at its ends dropped, empty lines skipped, and
    /// the remaining lines joined by `separator`.
    static func appendVisibleText(of text: String, joiningLinesWith separator: UInt8, to output: inout [UInt8]) {
        let start = output.count
        output.reserveCapacity(start + text.utf8.count)
        // Whitespace is written as it comes and cut back to `contentEnd` (just past the
        // last other scalar) when the line ends, which trims the line's trailing end.
        var contentEnd = start
        var lineHasContent = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                output.removeSubrange(contentEnd...)
                lineHasContent = false
                continue
            }
            let shown = isControl(scalar) ? replacementCharacter : scalar
            if isWhitespace(shown) {
                if lineHasContent { appendUTF8(shown, to: &output) }
                continue
            }
            if !lineHasContent {
                if contentEnd > start { output.append(separator) }
                lineHasContent = true
            }
            appendUTF8(shown, to: &output)
            contentEnd = output.count
        }
        output.removeSubrange(contentEnd...)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if scalar.isASCII {
            output.append(UInt8(scalar.value))
        } else {
            output.append(contentsOf: scalar.utf8)
        }
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

    /// Unicode whitespace (the `White_Space` property); the ASCII answer is exact and
    /// spares the property lookup for the common case.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
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
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !MarkdownText.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !MarkdownText.isWhitespace($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(Substring(scalars[first...last]))
    }
}
