import Foundation
import Testing
@testable import ConveneCore

/// The failures of issue 14, each as a minimal text in the layouts users copy (PDF text,
/// web page, bullets, flat), in English, Chinese, French and Spanish: Fixtures/layouts.
@Suite("Resolution texts as users find them")
struct CorpusLayoutTests {
    static let metadata = ResolutionMetadata(
        id: "R1-2000", number: "1", title: "Test", conference: "Somewhere", year: 2000, language: "en", kind: .resolution
    )

    static func text(_ name: String) throws -> String {
        try String(contentsOf: CorpusFixtures.fixturesDirectory.appendingPathComponent("layouts/\(name).txt"), encoding: .utf8)
    }

    static func parse(_ name: String) throws -> ParsedResolution {
        try CorpusFixtures.parser().parse(text: text(name), metadata: metadata)
    }

    static func parseAll(_ name: String) throws -> [ParsedResolution] {
        try CorpusFixtures.parser().parseAll(text: text(name))
    }

    @Test("items after '; and' or without punctuation are items of their own",
          arguments: ["items-and-en", "items-and-zh", "items-and-fr", "items-and-es"])
    func itemsBySequence(name: String) throws {
        let parsed = try Self.parse(name)
        #expect(CorpusFixtures.outline(parsed.document) == "instructs-sg 1 2 · invites-ms i ii")
        #expect(parsed.document.clauses.count == 4)
        #expect(parsed.warnings.isEmpty)
        #expect(!parsed.document.clauses.contains { $0.text.contains("2") && $0.number == "1" })
    }

