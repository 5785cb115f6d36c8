import Foundation

/// A heading line found in the text.
struct RecognizedHeading: Equatable {
    /// As printed, without emphasis or trailing colon.
    var text: String
    /// From the heading table, or nil when the table lacks it.
    var tableSlug: String?
    /// Index of the last line the heading uses (it may span two lines).
    var lastLineIndex: Int
}

/// Tells heading lines from paragraph lines by shape and position, in every ITU language:
/// a heading stands alone on its line (perhaps behind a bullet or in `*emphasis*`), starts
/// with a preambular or operative word in lower case, ends without sentence punctuation, and
/// comes after a finished paragraph. The table gives known headings their slug (also when
/// split over two lines); it is not needed to recognise one.
struct HeadingRecognizer {
    var table: HeadingTable

    /// The heading starting at `index`, if the line is one. `paragraphBreakBefore` tells
    /// whether the previous line ended a paragraph, which an unknown heading needs.
    func heading(at index: Int, in lines: [SourceLine], paragraphBreakBefore: Bool) -> RecognizedHeading? {
        let text = HeadingWords.withoutBullet(lines[index].text)
        guard !text.isEmpty, ParagraphMarker.parse(text) == nil else { return nil }
        if let slug = table.slug(forHeading: text) {
            return RecognizedHeading(text: ParagraphText.headingText(text), tableSlug: slug, lastLineIndex: index)
        }
        let next = nextContentLine(after: index, in: lines)
        if table.isStartOfLongerHeading(text), let next {
            let joined = Self.join(text, HeadingWords.withoutBullet(lines[next].text))
            if let slug = table.slug(forHeading: joined) {
                return RecognizedHeading(text: ParagraphText.headingText(joined), tableSlug: slug, lastLineIndex: next)
            }
        }
        guard paragraphBreakBefore, HeadingWords.hasHeadingShape(text, startsKnownHeading: startsKnownHeading(text)) else {
            return nil
        }
        // A long heading may run on to a second line ("…, in collaboration with" / "the Director of …").
        if HeadingWords.endsWithConnector(text) {
            guard let next, ParagraphMarker.parse(lines[next].text) == nil else { return nil }
            let joined = Self.join(text, lines[next].text)
            guard HeadingWords.hasHeadingShape(joined, startsKnownHeading: startsKnownHeading(joined), maxWords: 30),
                  opensParagraph(after: next, in: lines, headingWords: joined) else { return nil }
            return RecognizedHeading(text: ParagraphText.headingText(joined), tableSlug: table.slug(forHeading: joined), lastLineIndex: next)
        }
        guard opensParagraph(after: index, in: lines, headingWords: text) else { return nil }
        return RecognizedHeading(text: ParagraphText.headingText(text), tableSlug: nil, lastLineIndex: index)
    }

    private static func join(_ first: String, _ second: String) -> String {
        first + (ParagraphText.isCJK(first.last ?? " ") ? "" : " ") + second
    }

    /// True when the line begins with a known heading and goes on ("encourages Member States
    /// to …" is not, "instructs the Director of the Telecommunication Development Bureau, in
    /// collaboration with …" is).
    private func startsKnownHeading(_ text: String) -> Bool {
        let words = HeadingTable.normalize(text).split(separator: " ")
        guard words.count > 1 else { return false }
        // Known headings are at most a dozen words long.
        return (1..<min(words.count, 16)).contains { table.slug(forHeading: words[..<$0].joined(separator: " ")) != nil }
    }

    private func nextContentLine(after index: Int, in lines: [SourceLine]) -> Int? {
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        return next < lines.count ? next : nil
    }

    /// What follows a heading: a blank line, an item, the end of the text, or (for a short
    /// heading) the lead-in of its paragraph ("to accelerate its work,"). A wrapped line that
    /// happens to start with "noting" is followed by more of its sentence.
    private func opensParagraph(after index: Int, in lines: [SourceLine], headingWords: String) -> Bool {
        let next = index + 1
        guard next < lines.count else { return true }
        let following = lines[next].text
        if lines[next].isBlank || ParagraphMarker.parse(following) != nil { return true }
        if headingWords.contains(where: ParagraphText.isCJK) { return true }
        return HeadingWords.wordCount(headingWords) <= 8 && HeadingWords.startsLeadIn(following)
    }
}
