import Foundation

/// Folding for search: case, diacritics and a few letters that do not decompose
/// ("São" → "sao", "Łódź" → "lodz", "Straße" → "strasse"). CJK text passes through,
/// so "太郎" still finds "山田太郎" by plain substring search.
public enum TextFolding {
    private static let letterReplacements: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th",
        "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
    ]

    /// The folded form used on both sides of every search comparison.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let replacement = letterReplacements[scalar] {
                folded.append(contentsOf: replacement.unicodeScalars)
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    /// The words of a query, folded; a record matches when it contains every one.
    public static func queryTerms(_ query: String) -> [String] {
        fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// True when `haystack` (already folded) contains every term.
    public static func matches(folded haystack: String, terms: [String]) -> Bool {
        terms.allSatisfy { haystack.contains($0) }
    }
}