    @Test("headings the table lacks are found by shape, whatever follows them")
    func unknownHeadingsEnglish() throws {
        let parsed = try Self.parse("unknown-heading-en")
        #expect(parsed.document.headings.map(\.slug) == [
            "resolves", "instructs-study-group-17", "resolves-further", "bearing-in-mind", "encourages-ms",
            "instructs-the-director-of-the-telecommunication-development-bureau",
        ])
        #expect(parsed.document.clause(key: "R1-2000/resolves")?.text == "to give high priority to this work,")
        #expect(parsed.document.clause(key: "R1-2000/instructs-study-group-17")?.text == "to accelerate its work,")
        #expect(parsed.document.headings.last?.text
            == "instructs the Director of the Telecommunication Development Bureau, in collaboration with the Director of the Telecommunication Standardization Bureau")
        #expect(parsed.document.headings.last?.part == .operative)
        #expect(parsed.warnings.filter { $0.kind == .unknownHeading }.map(\.line) == [4, 16])
    }

    @Test("Chinese headings 经审议, 承认 and 进一步做出决议 are known; an unknown one gets an ASCII slug")
    func unknownHeadingsChinese() throws {
        let parsed = try Self.parse("unknown-heading-zh")
        #expect(parsed.document.headings.map(\.slug) == ["resolves", "having-considered", "acknowledging", "resolves-further", "zhong-shi"])
        #expect(parsed.document.headings.allSatisfy { $0.slug.allSatisfy { $0.isASCII } })
        #expect(parsed.warnings.map(\.description) == [
            "line 13: heading '重视' is not in the heading table, so its clauses are keyed 'zhong-shi'; "
                + "to key it as you choose, add the line 'zhong-shi<TAB>en<TAB>重视' to headings.tsv",
        ])
    }

    @Test("French and Spanish headings are known or found by shape",
          arguments: [("unknown-heading-fr", "charge-la-commission-d-etudes-17"), ("unknown-heading-es", "encarga-a-la-comision-de-estudio-17")])
    func unknownHeadingsLatin(name: String, slug: String) throws {
        let parsed = try Self.parse(name)
        #expect(parsed.document.headings.map(\.slug) == ["resolves", slug, "resolves-further"])
        #expect(parsed.document.clauses.count == 3)
        #expect(parsed.warnings.map(\.kind) == [.unknownHeading])
    }

    @Test("a heading on the first line is a heading, not front matter")
    func headingFirst() throws {
        let parsed = try Self.parse("heading-first-en")
        #expect(CorpusFixtures.outline(parsed.document) == "decides · recalling a b")
        #expect(parsed.document.clause(key: "R1-2000/decides")?.text == "to act at once,")
    }

    @Test("page headers and numbers are left out in any order and split, with a warning each",
          arguments: ["furniture-en", "furniture-blank-lines-en", "furniture-zh", "furniture-fr", "furniture-es"])
    func furniture(name: String) throws {
        let parsed = try Self.parse(name)
        let clauses = parsed.document.clauses
        #expect(clauses.map(\.number) == ["a", "b"] || clauses.map(\.number) == ["a", "b", "c"])
        #expect(!clauses.contains { $0.text.contains("380") || $0.text.contains("381") || $0.text.contains("174") })
        #expect(clauses.first.map { ";；".contains($0.text.last ?? " ") } == true)
        #expect(!parsed.warnings.isEmpty)
        #expect(parsed.warnings.allSatisfy { $0.kind == .furniture })
    }

    @Test("the joined clause reads as one sentence across the page break")
    func furnitureJoins() throws {
        let parsed = try Self.parse("furniture-en")
        #expect(parsed.document.clauses.first?.text == "Resolution 57/239, on the creation of a global culture of cybersecurity;")
        #expect(parsed.warnings.map(\.line) == [3, 4, 7, 8])
        let chinese = try Self.parse("furniture-zh")
        #expect(chinese.document.clauses.first?.text == "联合国大会关于创建全球网络安全文化的第57/239号决议；")
    }

    @Test("document edges: lines before the title, footnote block, history line and ANNEX stay out of the clauses")
    func edges() throws {
        let parsed = try #require(try Self.parseAll("edges-en").first)
        let document = parsed.document
        #expect(document.id == "R174-2014")
        #expect(document.metadata.title == "ITU's role with regard to the illicit use of ICTs")
        #expect(document.metadata.revises == "R174-2010")
        #expect(document.history == "(Guadalajara, 2010) – (Rev. Busan, 2014)")
        #expect(CorpusFixtures.outline(document) == "recognizing a b · invites-ms")
        #expect(document.clause(key: "R174-2014/recognizing/a")?.text == "that developing countries need help;")
        #expect(document.clause(key: "R174-2014/recognizing/a")?.footnotes == ["These include least developed countries."])
        #expect(document.clause(key: "R174-2014/recognizing/b")?.text == "that all matter,")
        #expect(document.clause(key: "R174-2014/invites-ms")?.text == "to support this resolution.")
        #expect(parsed.warnings.map(\.kind) == [.unattached, .unattached])
        #expect(parsed.warnings.map(\.line) == [1, 20])
    }

    @Test("a web page copy: navigation, a repeated title, bullets and closing lines stay out of the clauses")
    func webPage() throws {
        let all = try Self.parseAll("web-page-en")
        #expect(all.map(\.document.id) == ["R174-2014"])
        let parsed = try #require(all.first)
        #expect(CorpusFixtures.outline(parsed.document) == "aware a b · invites-ms")
        #expect(parsed.document.metadata.title == "ITU's role with regard to the illicit use of ICTs")
        #expect(parsed.document.clause(key: "R174-2014/invites-ms")?.text == "to support this resolution.")
        #expect(parsed.warnings.map(\.line) == [1, 4, 19])
        #expect(parsed.warnings.allSatisfy { $0.kind == .unattached })
    }

    @Test("several documents in one file are each read, ids from their title lines",
          arguments: [("two-documents-en", ["R130-2014", "R174-2014"]), ("two-documents-zh", ["R130-2014", "R174-2014"])])
    func twoDocuments(name: String, ids: [String]) throws {
        let parsed = try Self.parseAll(name)
        #expect(parsed.map(\.document.id) == ids)
        #expect(parsed.map { CorpusFixtures.outline($0.document) } == [
            "considering a b · resolves", "aware a b · instructs-sg 1 2",
        ])
        #expect(parsed.allSatisfy { $0.warnings.isEmpty })
        #expect(throws: ConveneError.self) { try CorpusFixtures.parser().parse(text: try Self.text(name)) }
    }

    @Test("bullets and dashes before headings and items are read past",
          arguments: [("bullets-fr", "aware a b · instructs-sg"), ("bullets-es", "aware a b · instructs-sg"),
                      ("wtsa-bullets-en", "recognizing a b · resolves")])
    func bullets(name: String, outline: String) throws {
        let parsed = try #require(try Self.parseAll(name).first)
        #expect(CorpusFixtures.outline(parsed.document) == outline)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.document.clauses.allSatisfy { !$0.text.hasPrefix("–") && !$0.text.hasPrefix("-") })
    }

    @Test("title lines of WTSA, Council resolutions and decisions give ids")
    func titleForms() throws {
        #expect(try Self.parseAll("wtsa-bullets-en").map(\.document.id) == ["WTSA-R52-2012"])
        #expect(try Self.parseAll("council-en").map(\.document.id) == ["C-R1306-2015"])
        #expect(try Self.parseAll("decision-en").map(\.document.id) == ["D5-2014"])
        let assembly = try #require(try Self.parseAll("ra-en").first)
        #expect(assembly.document.id == "RA-R1-8-2019")
        #expect(assembly.document.metadata.title == "Working methods of the Radiocommunication Assembly")
        #expect(CorpusFixtures.outline(assembly.document) == "considering a b · resolves 1 2")
        #expect(assembly.warnings.map(\.kind) == [.unattached])
        #expect(try Self.parseAll("bullets-fr").first?.document.metadata.language == "fr")
        #expect(try Self.parseAll("bullets-es").first?.document.metadata.language == "es")
        #expect(try Self.parseAll("bullets-fr").first?.document.metadata.conference == "Rév. Busan")
    }

    @Test("a text copied flat on one line is split on its headings and markers")
    func flat() throws {
        let parsed = try #require(try Self.parseAll("flat-en").first)
        #expect(parsed.document.id == "R174-2014")
        #expect(CorpusFixtures.outline(parsed.document) == "aware a b · resolves-to-instruct-sg i ii · instructs-sg 1 2")
        #expect(parsed.document.clause(key: "R174-2014/instructs-sg/1")?.text == "to report to the Council; and")
        #expect(parsed.document.history == "(Guadalajara, 2010) – (Rev. Busan, 2014)")
        #expect(parsed.warnings.isEmpty)
        let french = try #require(try Self.parseAll("flat-fr").first)
        #expect(CorpusFixtures.outline(french.document) == "aware a b · instructs-sg")
        let chinese = try #require(try Self.parseAll("flat-zh").first)
        #expect(chinese.document.id == "R174-2014")
        #expect(CorpusFixtures.outline(chinese.document) == "aware a b · instructs-sg 1 2")
        #expect(chinese.document.clause(key: "R174-2014/instructs-sg/1")?.text == "就落实本决议取得的进展向理事会做出报告；和")
        #expect(chinese.warnings.isEmpty)
    }

    @Test("Arabic and Russian texts: title lines, abjad and look-alike markers keyed in Latin, ASCII slugs")
    func arabicAndRussian() throws {
        let arabic = try #require(try Self.parseAll("arabic-ar").first)
        #expect(arabic.document.id == "R174-2014")
        #expect(arabic.document.metadata.language == "ar")
        #expect(arabic.document.clauses.map(\.relativeKey) == ["adh-ydrk/a", "adh-ydrk/b", "yklf-alamyn-al-am/1", "yklf-alamyn-al-am/2"])
        #expect(arabic.document.clauses.first?.text == "أن الابتكار التكنولوجي غيّر طرق النفاذ؛")
        #expect(arabic.document.headings.map(\.part) == [.preambular, .operative])
        #expect(arabic.warnings.map(\.kind) == [.unknownHeading, .unknownHeading])
        let russian = try #require(try Self.parseAll("russian-ru").first)
        #expect(russian.document.id == "R174-2014")
        #expect(russian.document.metadata.language == "ru")
        #expect(russian.document.metadata.conference == "Пересм. Пусан")
        #expect(CorpusFixtures.outline(russian.document) == "considering a b c · porucaet-general-nomu-sekretaru 1 2")
        #expect(russian.document.headings.last?.part == .operative)
    }

    @Test("a year range broken after its dash joins; flattened revision marks are warned at their line")
    func yearsAndDebris() throws {
        let parsed = try Self.parse("years-and-debris-en")
        #expect(parsed.document.clauses.first?.text == "the plan for 2016-2019;")
        #expect(parsed.warnings.map(\.kind) == [.revisionDebris])
        #expect(parsed.warnings.first?.line == 4)
        #expect(parsed.warnings.first?.message.contains("2018Bucharest") == true)
    }

    @Test("a text without a heading is refused naming the lines closest to one")
    func nearMisses() {
        #expect(throws: ConveneError.refused(
            "no resolution heading (such as 'considering', 'recalling' or 'resolves', or 考虑到, 忆及) was found, so the "
                + "text cannot be split into clauses; the nearest lines were line 1 'Considerations' (a heading stands alone "
                + "on its line, starts in lower case and ends without punctuation)"
        )) { try CorpusFixtures.parser().parse(text: "Considerations\nthat the text is odd.\n", metadata: Self.metadata) }
    }

    @Test("an out-of-sequence item is warned with its line and text")
    func outOfSequence() throws {
        let parsed = try CorpusFixtures.parser().parse(text: "noting\na) one;\nc) three,\n", metadata: Self.metadata)
        #expect(parsed.warnings.map(\.description) == [
            "line 3: item c) under 'noting' is out of sequence after a); check that no item is missing or merged: 'c) three,'",
        ])
    }

    @Test("a clause holding a page header, a glued heading or a mid-text marker is flagged")
    func suspicious() {
        #expect(ClauseSuspicion.fragment(in: "a global culture of 380 Res. 174 cybersecurity;") != nil)
        #expect(ClauseSuspicion.fragment(in: "to give priority to this work, instructs Study Group 17 to act,") != nil)
        #expect(ClauseSuspicion.fragment(in: "to raise awareness; and 2 to report to the Council,") != nil)
        #expect(ClauseSuspicion.fragment(in: "a contribution to the PP; www.itu.int/plenipotentiary/") != nil)
        #expect(ClauseSuspicion.fragment(in: "Resolution 130 (Rev. Busan, 2014) of the Plenipotentiary Conference;") == nil)
        #expect(ClauseSuspicion.fragment(in: "to report to the Council and to the next conference,") == nil)
    }
}
