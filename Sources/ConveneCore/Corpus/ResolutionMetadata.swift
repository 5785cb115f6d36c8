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

/// Reads "RESOLUTION 174 (GUADALAJARA, 2010)" and "第130号决议（2014年，釜山，修订版）".
enum ConferenceLine {
    struct Parts: Equatable {
        var number: String
        var conference: String
        var year: Int
    }

    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let english = /^RESOLUTION\s+(\d+[A-Z]?)\s*\((.+?),\s*(\d{4})\)$/.ignoresCase()
    nonisolated(unsafe) private static let chinese = /^第\s*(\d+[A-Z]?)\s*号决议\s*[（(]\s*(\d{4})\s*年\s*[，,]\s*(.+?)[）)]$/

    static func parse(_ line: String) -> Parts? {
        if let match = line.wholeMatch(of: english), let year = Int(match.3) {
            return Parts(number: String(match.1), conference: readableCase(String(match.2)), year: year)
        }
        if let match = line.wholeMatch(of: chinese), let year = Int(match.2) {
            return Parts(number: String(match.1), conference: String(match.3), year: year)
        }
        return nil
    }

    /// "REV. ANTALYA" → "Rev. Antalya"; text already in mixed case is left as printed.
    private static func readableCase(_ text: String) -> String {
        guard text == text.uppercased(), text != text.lowercased() else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            .joined(separator: " ")
    }
}

extension ResolutionMetadata {
    /// Metadata read from the text itself: number, conference and year from the title line,
    /// the title from the lines after it, `revises` from the history line's previous entry.
    static func inferred(
        conferenceLine: String?, title: String, history: String?,
        isProposal: Bool, language: String
    ) throws -> ResolutionMetadata {
        guard let line = conferenceLine, let parts = ConferenceLine.parse(line) else {
            throw ConveneError.refused(
                "the text has no title line such as 'RESOLUTION 174 (Guadalajara, 2010)', "
                    + "so its id, number and conference must be given"
            )
        }
        let id = "R\(parts.number)-\(parts.year)"
        var revises: String?
        if let history {
            let years = HistoryLine.years(in: history)
            if years.count >= 2 { revises = "R\(parts.number)-\(years[years.count - 2])" }
        }
        return ResolutionMetadata(
            id: id, number: parts.number, title: title, conference: parts.conference,
            year: parts.year, language: language, kind: isProposal ? .proposal : .resolution,
            revises: revises
        )
    }

    /// `zh` when Han characters dominate the text, else `en`.
    static func detectLanguage(of text: String) -> String {
        var han = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic { han += 1 } else if scalar.isASCII, scalar.properties.isAlphabetic { latin += 1 }
        }
        return han * 2 > latin ? "zh" : "en"
    }
}
