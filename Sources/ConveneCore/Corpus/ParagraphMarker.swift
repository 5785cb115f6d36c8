import Foundation

/// How an item is numbered: `a)`, `iv)` or `1`.
enum MarkerStyle: Equatable {
    case letter
    case roman
    case arabic
}

/// The marker that opens a numbered paragraph, in the shapes the texts use:
/// `- a)`, `a)`, `a)<TAB>`, `(a)`, `i)`, `1<TAB>`, `1 to …`, `1.`, `1)`.
struct ParagraphMarker: Equatable {
    /// Lower case, without parenthesis: `a`, `iv`, `1`.
    var label: String
    /// Both `.letter` and `.roman` for `i`, `v` and `x`, which context decides.
    var styles: [MarkerStyle]
    /// The text after the marker on the same line.
    var rest: String

    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let bullet = /^[-–—•·▪◦‣]\s+/
    nonisolated(unsafe) private static let parenthesised = /^\(?([A-Za-z]{1,5}|\d{1,2}|[\x{0621}-\x{064A}]|[асе])\s?\)\s*(.*)$/
    nonisolated(unsafe) private static let bareNumber = /^(\d{1,2})\.?\s+(.+)$/
    nonisolated(unsafe) private static let roman = /^x{0,3}(ix|iv|v?i{0,3})$/

    /// The marker at the start of a cleaned line, or nil when the line does not open an item.
    static func parse(_ line: String) -> ParagraphMarker? {
        var text = Substring(line)
        if let match = text.prefixMatch(of: bullet) { text = text[match.range.upperBound...] }
        if let match = text.wholeMatch(of: parenthesised) {
            return marker(label: latinLabel(String(match.1)).lowercased(), rest: String(match.2))
        }
        if let match = text.wholeMatch(of: bareNumber) {
            return ParagraphMarker(label: latinLabel(String(match.1)), styles: [.arabic], rest: String(match.2))
        }
        return nil
    }

    /// Arabic texts letter their items in abjad order (أ ب ج د ه و ز ح ط ي …) and may write
    /// Arabic-Indic digits; keys use the Latin letter and digit in the same place, so that
    /// `recalling/g` is the same clause in every language.
    private static let abjad: [Character: String] = [
        "أ": "a", "ا": "a", "ب": "b", "ج": "c", "د": "d", "ه": "e", "و": "f", "ز": "g", "ح": "h", "ط": "i",
        "ي": "j", "ك": "k", "ل": "l", "م": "m", "ن": "n", "س": "o", "ع": "p", "ف": "q", "ص": "r", "ق": "s",
        "ر": "t", "ش": "u", "ت": "v", "ث": "w", "خ": "x", "ذ": "y", "ض": "z",
        // Russian texts letter items in Latin; a copy may carry the Cyrillic look-alikes.
        "а": "a", "с": "c", "е": "e",
    ]

    private static func latinLabel(_ label: String) -> String {
        if label.count == 1, let first = label.first, let latin = abjad[first] { return latin }
        return String(label.map { character -> Character in
            guard let value = character.unicodeScalars.first?.value, (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value),
                  let ascii = Unicode.Scalar(48 + (value & 0xF)) else { return character }
            return Character(ascii)
        })
    }

    private static func marker(label: String, rest: String) -> ParagraphMarker? {
        if label.allSatisfy(\.isNumber) {
            return ParagraphMarker(label: label, styles: [.arabic], rest: rest)
        }
        let isRoman = label.wholeMatch(of: roman) != nil
        if label.count == 1 {
            return ParagraphMarker(label: label, styles: isRoman ? [.letter, .roman] : [.letter], rest: rest)
        }
        return isRoman ? ParagraphMarker(label: label, styles: [.roman], rest: rest) : nil
    }

    /// The label that follows `label` in `style`: `b` after `a`, `iv` after `iii`, `3` after `2`.
    static func successor(of label: String, style: MarkerStyle) -> String? {
        switch style {
        case .letter:
            guard let scalar = label.unicodeScalars.first, label.count == 1,
                  let next = Unicode.Scalar(scalar.value + 1) else { return nil }
            return String(Character(next))
        case .roman:
            return romanValue(label).map { romanNumeral($0 + 1) }
        case .arabic:
            return Int(label).map { String($0 + 1) }
        }
    }

    /// The label a sequence in `style` starts with.
    static func first(in style: MarkerStyle) -> String {
        switch style {
        case .letter: "a"
        case .roman: "i"
        case .arabic: "1"
        }
    }

    private static let romanDigits: [(Int, String)] = [
        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    static func romanValue(_ label: String) -> Int? {
        guard !label.isEmpty, label.wholeMatch(of: roman) != nil else { return nil }
        var rest = Substring(label)
        var value = 0
        for (amount, digits) in romanDigits {
            while rest.hasPrefix(digits) {
                value += amount
                rest = rest.dropFirst(digits.count)
            }
        }
        return rest.isEmpty ? value : nil
    }

    static func romanNumeral(_ value: Int) -> String {
        var rest = value
        var numeral = ""
        for (amount, digits) in romanDigits {
            while rest >= amount {
                numeral += digits
                rest -= amount
            }
        }
        return numeral
    }
}
