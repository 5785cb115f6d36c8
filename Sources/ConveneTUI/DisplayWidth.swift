/// How many terminal columns text takes, computed in pure Swift from Unicode properties so
/// that layout is identical on every machine and testable without a terminal.
///
/// A grapheme cluster (what a user sees as one character) takes the sum of the widths of its
/// code points, each counted as the C library's `wcwidth` counts it in a UTF-8 locale that is
/// not CJK-specific. That is what ncurses assumes when it moves the cursor and what terminals
/// such as tmux do, so the layout, `snapshot` and the real screen agree:
/// - East Asian Wide or Fullwidth (CJK, Hangul, fullwidth forms) and emoji with emoji
///   presentation: 2.
/// - Combining marks, format characters (zero-width joiner, variation selectors), Hangul
///   medial vowels and final consonants, and controls: 0.
/// - Everything else, including East Asian Ambiguous characters and a lone regional
///   indicator: 1.
/// So "e\u{301}" is 1 column, a flag (two regional indicators) 2, the Devanagari conjunct
/// "ष्ण" 2 (ष, virama, ण), "❤️" 1 (a text-style heart and a variation selector) and a family
/// joined with zero-width joiners the sum of its people.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: the sum over its code points.
    public static func of(_ character: Character) -> Int {
        if let value = character.asciiValue {  // "\r\n" counts as its "\n"
            return value < 0x20 || value == 0x7F ? 0 : 1
        }
        var total = 0
        for scalar in character.unicodeScalars {
            total += width(ofScalar: scalar)
        }
        return total
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Columns taken by a lone code point, as `wcwidth` would count it (controls count 0).
    public static func width(ofScalar scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) { return 2 }
        // Regional indicators are one column each, so a flag (a pair) is two.
        if scalar.properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        // A nonspacing mark since Unicode 16, as the C library counts it.
        if value == 0x1171E { return true }
        switch scalar.properties.generalCategory {
        case .format:
            // Prepended concatenation marks (the Arabic number sign, …) are drawn: one column.
            return !isPrependedConcatenationMark(value)
        case .nonspacingMark, .enclosingMark:
            return true
        default:
            return value == 0x200B
        }
    }

    static func isPrependedConcatenationMark(_ value: UInt32) -> Bool {
        (0x600...0x605).contains(value) || value == 0x6DD || value == 0x70F || value == 0x890 || value == 0x891
            || value == 0x8E2 || value == 0x110BD || value == 0x110CD
    }

    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        let table = EastAsianWidthTable.wideRanges
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = table[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The longest prefix that fits in `width` columns, with `ellipsis` at the end when
    /// anything was cut. A wide character that would straddle the limit is left out, so the
    /// result may be one column narrower than `width`.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(ellipsis, fitting: width) }
        return prefix(text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix of whole grapheme clusters that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + of(text[index])
            if next > width { break }
            used = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Pads with spaces (after the text, or before for `.right`) to exactly `width` columns,
    /// truncating with an ellipsis first when it is too wide.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let fitted = truncate(text, toWidth: width)
        let gap = String(repeating: " ", count: max(0, width - of(fitted)))
        switch alignment {
        case .left: return fitted + gap
        case .right: return gap + fitted
        case .centre:
            let before = gap.count / 2
            return String(repeating: " ", count: before) + fitted + String(repeating: " ", count: gap.count - before)
        }
    }
}

/// Horizontal placement of text in a wider space.
public enum Alignment: Hashable, Sendable {
    case left, right, centre
}
