import Foundation

/// Reads the title line that opens a resolution or decision, in the forms the Final Acts,
/// the Collection of Resolutions and the sector proceedings print:
/// "RESOLUTION 174 (Rev. Busan, 2014)", "WTSA RESOLUTION 52 (Rev. Dubai, 2012)",
/// "RESOLUTION 1306 (C15)" (Council), "RESOLUTION ITU-R 1-8" (RA), "DECISION 5 (Rev. Busan, 2014)",
/// "RÉSOLUTION 174 (Rév. Busan, 2014)", "RESOLUCIÓN 174 (Rev. Busan, 2014)",
/// "РЕЗОЛЮЦИЯ 174 (Пересм. Пусан, 2014 г.)", "القرار 174 (المراجَع في بوسان، 2014)",
/// "第130号决议（2014年，釜山，修订版）", "第5号决定（2014年，釜山）".
enum ConferenceLine {
    /// Which body adopted the text; it prefixes the document id of all but PP resolutions.
    enum Body: String, Equatable {
        case plenipotentiary = ""
        case wtsa = "WTSA-"
        case wtdc = "WTDC-"
        case radiocommunicationAssembly = "RA-"
        case council = "C-"
    }

    struct Parts: Equatable {
        var number: String
        var conference: String
        /// Nil when the line gives none (an RA resolution "RESOLUTION ITU-R 1-8").
        var year: Int?
        var body: Body
        var isDecision: Bool

        /// `R174-2014`, `WTSA-R52-2012`, `C-R1306-2015`, `D5-2014`.
        func documentId(year: Int) -> String {
            "\(body.rawValue)\(isDecision ? "D" : "R")\(number)-\(year)"
        }
    }

    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let latin =
        /^(?:(WTSA|WTDC|RA|PP|CMR|AMNT|CMDT|AMNT)(?:[-\s]?\d{2,4})?\s+)?(RESOLUTION|RÉSOLUTION|RESOLUCIÓN|РЕЗОЛЮЦИЯ|DECISION|DÉCISION|DECISIÓN|РЕШЕНИЕ)\s+(ITU-R\s+|UIT-R\s+|МСЭ-R\s+)?(\d+(?:-\d+)?[A-Z]?)\s*(?:\((.+?)\))?\s*\**$/.ignoresCase()
    nonisolated(unsafe) private static let arabic = /^(القرار|المقرر)\s+(\d+[A-Z]?)\s*(?:\((.+?)\))?$/
    nonisolated(unsafe) private static let chinese =
        /^第\s*(\d+[A-Z]?)\s*号(决议|决定)\s*[（(]\s*(\d{4})\s*年\s*[，,]\s*(.+?)[）)]$/
    nonisolated(unsafe) private static let councilSession = /^C\s?(\d{2})$/
    nonisolated(unsafe) private static let yearAtEnd = /^(.*?)[,،，]?\s*(\d{4})\s*(?:г\.?)?$/

    static func parse(_ line: String) -> Parts? {
        let text = line.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
        if let match = text.wholeMatch(of: latin) {
            let keyword = match.2.uppercased()
            let isDecision = keyword.hasPrefix("D") || keyword == "РЕШЕНИЕ"
            var body = Body.plenipotentiary
            switch match.1?.uppercased() {
            case "WTSA", "AMNT": body = .wtsa
            case "WTDC", "CMDT": body = .wtdc
            case "RA": body = .radiocommunicationAssembly
            default: if match.3 != nil { body = .radiocommunicationAssembly }
            }
            let (conference, year, isCouncil) = readParenthesis(match.5.map(String.init))
            if isCouncil { body = .council }
            return Parts(number: String(match.4).uppercased(), conference: conference, year: year,
                         body: body, isDecision: isDecision)
        }
        if let match = text.wholeMatch(of: arabic) {
            let (conference, year, _) = readParenthesis(match.3.map(String.init))
            return Parts(number: String(match.2), conference: conference, year: year,
                         body: .plenipotentiary, isDecision: match.1 == "المقرر")
        }
        if let match = text.wholeMatch(of: chinese), let year = Int(match.3) {
            return Parts(number: String(match.1), conference: String(match.4), year: year,
                         body: .plenipotentiary, isDecision: match.2 == "决定")
        }
        return nil
    }

    /// Whether a line in the body of a document is the next document's title line. Only the
    /// capitalised and CJK / Arabic forms count there: a clause may begin a line with
    /// "Resolution 130 (Rev. Busan, 2014)".
    static func startsNewDocument(_ line: String) -> Bool {
        guard parse(line) != nil else { return false }
        let letters = line.filter { $0.isLetter && $0.isCased }
        return letters.isEmpty || letters.prefix(8).allSatisfy(\.isUppercase)
    }

    /// "(Rev. Busan, 2014)" → ("Rev. Busan", 2014); "(C15)" → ("Council", 2015, council).
    private static func readParenthesis(_ text: String?) -> (String, Int?, Bool) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return ("", nil, false) }
        if let session = text.wholeMatch(of: councilSession), let year = Int(session.1) {
            return ("Council", 2000 + year, true)
        }
        if let match = text.wholeMatch(of: yearAtEnd), let year = Int(match.2) {
            return (readableCase(String(match.1).trimmingCharacters(in: .whitespaces)), year, false)
        }
        return (readableCase(text), nil, false)
    }

    /// "REV. ANTALYA" → "Rev. Antalya"; text already in mixed case is left as printed.
    private static func readableCase(_ text: String) -> String {
        guard text == text.uppercased(), text != text.lowercased() else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            .joined(separator: " ")
    }
}
