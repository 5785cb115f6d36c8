import Foundation

/// Collects what comes before the first heading: the title line ("RESOLUTION 174
/// (Guadalajara, 2010)"), the title, a proposal's summary and action required, and the
/// enacting formula ("The Plenipotentiary Conference … (Guadalajara, 2010),").
struct FrontMatterReader {
    private enum Section {
        case title
        case summary
        case actionRequired
        case enactingFormula
    }

    private static let summaryLabels: Set<String> = ["概要", "summary", "摘要", "resume", "resumen", "резюме"]
    private static let actionLabels: Set<String> = [
        "需采取的行动", "action required", "suite a donner", "decision requise", "medidas solicitadas", "medidas requeridas",
        "необходимые действия",
    ]
    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let englishEnacting =
        /^(?:The|La|Le|L['’]|El)\s*.*\b(?:Conference|Assembly|Council|Conférence|Assemblée|Conseil|Conferencia|Asamblea|Consejo)\b.*/
    nonisolated(unsafe) private static let otherEnacting =
        /^(?:Полномочная конференция|Всемирная|Ассамблея|Совет|إن مؤتمر|مؤتمر|إن الجمعية|الجمعية|إن المجلس|المجلس).*/
    nonisolated(unsafe) private static let chineseEnacting = /.*(大会|全会|理事会)\s*[（(].*[）)]\s*[，,]?/

    private var section = Section.title
    private(set) var conferenceLine: String?
    /// The years printed under a title line that gives none, as RA resolutions do:
    /// "RESOLUTION ITU-R 1-8" then "(1993-1995-2000-2003-2007-2012-2015-2019)".
    private(set) var datesLine: String?
    private var conferenceLineNumber: Int?
    private var titleLines: [String] = []
    /// Line numbers of `titleLines`, to name the lines left out before a title line.
    private var titleLineNumbers: [Int] = []
    /// Lines before the title line that are not a summary: conference headers, proposal
    /// numbers ("MOD EUR/44A7/1"), web page navigation.
    private(set) var warnings: [ParseWarning] = []
    private var enactingLines: [String] = []
    private var summaryParagraphs: [[String]] = []
    private var actionParagraphs: [[String]] = []
    private var startsNewParagraph = true

    /// True once the enacting formula has begun, after which unknown headings are looked for.
    var hasEnactingFormula: Bool { !enactingLines.isEmpty }

    mutating func take(_ line: SourceLine) {
        let text = line.text
        if text.isEmpty {
            startsNewParagraph = true
            return
        }
        let label = HeadingTable.normalize(text)
        if Self.summaryLabels.contains(label) {
            section = .summary
            startsNewParagraph = true
            return
        }
        if Self.actionLabels.contains(label) {
            section = .actionRequired
            startsNewParagraph = true
            return
        }
        // The title line may come twice (a page title, then the document's own): the second
        // starts the title again.
        if let parts = ConferenceLine.parse(text),
           conferenceLine.flatMap(ConferenceLine.parse).map({ $0.number == parts.number }) ?? true {
            let leftOut = (conferenceLineNumber.map { [$0] } ?? []) + titleLineNumbers
            if let first = leftOut.first, let last = leftOut.last {
                let range = last > first ? "lines \(first)-\(last)" : "line \(first)"
                warnings.append(ParseWarning(
                    line: first,
                    message: "left out \(range) before the title line, starting '\(conferenceLine ?? titleLines[0])'",
                    kind: .unattached))
            }
            titleLines = []
            titleLineNumbers = []
            conferenceLine = text
            conferenceLineNumber = line.number
            section = .title
            return
        }
        if section == .title, conferenceLine != nil, datesLine == nil, HistoryLine.matches(text) {
            datesLine = text
            return
        }
        if section != .enactingFormula, text.wholeMatch(of: Self.englishEnacting) != nil
            || text.wholeMatch(of: Self.otherEnacting) != nil || text.wholeMatch(of: Self.chineseEnacting) != nil {
            section = .enactingFormula
        }
        switch section {
        case .title:
            titleLines.append(text)
            titleLineNumbers.append(line.number)
        case .enactingFormula: enactingLines.append(text)
        case .summary:
            startsNewParagraph = Self.append(text, to: &summaryParagraphs, startingParagraph: startsNewParagraph)
        case .actionRequired:
            startsNewParagraph = Self.append(text, to: &actionParagraphs, startingParagraph: startsNewParagraph)
        }
    }

    /// Summary lines start a paragraph after a blank line or a Chinese full stop; returns
    /// whether the next line starts one.
    private static func append(_ text: String, to paragraphs: inout [[String]], startingParagraph: Bool) -> Bool {
        if startingParagraph || paragraphs.isEmpty {
            paragraphs.append([text])
        } else {
            paragraphs[paragraphs.count - 1].append(text)
        }
        return text.hasSuffix("。") || text.hasSuffix("！") || text.hasSuffix("？")
    }

    var title: String { ParagraphText.clean(titleLines).text }
    var enactingFormula: String? { Self.nonEmpty(ParagraphText.clean(enactingLines).text) }
    var summary: String? { Self.paragraphs(summaryParagraphs) }
    var actionRequired: String? { Self.paragraphs(actionParagraphs) }

    private static func paragraphs(_ paragraphs: [[String]]) -> String? {
        nonEmpty(paragraphs.map { ParagraphText.clean($0).text }.filter { !$0.isEmpty }.joined(separator: "\n\n"))
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
