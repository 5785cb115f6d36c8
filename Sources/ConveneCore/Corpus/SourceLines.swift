import Foundation

/// One line of a resolution text with its 1-based number and a cleaned form:
/// tabs and no-break spaces become spaces, runs of spaces one space, ends trimmed.
struct SourceLine: Equatable {
    var number: Int
    var raw: String
    var text: String

    var isBlank: Bool { text.isEmpty }
}

/// Splitting and checking the raw text before any structure is looked for.
enum SourceLines {
    /// Rejects what cannot be a resolution text, then splits it into cleaned lines.
    static func read(_ text: String) throws -> [SourceLine] {
        if text.unicodeScalars.contains(where: { $0 == "\0" }) {
            throw ConveneError.refused(
                "the resolution text contains NUL bytes, so it is a binary file rather than plain text"
            )
        }
        if let control = text.unicodeScalars.first(where: isUnexpectedControl) {
            throw ConveneError.refused(
                "the resolution text contains the control character U+"
                    + String(format: "%04X", control.value)
                    + ", so it is a binary file rather than plain text"
            )
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            throw ConveneError.refused(
                "the resolution text is empty; give the text of a resolution as copied from the "
                    + "Collection of Resolutions or the Final Acts"
            )
        }
        // Form feeds (page breaks) count as line breaks, hence blank lines.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated()
            .map { SourceLine(number: $0.offset + 1, raw: String($0.element), text: clean($0.element)) }
    }

    static func clean<S: StringProtocol>(_ line: S) -> String {
        line.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func isUnexpectedControl(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.generalCategory == .control else { return false }
        return !["\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}"].contains(scalar)
    }
}

/// The line that closes a revised resolution: "(Marrakesh, 2002) – (Rev. Antalya, 2006)".
enum HistoryLine {
    nonisolated(unsafe) private static let pattern = /\([^()]*\d{4}(?:\s*г\.)?\)(?:\s*[–—-]\s*\([^()]*\d{4}(?:\s*г\.)?\))*/

    static func matches(_ text: String) -> Bool {
        text.wholeMatch(of: pattern) != nil
    }

    /// The years of the entries in order: [2002, 2006].
    static func years(in history: String) -> [Int] {
        history.matches(of: /\([^()]*?(\d{4})(?:\s*г\.)?\)/).compactMap { Int($0.1) }
    }
}
