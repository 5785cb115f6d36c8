import Foundation

/// Reads one document's lines (page furniture already left out): front matter until the
/// first heading, then headings, items by marker and sequence, footnote blocks, and the
/// history line, ANNEX or trailing text that ends it.
struct DocumentReader {
    var table: HeadingTable

    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let annex =
        /^(?:ANNEX|ANNEXE|ANEXO|ПРИЛОЖЕНИЕ|附件|الملحق|Annex to|Annexe à la|Anexo a la|APPENDIX|ATTACHMENT)\b.*/
    nonisolated(unsafe) private static let footnoteSeparator = /^[_＿—–-]{5,}$/
    nonisolated(unsafe) private static let footnoteStart = /^(\d{1,2})\s+(.+)$/

    func read(_ lines: [SourceLine], sourceText: String, furniture: [ParseWarning]) throws -> ResolutionStructure {
        let recognizer = HeadingRecognizer(table: table)
        var frontMatter = FrontMatterReader()
        var outline = ClauseOutlineBuilder()
        var history: String?
        var warnings = furniture + RevisionDebris.warnings(in: lines)
        var paragraphBreak = true
        // True when the last line read finished a clause's text (not a heading).
        var clauseEnded = false
        var index = 0

        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank {
                paragraphBreak = true
                continue
            }
            if outline.hasHeading {
                if paragraphBreak, HistoryLine.matches(line.text) {
                    history = line.text
                    if let trailing = Self.trailingText(lines, after: index) { warnings.append(trailing) }
                    break
                }
                if line.text.wholeMatch(of: Self.annex) != nil {
                    warnings.append(Self.leftOut(lines, from: index, what: "the annex"))
                    break
                }
                if line.text.wholeMatch(of: Self.footnoteSeparator) != nil {
                    index = readFootnotes(lines, after: index, into: &outline, warnings: &warnings)
                    continue
                }
            }

            if let heading = recognizer.heading(at: index, in: lines, paragraphBreakBefore: paragraphBreak) {
                outline.startHeading(heading, line: line.number)
                index = heading.lastLineIndex
                paragraphBreak = true
                clauseEnded = false
                continue
            }
            guard outline.hasHeading else {
                frontMatter.take(line)
                continue
            }
            // Items are opened by their marker when it follows in sequence, whatever the
            // previous line ended with ("1 to raise awareness; and" / "2 to report …").
            if let marker = ParagraphMarker.parse(line.text),
               paragraphBreak || outline.isNextInSequence(marker),
               outline.startItem(marker, line: line.number, text: line.text) {
                paragraphBreak = ResolutionParser.endsParagraph(marker.rest)
                clauseEnded = paragraphBreak
                continue
            }
            // After a finished clause and a blank line, text that no heading or item follows
            // is not the resolution's ("Leave a Response", a page's closing lines).
            if clauseEnded, lines[index - 1].isBlank, !Self.anyStructure(in: lines[index...]) {
                warnings.append(Self.leftOut(lines, from: index, what: "text after the last clause"))
                break
            }
            outline.appendText(line.text, line: line.number)
            paragraphBreak = ResolutionParser.endsParagraph(line.text)
            clauseEnded = paragraphBreak
        }

