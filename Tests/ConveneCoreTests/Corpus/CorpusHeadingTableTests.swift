import Foundation
import Testing
@testable import ConveneCore

/// Data/headings.tsv and how headings are matched against it.
@Suite("Heading table")
struct CorpusHeadingTableTests {
    static let requiredSlugs = [
        "aware", "reaffirming", "considering", "considering-further", "recalling", "recognizing",
        "recognizing-further", "noting", "resolves", "resolves-to-instruct-sg", "requests-sg",
        "instructs-sg", "instructs-sg-and-directors", "instructs-tsb-director", "instructs-bdt-director",
        "requests-council", "invites-council", "invites-ms", "invites-ms-and-stakeholders",
        "invites-ms-sm-associates", "invites-sg",
    ]

    @Test("every required slug has an English and a Chinese heading")
    func requiredSlugs() throws {
        let table = try CorpusFixtures.headingTable()
        for slug in Self.requiredSlugs {
            let languages = Set(table.entries.filter { $0.slug == slug }.map(\.language))
            #expect(languages.isSuperset(of: ["en", "zh"]), "\(slug)")
        }
    }

    @Test("every slug of the table has English, French, Spanish and Chinese headings, and every slug is lower-case ASCII")
    func everySlugInFourLanguages() throws {
        let table = try CorpusFixtures.headingTable()
        #expect(table.slugs.count >= 35)
        for slug in table.slugs {
            let languages = Set(table.entries.filter { $0.slug == slug }.map(\.language))
            #expect(languages.isSuperset(of: ["en", "fr", "es", "zh"]), "\(slug)")
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(slug)")
        }
        #expect(table.slug(forHeading: "considérant") == "considering")
        #expect(table.slug(forHeading: "encarga al Secretario General") == "instructs-sg")
        #expect(table.slug(forHeading: "учитывая,") == "considering")
        #expect(table.slug(forHeading: "经审议") == "having-considered")
        #expect(table.slug(forHeading: "进一步做出决议") == "resolves-further")
    }

    @Test("English and Chinese headings map to one slug")
    func languageNeutral() throws {
        let table = try CorpusFixtures.headingTable()
        #expect(table.slug(forHeading: "recalling") == "recalling")
        #expect(table.slug(forHeading: "忆及") == "recalling")
        #expect(table.slug(forHeading: "做出决议，责成秘书长") == "resolves-to-instruct-sg")
        #expect(table.slug(forHeading: "resolves to instruct the Secretary-General") == "resolves-to-instruct-sg")
        #expect(table.slug(forHeading: "请理事会") == "invites-council")
    }

    @Test("matching tolerates case, colon, emphasis and spacing")
    func tolerance() throws {
        let table = try CorpusFixtures.headingTable()
        #expect(table.slug(forHeading: "*Considering further*:") == "considering-further")
        #expect(table.slug(forHeading: "  instructs  the Secretary-General \t") == "instructs-sg")
        #expect(table.slug(forHeading: "INVITES MEMBER STATES") == "invites-ms")
        #expect(table.slug(forHeading: "忆及：") == "recalling")
        #expect(table.slug(forHeading: "considering that") == nil)
    }

    @Test("a heading the table lacks is a warning with its line and a slug from its words")
    func unknownHeading() throws {
        let text = "considering\n\na) one;\n\nb) two,\n\nemphasizing further\n\nthat it matters,\n\nresolves\n\nto act.\n"
        let parsed = try CorpusFixtures.parser().parse(text: text, metadata: Self.metadata)
        #expect(parsed.document.headings.map(\.slug) == ["considering", "emphasizing-further", "resolves"])
        #expect(parsed.document.clause(key: "R1-2000/emphasizing-further")?.text == "that it matters,")
        #expect(parsed.warnings == [ParseWarning(
            line: 7,
            message: "heading 'emphasizing further' is not in the heading table, so its clauses are keyed "
                + "'emphasizing-further'; to key it as you choose, add the line "
                + "'emphasizing-further<TAB>en<TAB>emphasizing further' to headings.tsv",
            kind: .unknownHeading
        )])
        #expect(parsed.document.headings[1].isInHeadingTable == false)
        #expect(parsed.document.headings[1].part == .preambular)
    }

    @Test("a wrapped line that starts like a heading stays in its paragraph")
    func wrappedLineIsNotAHeading() throws {
        let text = "invites Member States\n\n1 to develop the necessary legislation,\nnoting in particular regional initiatives including the\nConvention on Cybercrime;\n"
        let parsed = try CorpusFixtures.parser().parse(text: text, metadata: Self.metadata)
        #expect(parsed.document.headings.map(\.slug) == ["invites-ms"])
        #expect(parsed.document.clauses.first?.text.hasSuffix("including the Convention on Cybercrime;") == true)
        #expect(parsed.warnings.isEmpty)
    }

    @Test("an unknown Chinese heading is found too, its slug transliterated to lower-case ASCII")
    func unknownChineseHeading() throws {
        let text = "考虑到\na)\t第一；\n重视\n这一点，\n责成秘书长\n报告。\n"
        let parsed = try CorpusFixtures.parser().parse(text: text, metadata: Self.metadata)
        #expect(parsed.document.headings.map(\.slug) == ["considering", "zhong-shi", "instructs-sg"])
        #expect(parsed.warnings.map(\.line) == [3])
    }

    @Test("a table row without three columns is refused")
    func badTable() {
        #expect(throws: ConveneError.self) { try HeadingTable.parse(tsv: "aware\ten\n") }
        #expect(throws: ConveneError.self) { try HeadingTable.parse(tsv: "Not A Slug\ten\taware\n") }
        #expect(throws: ConveneError.self) { try HeadingTable.parse(tsv: "# only a comment\n") }
    }

    @Test("adding a French row needs no code")
    func extendable() throws {
        let table = try HeadingTable.parse(tsv: "recalling\ten\trecalling\nrecalling\tfr\trappelant\n")
        #expect(table.slug(forHeading: "*rappelant*") == "recalling")
        #expect(table.slugs == ["recalling"])
    }

    static let metadata = ResolutionMetadata(
        id: "R1-2000", number: "1", title: "Test", conference: "Somewhere", year: 2000, language: "en", kind: .resolution
    )
}
