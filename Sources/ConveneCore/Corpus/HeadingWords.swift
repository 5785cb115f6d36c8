import Foundation

/// The words a resolution heading starts with in the ITU languages, and the shape of a
/// heading line. Known headings come from the table; these words let the parser recognise
/// one the table lacks, so that it is reported instead of merged into a clause.
enum HeadingWords {
    /// First words of preambular (participles, adjectives) and operative (verbs) headings,
    /// in English, French, Spanish and Russian, lower case.
    static let leadWords: Set<String> = [
        // English
        "aware", "reaffirming", "considering", "recalling", "recognizing", "recognising", "noting",
        "resolves", "instructs", "requests", "invites", "decides", "urges", "encourages",
        "emphasizing", "emphasising", "bearing", "taking", "having", "convinced", "mindful",
        "acknowledging", "welcoming", "expressing", "stressing", "highlighting", "observing",
        "concerned", "further", "calls", "appeals", "endorses", "approves", "reaffirms",
        "recommends", "conscious", "believing", "underlining", "keeping", "deeply", "affirming",
        "encouraging", "appreciating", "accepting", "agreeing", "realizing", "instructing",
        "noting", "cognizant", "desirous", "guided", "reiterating", "alarmed",
        // French
        "consciente", "conscient", "réaffirmant", "considérant", "rappelant", "reconnaissant",
        "notant", "décide", "charge", "prie", "invite", "demande", "exhorte", "encourage",
        "soulignant", "tenant", "ayant", "convaincue", "convaincu", "préoccupée", "accueillant",
        "constatant", "gardant", "vu", "approuve", "recommande", "insiste", "souligne",
        // Spanish
        "reafirmando", "considerando", "recordando", "reconociendo", "observando", "tomando",
        "resuelve", "encarga", "pide", "solicita", "invita", "insta", "alienta", "decide",
        "destacando", "subrayando", "teniendo", "convencida", "convencido", "preocupada",
        "acogiendo", "habiendo", "recomienda", "aprueba", "consciente",
        // Russian
        "учитывая", "признавая", "напоминая", "отмечая", "сознавая", "подтверждая", "вновь",
        "решает", "поручает", "предлагает", "просит", "призывает", "принимая", "будучи",
        "подчеркивая", "приветствуя", "рассмотрев", "одобряет", "рекомендует",
    ]

    /// First words of Arabic headings; a leading "و" ("and") or "إذ" ("as") is read past.
    static let arabicLeadWords: Set<String> = [
        "إذ", "وإذ", "يقرر", "يكلف", "يدعو", "يطلب", "يحث", "يشجع", "يعترف", "يشير", "يدرك",
    ]

    /// First characters of Chinese headings.
    static let chineseLeadWords = [
        "意识到", "重申", "考虑到", "进一步", "忆及", "认识到", "注意到", "做出决议", "决定", "责成",
        "要求", "请", "敦促", "鼓励", "强调", "欢迎", "铭记", "认为", "深信", "关切", "承认", "确认",
        "回顾", "赞赏", "满意地", "表示", "经审议", "顾及", "重视", "了解到",
    ]

    /// First words of operative headings (what is to be done), in all the languages above.
    private static let operativeWords: Set<String> = [
        "resolves", "instructs", "requests", "invites", "decides", "urges", "encourages", "calls",
        "appeals", "endorses", "approves", "reaffirms", "recommends", "further",
        "décide", "charge", "prie", "invite", "demande", "exhorte", "encourage", "approuve", "recommande",
        "resuelve", "encarga", "pide", "solicita", "invita", "insta", "alienta", "decide", "recomienda", "aprueba",
        "решает", "поручает", "предлагает", "просит", "призывает", "одобряет", "рекомендует",
        "يقرر", "يكلف", "يدعو", "يطلب", "يحث", "يشجع",
    ]
    private static let operativeChineseStarts = ["做出决议", "进一步做出决议", "决定", "责成", "要求", "请", "敦促", "鼓励", "呼吁"]

    /// Preambular or operative, for a heading the table lacks, from its first word.
    static func part(ofHeading text: String) -> HeadingPart {
        if text.contains(where: ParagraphText.isCJK) {
            return operativeChineseStarts.contains { text.hasPrefix($0) } ? .operative : .preambular
        }
        let words = text.lowercased().split(separator: " ")
        guard let first = words.first else { return .preambular }
        if first == "further", words.count > 1 { return operativeWords.contains(String(words[1])) ? .operative : .preambular }
        return operativeWords.contains(String(first)) ? .operative : .preambular
    }

    /// Words a heading does not end with: it would go on on the next line.
    private static let connectors: Set<String> = [
        "with", "of", "and", "the", "in", "for", "on", "to", "a", "an", "de", "des", "du", "la",
        "le", "les", "et", "avec", "y", "del", "con", "los", "las", "el", "и", "с", "в",
    ]

    /// Words a heading's first paragraph starts with, when it follows on the next line.
    private static let leadInWords: Set<String> = [
        "to", "that", "the", "its", "in", "as", "à", "de", "d", "que", "qu", "le", "la", "les",
        "l", "a", "al", "el", "los", "las", "en", "con", "что", "в", "о", "с", "к", "принять",
    ]

    private static let sentenceEnd: Set<Character> = [
        ".", ";", ",", "。", "；", "，", "、", "：", ")", "）", "]", "!", "?", "؛", "،",
    ]

    /// The line without a list bullet or dash in front: "• recognizing" → "recognizing".
    static func withoutBullet(_ text: String) -> String {
        guard let first = text.first, "•·▪◦‣-–—*".contains(first) else { return text }
        let rest = text.dropFirst()
        guard rest.first == " " else { return text }
        return String(rest.drop { $0 == " " })
    }

    static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    /// Whether the line could be a heading: short, starting with a heading word in lower
    /// case, without sentence punctuation at its end (a Russian heading ends with a comma).
    static func hasHeadingShape(_ text: String, startsKnownHeading: Bool, maxWords: Int = 14) -> Bool {
        var bare = ParagraphText.headingText(text)
        if bare.hasSuffix(",") { bare.removeLast() }
        guard let last = text.replacingOccurrences(of: "*", with: "").last.map({ $0 }), !bare.isEmpty else { return false }
        let endsCleanly = !sentenceEnd.contains(last) || last == ":" || last == "："
            || (last == "," && bare.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        guard endsCleanly else { return false }
        if bare.contains(where: ParagraphText.isCJK) {
            return bare.count <= 24 && chineseLeadWords.contains { bare.hasPrefix($0) }
        }
        let words = bare.split(separator: " ")
        guard let first = words.first else { return false }
        let limit = startsKnownHeading ? 30 : maxWords
        guard words.count <= limit else { return false }
        if arabicLeadWords.contains(String(first)) { return true }
        guard let initial = first.first, initial.isLowercase || !initial.isCased else { return false }
        return startsKnownHeading || leadWords.contains(String(first).lowercased())
    }

    static func endsWithConnector(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return connectors.contains(last.lowercased())
    }

    /// Whether a line reads as the start of a heading's first paragraph.
    static func startsLeadIn(_ text: String) -> Bool {
        let first = text.prefix { $0.isLetter }.lowercased()
        return leadInWords.contains(first)
    }
}
