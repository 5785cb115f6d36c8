import Foundation

/// Splits a resolution copied flat from a web page — the whole text, or a large part of it,
/// on one line — back into lines: before and after title lines, the enacting formula and
/// known headings, before item markers that follow in sequence, before the history line and
/// an ANNEX. The pieces keep the number of the line they came from.
struct FlatTextSplitter {
    var table: HeadingTable

    /// Lines shorter than this are read as they are.
    static let flatLineLength = 300

    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let titleLine =
        /(?:(?:WTSA|WTDC|RA)\s+)?(?:RESOLUTION|RÉSOLUTION|RESOLUCIÓN|DECISION|DÉCISION|DECISIÓN)\s+\d+[A-Z]?\s*\([^()]*\)|第\s*\d+\s*号(?:决议|决定)\s*[（(][^（）()]*[）)]/
    nonisolated(unsafe) private static let enacting =
        /(?:The|La|El|L')\s*(?:Plenipotentiary Conference|World Telecommunication|Radiocommunication Assembly|Council of|Conférence de plénipotentiaires|Assemblée mondiale|Conférence mondiale|Conferencia de Plenipotenciarios|Asamblea Mundial|Conferencia Mundial)[^()]*\([^()]*\d{4}\)\s*,?|[^\s，。；]*(?:全权代表大会|全会|理事会)[（(][^（）()]*[）)][，,]?/
    nonisolated(unsafe) private static let marker =
        /(?:[;,.:]\s+(?:(?:and|or|et|ou|y|o)\s+)?|[；，。：]\s*(?:和|或)?\s*)((?:[-–•]\s+)?(?:\(?([a-z]|[ivx]{2,5})\)|(\d{1,2})\s*(?=\p{Ll}|\p{Han})))/
    nonisolated(unsafe) private static let history =
        /[.;,]\s+(\([^()]*\d{4}\)(?:\s*[–—-]\s*\([^()]*\d{4}\))*)\s*$/
    nonisolated(unsafe) private static let annex = /\s((?:ANNEX|ANNEXE|ANEXO)\b)/

    func split(_ lines: [SourceLine]) -> [SourceLine] {
        lines.flatMap { line in
            line.text.utf8.count < Self.flatLineLength || !mayBeFlat(line.text) ? [line] : pieces(of: line)
        }
    }

    /// A long line is worth splitting when it holds a title line, an enacting formula or at
    /// least two item markers; a long clause holds none of them.
    private func mayBeFlat(_ text: String) -> Bool {
        text.firstMatch(of: Self.titleLine) != nil || text.firstMatch(of: Self.enacting) != nil
            || text.matches(of: Self.marker).count >= 2
    }

    private func pieces(of line: SourceLine) -> [SourceLine] {
        let text = line.text
        var cuts = Set<String.Index>()
        for match in text.matches(of: Self.titleLine) {
            cuts.insert(match.range.lowerBound)
            cuts.insert(match.range.upperBound)
        }
        for match in text.matches(of: Self.enacting) {
            cuts.insert(match.range.lowerBound)
            cuts.insert(match.range.upperBound)
        }
        let headings = headingRanges(in: text)
        for range in headings {
            cuts.insert(range.lowerBound)
            cuts.insert(range.upperBound)
        }
        cuts.formUnion(markerCuts(in: text, headings: headings))
        if let match = text.firstMatch(of: Self.history) { cuts.insert(match.output.1.startIndex) }
        for match in text.matches(of: Self.annex) { cuts.insert(match.output.1.startIndex) }

        var result: [SourceLine] = []
        var start = text.startIndex
        for cut in cuts.sorted() + [text.endIndex] where cut > start {
            let piece = text[start..<cut].trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { result.append(SourceLine(number: line.number, raw: line.raw, text: piece)) }
            start = cut
        }
        return result.count > 1 ? result : [line]
    }

    /// Known headings standing between two sentences: after the start or a punctuation mark,
    /// followed by an item marker (or, for an operative heading, by "to" or "that").
    private func headingRanges(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        let entries = table.entries.sorted { $0.text.count > $1.text.count }
        for entry in entries {
            var searchStart = text.startIndex
            while let range = text.range(of: entry.text, range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                guard !found.contains(where: { $0.overlaps(range) }),
                      isSentenceStart(range.lowerBound, in: text),
                      opensParagraph(after: range.upperBound, in: text, operative: HeadingTable.part(forSlug: entry.slug) == .operative)
                else { continue }
                found.append(range)
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    private func isSentenceStart(_ index: String.Index, in text: String) -> Bool {
        let before = text[..<index].reversed().drop { $0 == " " }
        guard let mark = before.first else { return true }
        return ",;.:)，；。：）".contains(mark)
    }

    private func opensParagraph(after index: String.Index, in text: String, operative: Bool) -> Bool {
        let rest = text[index...].drop { $0 == " " }
        let isChinese = text[..<index].last.map(ParagraphText.isCJK) ?? false
        guard index == text.endIndex || text[index] == " " || text[index] == ":" || isChinese else { return false }
        if isChinese { return true }
        if rest.isEmpty { return true }
        if ParagraphMarker.parse(String(rest.prefix(12))) != nil { return true }
        let firstWord = rest.prefix { $0.isLetter }.lowercased()
        return operative && ["to", "that", "à", "de", "que", "a", "al"].contains(firstWord)
    }

    /// True when `label` is one to three letters after `last` (and not a roman numeral's `i`).
    private static func skipsAhead(from last: String, to label: String) -> Bool {
        guard let from = last.unicodeScalars.first?.value, let to = label.unicodeScalars.first?.value,
              last.count == 1, label.count == 1, label != "i" else { return false }
        return to > from + 1 && to <= from + 3
    }

    /// Item markers after a punctuation mark, kept only when they follow in sequence
    /// (`a)` or the letter after the last one, `i)`…, `1`, `2`…), counting from each heading
    /// and from the marker that may stand right after it ("aware a) that …").
    private func markerCuts(in text: String, headings: [Range<String.Index>]) -> [String.Index] {
        var cuts: [String.Index] = []
        var lastLetter: String?
        var lastRoman: String?
        var lastArabic: String?
        var pending = headings[...]
        for match in text.matches(of: Self.marker) {
            let position = match.output.1.startIndex
            while let heading = pending.first, heading.lowerBound <= position {
                pending = pending.dropFirst()
                (lastLetter, lastRoman, lastArabic) = (nil, nil, nil)
                let after = String(text[heading.upperBound...].drop { $0 == " " }.prefix(12))
                if let first = ParagraphMarker.parse(after) {
                    switch first.label {
                    case "1": lastArabic = "1"
                    case "i": lastRoman = "i"
                    default: lastLetter = first.label
                    }
                }
            }
            if let number = match.output.3.map(String.init) {
                guard number == (lastArabic.flatMap { ParagraphMarker.successor(of: $0, style: .arabic) } ?? "1") else { continue }
                lastArabic = number
                (lastLetter, lastRoman) = (nil, nil)
            } else if let label = match.output.2.map(String.init) {
                let nextLetter = lastLetter.flatMap { ParagraphMarker.successor(of: $0, style: .letter) } ?? "a"
                let nextRoman = lastRoman.flatMap { ParagraphMarker.successor(of: $0, style: .roman) } ?? "i"
                if label == nextLetter, !(label == "i" && lastLetter != "h") {
                    lastLetter = label
                } else if let last = lastLetter, Self.skipsAhead(from: last, to: label) {
                    // "a) …; c) …": a letter or two missing from the copy. Cut anyway, so the
                    // parser warns about the sequence instead of merging two clauses.
                    lastLetter = label
                } else if label == nextRoman {
                    lastRoman = label
                } else {
                    continue
                }
            } else {
                continue
            }
            cuts.append(position)
        }
        return cuts
    }
}
