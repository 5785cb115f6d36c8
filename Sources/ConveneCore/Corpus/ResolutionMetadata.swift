import Foundation

/// What a resolution text does not always say about itself: its id, number, title,
/// conference and year, language, kind and what it revises. Shipped files carry it in a
/// header; an import either gives it or lets it be inferred from the title line.
///
/// Documents, stored rows and `resolution list` entries each hold one, so the fields are
/// declared once, here.
public struct ResolutionMetadata: Codable, Sendable, Equatable {
    /// `R174-2010`, `R130-2006`, `R174-2022-RCC`: the start of every clause key.
    public var id: String
    /// The resolution number as printed: `174`.
    public var number: String
    public var title: String
    /// Place as printed in citations, with `Rev.` when the text is a revision: `Rev. Antalya`.
    public var conference: String
    public var year: Int
    /// BCP 47 language code of the text: `en`, `zh`.
    public var language: String
    public var kind: ResolutionKind
    /// Id of the document this one revises (`R174-2014`), when known.
    public var revises: String?

    public init(
        id: String, number: String, title: String, conference: String, year: Int,
        language: String, kind: ResolutionKind, revises: String? = nil
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.conference = conference
        self.year = year
        self.language = language
        self.kind = kind
        self.revises = revises
    }
}

extension ResolutionMetadata {
    /// Metadata read from the text itself: number, conference and year from the title line,
    /// the title from the lines after it, `revises` from the history line's previous entry.
    static func inferred(
        conferenceLine: String?, datesLine: String? = nil, title: String, history: String?,
        isProposal: Bool, language: String
    ) throws -> ResolutionMetadata {
        guard let line = conferenceLine, let parts = ConferenceLine.parse(line) else {
            throw ConveneError.refused(
                "the text has no title line such as 'RESOLUTION 174 (Guadalajara, 2010)', "
                    + "so its id, number and conference must be given"
            )
        }
        let historyYears = history.map(HistoryLine.years(in:)) ?? []
        let datesYears = datesLine.map(HistoryLine.years(in:)) ?? []
        guard let year = parts.year ?? datesYears.last ?? historyYears.last else {
            throw ConveneError.refused(
                "the title line '\(line)' gives no year and the text has no history line, "
                    + "so its year must be given"
            )
        }
        var revises: String?
        if historyYears.count >= 2 { revises = parts.documentId(year: historyYears[historyYears.count - 2]) }
        return ResolutionMetadata(
            id: parts.documentId(year: year), number: parts.number, title: title, conference: parts.conference,
            year: year, language: language, kind: isProposal ? .proposal : .resolution,
            revises: revises
        )
    }

    /// The language by script (Han `zh`, Cyrillic `ru`, Arabic `ar`), and for Latin text by
    /// its commonest small words (`en`, `fr`, `es`).
    static func detectLanguage(of text: String) -> String {
        var counts: [String: Int] = [:]
        // The first 20,000 code points tell the language as well as the whole text.
        for scalar in text.unicodeScalars.prefix(20_000) where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0400...0x04FF: counts["ru", default: 0] += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: counts["ar", default: 0] += 1
            default:
                if scalar.properties.isIdeographic { counts["zh", default: 0] += 2 } else if scalar.value < 0x0250 { counts["latin", default: 0] += 1 }
            }
        }
        guard let script = counts.max(by: { $0.value < $1.value })?.key, script == "latin" else {
            return counts.max(by: { $0.value < $1.value })?.key ?? "en"
        }
        var votes: [String: Int] = ["en": 0, "fr": 0, "es": 0]
        for word in text.prefix(20_000).lowercased().split(whereSeparator: { !$0.isLetter }) {
            if let language = Self.latinMarkerWords[String(word)] { votes[language, default: 0] += 1 }
        }
        let best = votes.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }
        return (best?.value ?? 0) > 0 ? best?.key ?? "en" : "en"
    }

    /// Small words frequent in one of the Latin-script ITU languages and rare in the others.
    private static let latinMarkerWords: [String: String] = [
        "the": "en", "of": "en", "and": "en", "to": "en", "that": "en",
        "le": "fr", "les": "fr", "des": "fr", "et": "fr", "du": "fr", "au": "fr", "aux": "fr",
        "el": "es", "los": "es", "las": "es", "y": "es", "del": "es", "al": "es",
    ]
}
