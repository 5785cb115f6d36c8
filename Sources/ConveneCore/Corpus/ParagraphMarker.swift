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
    nonisolated(unsafe) private static let bullet = /^[-–•]\s+/
    nonisolated(unsafe) private static let parenthesised = /^\(?([A-Za-z]{1,5}|\d{1,2})\)\s*(.*)$/
    nonisolated(unsafe) private static let bareNumber = /^(\d{1,2})\.?\s+(.+)$/
    nonisolated(unsafe) private static let roman = /^x{0,3}(ix|iv|v?i{0,3})$/

    /// The marker at the start of a cleaned line, or nil when the line does not open an item.
    static func parse(_ line: String) -> ParagraphMarker? {
        var text = Substring(line)
        if let match = text.prefixMatch(of: bullet) { text = text[match.range.upperBound...] }
        if let match = text.wholeMatch(of: parenthesised) {
            return marker(label: String(match.1).lowercased(), rest: String(match.2))
        }
        if let match = text.wholeMatch(of: bareNumber) {
            return ParagraphMarker(label: String(match.1), styles: [.arabic], rest: String(match.2))
        }
        return nil
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
