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

/// Tells heading lines from paragraph lines. A heading stands alone on its line; known
/// headings come from the table (also when split over two lines); unknown ones are guessed
/// from their first word, so that they are reported rather than merged into a clause.
struct HeadingRecognizer {
    var table: HeadingTable

    /// First words of English headings (preambular participles and adjectives, operative verbs).
    private static let englishLeadWords: Set<String> = [
        "aware", "reaffirming", "considering", "recalling", "recognizing", "recognising", "noting",
        "resolves", "instructs", "requests", "invites", "decides", "urges", "encourages",
        "emphasizing", "emphasising", "bearing", "taking", "having", "convinced", "mindful",
        "acknowledging", "welcoming", "expressing", "stressing", "highlighting", "observing",
        "concerned", "further", "calls", "appeals", "endorses", "approves", "reaffirms",
        "recommends", "conscious", "believing", "underlining", "keeping", "deeply", "affirming",
        "encouraging", "appreciating", "accepting", "agreeing", "realizing", "instructing",
    ]
    /// First characters of Chinese headings.
    private static let chineseLeadWords = [
        "意识到", "重申", "考虑到", "进一步", "忆及", "认识到", "注意到", "做出决议", "决定", "责成",
        "要求", "请", "敦促", "鼓励", "强调", "欢迎", "铭记", "认为", "深信", "关切", "承认", "确认",
        "回顾", "赞赏", "满意地", "表示",
    ]
    private static let terminalPunctuation: Set<Character> = [
        ".", ";", ",", "。", "；", "，", "、", "：", ")", "）", "]",
    ]

    /// The heading starting at `index`, if the line is one. `paragraphBreakBefore` tells
    /// whether the previous line ended a paragraph, which an unknown heading needs.
    func heading(at index: Int, in lines: [SourceLine], paragraphBreakBefore: Bool) -> RecognizedHeading? {
        let text = lines[index].text
        guard !text.isEmpty, ParagraphMarker.parse(text) == nil else { return nil }
        if let slug = table.slug(forHeading: text) {
            return RecognizedHeading(text: ParagraphText.headingText(text), tableSlug: slug, lastLineIndex: index)
        }
        if table.isStartOfLongerHeading(text), let next = nextContentLine(after: index, in: lines) {
            let separator = ParagraphText.isCJK(text.last ?? " ") ? "" : " "
            let joined = text + separator + lines[next].text
            if let slug = table.slug(forHeading: joined) {
                return RecognizedHeading(text: ParagraphText.headingText(joined), tableSlug: slug, lastLineIndex: next)
            }
        }
        if paragraphBreakBefore, looksLikeUnknownHeading(text, nextLineOpensParagraph: nextLineOpensParagraph(after: index, in: lines)) {
            return RecognizedHeading(text: ParagraphText.headingText(text), tableSlug: nil, lastLineIndex: index)
        }
        return nil
    }

    private func nextContentLine(after index: Int, in lines: [SourceLine]) -> Int? {
        var next = index + 1
        while next < lines.count, lines[next].isBlank || PageArtifact.matches(lines[next].text) {
            next += 1
        }
        return next < lines.count ? next : nil
    }

    /// A heading is followed by a blank line, an item, or the end of the text; a wrapped
    /// line that happens to start with "noting" is followed by more of its sentence.
    private func nextLineOpensParagraph(after index: Int, in lines: [SourceLine]) -> Bool {
        let next = index + 1
        guard next < lines.count else { return true }
        return lines[next].isBlank || ParagraphMarker.parse(lines[next].text) != nil
    }

    private func looksLikeUnknownHeading(_ text: String, nextLineOpensParagraph: Bool) -> Bool {
        let bare = text.replacingOccurrences(of: "*", with: "")
        guard var last = bare.last else { return false }
        if last == ":" || last == "：" {
            guard let beforeColon = bare.dropLast().last else { return false }
            last = beforeColon
        }
        if Self.terminalPunctuation.contains(last) { return false }
        if bare.contains(where: ParagraphText.isCJK) {
            return bare.count <= 24 && Self.chineseLeadWords.contains { bare.hasPrefix($0) }
        }
        let words = bare.split(separator: " ")
        guard nextLineOpensParagraph, let first = words.first, words.count <= 12 else { return false }
        return first == first.lowercased() && Self.englishLeadWords.contains(String(first))
    }
}
