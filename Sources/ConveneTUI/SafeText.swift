/// Makes stored text safe to put on a terminal: nothing that could move the cursor, change
/// colours, reorder text or hide itself reaches the screen. `ScreenBuffer.write` passes every
/// string through `singleLine`, so widgets cannot forget.
///
/// Stand-ins (each one column wide, so layout stays predictable):
/// - C0 controls U+0000–U+001F become Control Pictures: NUL `␀`, ESC `␛`, BEL `␇`, …
///   An escape sequence therefore shows as text: `"\u{1B}[31m"` → `"␛[31m"`.
/// - DEL U+007F becomes `␡`.
/// - C1 controls U+0080–U+009F, bidirectional controls (U+202A–U+202E, U+2066–U+2069,
///   U+200E, U+200F, U+061C), invisible characters standing alone (zero-width space, word
///   joiner, byte order mark, soft hyphen, Hangul fillers, other format characters),
///   noncharacters and unassigned code points (no terminal knows their width) become `�`
///   (U+FFFD).
/// - A combining mark with nothing to combine with is shown on a dotted circle: `◌́`.
/// - In single-line text, a line break (LF, CR, CRLF, NEL, U+2028, U+2029) becomes `↵`
///   and a tab becomes a space. `lines` splits on line breaks instead and expands tabs.
/// Joiners and variation selectors inside a cluster (emoji sequences, flags) are kept.
public enum SafeText {
    public static let lineBreakStandIn: Character = "↵"
    public static let replacement: Character = "\u{FFFD}"
    public static let dottedCircle: Character = "\u{25CC}"

    /// The text with every unsafe character replaced, for one line of the screen.
    public static func singleLine(_ text: String) -> String {
        if isPlainPrintable(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if isLineBreak(character) {
                result.append(lineBreakStandIn)
            } else if character == "\t" {
                result.append(" ")
            } else {
                appendSafe(character, to: &result)
            }
        }
        return result
    }

    /// The text split into safe lines; tabs become spaces up to the next multiple of `tabWidth`.
    public static func lines(_ text: String, tabWidth: Int = 4) -> [String] {
        var lines: [String] = []
        var current = ""
        walkLines(text, tabWidth: tabWidth) { piece in
            switch piece {
            case let .text(safe, _): current += safe
            case .lineBreak:
                lines.append(current)
                current = ""
            }
            return true
        }
        lines.append(current)
        return lines
    }

    /// Multi-line text for a terminal that is not ours (an error message, a command's text
    /// output): line breaks become "\n" and tabs are kept, everything else is made safe as
    /// in `singleLine`, so no escape sequence or bidi override reaches the terminal.
    public static func terminalText(_ text: String) -> String {
        if isPlainPrintable(text, allowing: [0x09, 0x0A]) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if isLineBreak(character) {
                result.append("\n")
            } else if character == "\t" {
                result.append(character)
            } else {
                appendSafe(character, to: &result)
            }
        }
        return result
    }

    /// What `walkLines` hands over: a safe piece of a line and its width in columns, or the
    /// end of a line.
    public enum LinePiece {
        case text(String, width: Int)
        case lineBreak
    }

    /// Walks the text once, front to back, handing `visit` each character made safe (a tab as
    /// the spaces that reach the next tab stop) and each line break, until `visit` returns
    /// false. Work is proportional to what is visited, so a caller that needs only the first
    /// screenful of a long text stops early.
    public static func walkLines(_ text: String, tabWidth: Int = 4, _ visit: (LinePiece) -> Bool) {
        let step = max(1, tabWidth)
        var column = 0
        for character in text {
            let piece: LinePiece
            if isLineBreak(character) {
                column = 0
                piece = .lineBreak
            } else if character == "\t" {
                let spaces = step - column % step
                column += spaces
                piece = .text(String(repeating: " ", count: spaces), width: spaces)
            } else {
                var safe = ""
                appendSafe(character, to: &safe)
                let width = DisplayWidth.of(safe)
                column += width
                piece = .text(safe, width: width)
            }
            if !visit(piece) { return }
        }
    }

    /// True when the text would be shown unchanged.
    public static func isSafe(_ text: String) -> Bool {
        singleLine(text) == text
    }

    static func isLineBreak(_ character: Character) -> Bool {
        switch character {
        case "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    /// Letters that render as nothing although they are not format characters.
    static func isInvisibleLetter(_ value: UInt32) -> Bool {
        value == 0x115F || value == 0x1160 || value == 0x3164 || value == 0xFFA0
    }

    private static func isPlainPrintable(_ text: String, allowing allowed: Set<UInt8> = []) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            if !allowed.contains(byte) { return false }
        }
        return true
    }

    private static func appendSafe(_ character: Character, to result: inout String) {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return }
        let value = first.value
        if value < 0x20 {
            result.unicodeScalars.append(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
            return
        }
        if value == 0x7F {
            result.append("␡")
            return
        }
        if (0x80...0x9F).contains(value) || isBidiControl(value) || isInvisibleLetter(value)
            || first.properties.isNoncharacterCodePoint || first.properties.generalCategory == .unassigned {
            result.append(replacement)
            return
        }
        switch first.properties.generalCategory {
        case .format, .control, .surrogate, .lineSeparator, .paragraphSeparator:
            result.append(replacement)
        case .nonspacingMark, .enclosingMark, .spacingMark:
            // A mark at the start of a cluster has no base; give it one so it can be seen.
            result.append(dottedCircle)
            appendKeepingInnerSafe(scalars, to: &result)
        default:
            appendKeepingInnerSafe(scalars, to: &result)
        }
    }

    /// Controls cannot sit inside a cluster, but a bidi control could be glued on by a
    /// future Unicode version; drop any defensively rather than trust segmentation.
    private static func appendKeepingInnerSafe(_ scalars: Character.UnicodeScalarView, to result: inout String) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(value) {
                result.append(replacement)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
}