        guard outline.hasHeading else { throw Self.noHeading(lines) }
        warnings += frontMatter.warnings
        return ResolutionStructure(text: sourceText, frontMatter: frontMatter, headings: outline.headings,
                                   history: history, warnings: warnings + outline.warnings)
    }

    /// Reads a footnote block ("________" then "1 These include …") up to the next blank line;
    /// each footnote goes to the clause that carries its mark. Returns the last index read.
    private func readFootnotes(_ lines: [SourceLine], after separator: Int, into outline: inout ClauseOutlineBuilder,
                               warnings: inout [ParseWarning]) -> Int {
        var footnotes: [(number: Int, text: String, line: Int)] = []
        var index = separator + 1
        while index < lines.count, !lines[index].isBlank {
            let text = lines[index].text
            if let match = text.wholeMatch(of: Self.footnoteStart), let number = Int(match.1) {
                footnotes.append((number, String(match.2), lines[index].number))
            } else if !footnotes.isEmpty {
                footnotes[footnotes.count - 1].text += " " + text
            } else {
                warnings.append(ParseWarning(
                    line: lines[index].number, message: "left out '\(text)' after a footnote rule: it is not a numbered footnote",
                    kind: .unattached))
            }
            index += 1
        }
        for footnote in footnotes where !outline.addFootnote(number: footnote.number, text: footnote.text) {
            warnings.append(ParseWarning(
                line: footnote.line,
                message: "footnote \(footnote.number) ('\(footnote.text)') has no mark in the text; kept with the clause printed before it",
                kind: .unattached))
        }
        return index - 1
    }

    /// Whether any line could open an item or a heading.
    private static func anyStructure(in lines: ArraySlice<SourceLine>) -> Bool {
        lines.contains { line in
            let text = HeadingWords.withoutBullet(line.text)
            return ParagraphMarker.parse(text) != nil || HeadingWords.hasHeadingShape(text, startsKnownHeading: false)
        }
    }

    /// A warning for text after the history line, if there is any.
    private static func trailingText(_ lines: [SourceLine], after index: Int) -> ParseWarning? {
        guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { return nil }
        return leftOut(lines, from: next, what: "text after the history line")
    }

    private static func leftOut(_ lines: [SourceLine], from index: Int, what: String) -> ParseWarning {
        let last = lines[index...].last(where: { !$0.isBlank })?.number ?? lines[index].number
        let range = last > lines[index].number ? "lines \(lines[index].number)-\(last)" : "line \(lines[index].number)"
        return ParseWarning(
            line: lines[index].number,
            message: "\(what) is not part of the resolution's clauses and was left out (\(range), starting '\(lines[index].text)')",
            kind: .unattached)
    }

    /// The refusal for a text without a heading, naming the lines closest to one.
    private static func noHeading(_ lines: [SourceLine]) -> ConveneError {
        let nearMisses = lines.filter { line in
            let words = line.text.split(separator: " ")
            return !line.isBlank && words.count <= 6 && !ResolutionParser.endsParagraph(line.text)
                && ConferenceLine.parse(line.text) == nil
        }.prefix(3)
        var message = "no resolution heading (such as 'considering', 'recalling' or 'resolves', or "
            + "考虑到, 忆及) was found, so the text cannot be split into clauses"
        if !nearMisses.isEmpty {
            message += "; the nearest lines were " + nearMisses.map { "line \($0.number) '\($0.text)'" }.joined(separator: ", ")
                + " (a heading stands alone on its line, starts in lower case and ends without punctuation)"
        }
        return ConveneError.refused(message)
    }
}

/// Revision marks flattened by a copy: struck and inserted text run together,
/// "(Rev. Dubai, 2018Bucharest)", "GuadalajaraBusan, 20104". No parser can tell which half
/// was adopted, so the line is named for the user to correct.
enum RevisionDebris {
    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        /\d{4}\p{Lu}\p{Ll}+/,
        /\p{Ll}{3,}\p{Lu}\p{Ll}{2,},\s*\d{4}/,
        /\([^()]*,\s*\d{5,}\)/,
    ]

    static func warnings(in lines: [SourceLine]) -> [ParseWarning] {
        lines.compactMap { line in
            // Every pattern holds a digit; most lines have none.
            guard line.text.utf8.contains(where: { (48...57).contains($0) }) else { return nil }
            guard let match = patterns.lazy.compactMap({ line.text.firstMatch(of: $0) }).first else { return nil }
            return ParseWarning(
                line: line.number,
                message: "'\(match.output)' looks like revision marks run together (deleted and inserted text "
                    + "copied as one); correct the line to the adopted text: '\(line.text)'",
                kind: .revisionDebris)
        }
    }
}
