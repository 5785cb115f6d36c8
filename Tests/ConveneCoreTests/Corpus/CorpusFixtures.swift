import Foundation
@testable import ConveneCore

/// Paths and parsed documents shared by the corpus tests. The package root is found from
/// this file's path, so the tests read the real `Data/` directory.
enum CorpusFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Corpus
        .deletingLastPathComponent()  // ConveneCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let dataDirectory = packageRoot.appendingPathComponent("Data")
    static let fixturesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The seed texts as a user would paste them (copies of the project's source documents).
    enum Seed: String, CaseIterable {
        case res174Guadalajara = "res174-guadalajara-2010.txt"
        case res130Antalya = "res130-antalya-2006.txt"
        case res174RCCProposal = "res174-rcc-proposal-2022-zh.txt"
    }

    static func seedText(_ seed: Seed) throws -> String {
        try String(contentsOf: fixturesDirectory.appendingPathComponent(seed.rawValue), encoding: .utf8)
    }

    static func headingTable() throws -> HeadingTable {
        try HeadingTable.load(from: dataDirectory.appendingPathComponent("headings.tsv"))
    }

    static func parser() throws -> ResolutionParser {
        ResolutionParser(headingTable: try headingTable())
    }

    static let rccMetadata = ResolutionMetadata(
        id: "R174-2022-RCC", number: "174",
        title: "国际电联在防范非法使用信息通信技术风险的国际公共政策问题上的作用",
        conference: "布加勒斯特，RCC提案", year: 2022, language: "zh", kind: .proposal, revises: "R174-2014"
    )

    static func parsed(_ seed: Seed) throws -> ParsedResolution {
        let metadata = seed == .res174RCCProposal ? rccMetadata : nil
        return try parser().parse(text: seedText(seed), metadata: metadata)
    }

    /// "aware a b c · considering-further · …": heading slugs with their item numbers.
    static func outline(_ document: ResolutionDocument) -> String {
        document.headings.map { heading in
            let labels = document.clauses.filter { $0.headingSlug == heading.slug }.compactMap { clause -> String? in
                guard let number = clause.number else { return nil }
                return clause.subNumber.map { "\(number)/\($0)" } ?? number
            }
            return ([heading.slug] + labels).joined(separator: " ")
        }.joined(separator: " · ")
    }
}
