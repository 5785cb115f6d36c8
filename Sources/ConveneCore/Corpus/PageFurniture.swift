import Foundation

/// What a PDF-to-text copy prints at the top and bottom of every page, wherever the page
/// break fell: running headers ("Res. 174", "Res. 130 434", "第130号决议"), page numbers on
/// their own line ("380", "- 12 -", "Page 3 of 9"), and footers that repeat from page to page
/// ("PP-14 – Final Acts 381"). They are taken out before the text is read, each with a
/// warning, so that a paragraph split by a page break joins up again.
enum PageFurniture {
    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        // Running headers, with or without the page number on the same line.
        /(?:\d{1,4}\s+)?(?:Res|Rés|Рез|Dec|Déc)\.?\s*(?:ITU-R\s*)?\d+(?:-\d+)?[A-Z]?(?:\s+\d{1,4})?/,
        /(?:\d{1,4}\s+)?第\s*\d+\s*号(?:决议|决定)(?:\s+\d{1,4})?/,
        /(?:\d{1,4}\s+)?القرار\s+\d+(?:\s+\d{1,4})?/,
        // Page numbers.
        /\d{1,4}/,
        /[-–—]\s*\d{1,4}\s*[-–—]/,
        /(?:Page|Página|Pág\.|Стр\.|Страница|第)\s*\d{1,4}(?:\s*(?:of|de|sur|из|\/)\s*\d{1,4})?\s*页?/,
        /\d{1,4}\s*\/\s*\d{1,4}/,
    ]

    /// Whether a line alone is page furniture by its shape.
    static func matches(_ text: String) -> Bool {
        text.utf8.count <= 48 && patterns.contains { text.wholeMatch(of: $0) != nil }
    }

    /// The lines without their page furniture, and a warning for each line left out.
    /// `isStructural` tells headings and item lines, which may repeat but are never furniture.
    static func remove(from lines: [SourceLine], isStructural: (String) -> Bool) -> (lines: [SourceLine], warnings: [ParseWarning]) {
        let repeated = repeatedLines(lines, isStructural: isStructural)
        var kept: [SourceLine] = []
        var warnings: [ParseWarning] = []
        for line in lines {
            guard !line.isBlank, matches(line.text) || repeated.contains(edgeless(line.text)) else {
                kept.append(line)
                continue
            }
            warnings.append(ParseWarning(
                line: line.number,
                message: "left out '\(line.text)' as page furniture (running header, page number or footer)",
                kind: .furniture
            ))
        }
        return (kept, warnings)
    }

    /// Footers and headers of other shapes: a short line that comes back on three pages, or on
    /// two with only its page number changed.
    private static func repeatedLines(_ lines: [SourceLine], isStructural: (String) -> Bool) -> Set<String> {
        var counts: [String: (total: Int, forms: Set<String>)] = [:]
        for line in lines where !line.isBlank && line.text.count <= 80 && !isStructural(line.text) {
            let key = edgeless(line.text)
            guard !key.isEmpty, key.contains(where: \.isLetter) else { continue }
            counts[key, default: (0, [])].total += 1
            counts[key, default: (0, [])].forms.insert(line.text)
        }
        return Set(counts.compactMap { key, value in
            value.total >= 3 || (value.total >= 2 && value.forms.count >= 2) ? key : nil
        })
    }

    /// The line without a page number at either end: "PP-14 – Final Acts 381" → "PP-14 – Final Acts".
    private static func edgeless(_ text: String) -> String {
        var words = text.split(separator: " ")
        if let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        if let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
