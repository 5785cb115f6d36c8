/// How many terminal columns text takes, computed in pure Swift from Unicode properties so
/// that layout is identical on every machine and testable without a terminal.
///
/// Rules, per grapheme cluster (what a user sees as one character):
/// - East Asian Wide or Fullwidth (CJK, Hangul, fullwidth forms): 2.
/// - Emoji shown as emoji (Emoji_Presentation, or any emoji followed by U+FE0F, or a flag
///   made of two regional indicators): 2; an emoji followed by U+FE0E (text style): 1.
/// - A cluster that starts with a combining mark, a format character (zero-width joiner,
///   zero-width space) or a control character: 0. Marks after a base add nothing.
/// - Everything else, including East Asian Ambiguous characters: 1, as `wcwidth` does in
///   a UTF-8 locale that is not CJK-specific.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            guard let value = character.asciiValue else { return 1 }  // "\r\n" is ASCII too
            return value < 0x20 || value == 0x7F ? 0 : 1
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = width(ofScalar: first)
        guard scalars.count > 1 else { return base }
        if base == 0 { return 0 }
        var sawText = false
        var regionalIndicators = 0
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F where first.properties.isEmoji: return 2
            case 0xFE0E: sawText = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            default: break
            }
        }
        if sawText && first.properties.isEmoji { return 1 }
        if regionalIndicators >= 2 { return 2 }
        return base
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
        // A lone regional indicator is one column; a pair (a flag) is counted in `of(_:)`.
        if scalar.properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return value == 0x200B
        }
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
