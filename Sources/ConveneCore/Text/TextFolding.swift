import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folding for search: case, diacritics and a few letters that do not decompose
/// ("São" → "sao", "Łódź" → "lodz", "Straße" → "strasse", "ＩＴＵ" → "itu"). CJK text passes
/// through, so "太郎" still finds "山田太郎" by plain substring search.
///
/// Folding runs once per record and matching once per record and keystroke, over directories
/// of 100,000 people, so both work on UTF-8 bytes: ASCII and Latin letters take a table
/// lookup, and only rarer scripts go through Foundation's decomposition.
public enum TextFolding {
    private static let letterReplacements: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th",
        "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
    ]

    /// Folded forms of the letters of the scripts delegates' names are mostly written in
    /// besides ASCII and CJK: Latin-1, Latin Extended-A/B and Latin Extended Additional,
    /// Greek, Cyrillic, Hebrew and Arabic, computed once with the general rule. Going through
    /// Foundation's decomposition for every Arabic or Cyrillic letter made folding the
    /// names of an import of 100,000 take most of a second.
    private static let scriptTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for range: ClosedRange<UInt32> in [0x00C0...0x024F, 0x0370...0x052F, 0x0590...0x06FF, 0x1E00...0x1FFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[value] = Array(slowFold(scalar).utf8)
            }
        }
        return table
    }()

    /// The folded form used on both sides of every search comparison.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        fold(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded form of `text` as UTF-8, so that a key of many fields is built in
    /// one buffer.
    public static func fold(_ text: String, into bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if let folded = scriptTable[value] {
                bytes.append(contentsOf: folded)
            } else if value >= 0xFF01 && value <= 0xFF5E {
                // Full-width ASCII forms.
                let byte = UInt8(value - 0xFEE0)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if isUncasedIdeographic(value) {
                UTF8.encode(scalar) { bytes.append($0) }
            } else {
                bytes.append(contentsOf: Array(slowFold(scalar).utf8))
            }
        }
    }

    /// CJK ideographs, kana and hangul: no case, nothing to strip.
    private static func isUncasedIdeographic(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0x20000...0x3134F).contains(value)
    }

    /// The general rule: compatibility decomposition, marks dropped, lower case.
    private static func slowFold(_ scalar: Unicode.Scalar) -> String {
        if let replacement = letterReplacements[scalar] { return replacement }
        var folded = String.UnicodeScalarView()
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
            folded.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
        }
        return String(folded)
    }

    /// The words of a query, folded; a record matches when it contains every one.
    public static func queryTerms(_ query: String) -> [String] {
        fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// True when `haystack` (already folded) contains every term, compared as UTF-8 bytes.
    public static func matches(folded haystack: String, terms: [String]) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { hay in
            terms.allSatisfy { term in
                var term = term
                return term.withUTF8 { needle in contains(hay, needle) }
            }
        }
    }

    /// Byte substring search: memchr finds candidates for the first byte, memcmp confirms.
    fileprivate static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count, let hayBase = hay.baseAddress, let needleBase = needle.baseAddress else {
            return false
        }
        let lastStart = hay.count - needle.count
        var start = 0
        while start <= lastStart {
            guard let found = memchr(hayBase + start, Int32(needleBase.pointee), lastStart - start + 1) else { return false }
            let offset = UnsafeRawPointer(hayBase).distance(to: UnsafeRawPointer(found))
            if memcmp(hayBase + offset, needleBase, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }
}

/// A query's folded words as UTF-8 bytes, made once per keystroke and tested against every
/// key: a directory of 100,000 is then searched without converting the words for each key.
public struct SearchTerms: Sendable {
    private let terms: [[UInt8]]

    public init(_ query: String) {
        terms = TextFolding.queryTerms(query).map { Array($0.utf8) }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// True when `haystack` (already folded) contains every word.
    public func matches(folded haystack: String) -> Bool {
        if let found = haystack.utf8.withContiguousStorageIfAvailable(containsAll) { return found }
        var haystack = haystack
        return haystack.withUTF8(containsAll)
    }

    private func containsAll(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        for term in terms where !term.withUnsafeBufferPointer({ TextFolding.contains(hay, $0) }) {
            return false
        }
        return true
    }
}
