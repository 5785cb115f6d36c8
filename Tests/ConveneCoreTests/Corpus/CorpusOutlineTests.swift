import Foundation
import Testing
@testable import ConveneCore

/// The outlines of the shipped documents, pinned: heading slugs in order with their items.
@Suite("Resolution outlines")
struct CorpusOutlineTests {
    @Test("Res. 174 (Guadalajara, 2010) has its thirteen headings and their items")
    func res174() throws {
        let parsed = try CorpusFixtures.parsed(.res174Guadalajara)
        #expect(CorpusFixtures.outline(parsed.document) == [
            "aware a b c", "reaffirming a b c d", "considering a b", "considering-further",
            "recalling a b c d e f g", "recognizing-further a b", "noting a b",
            "resolves-to-instruct-sg i ii", "requests-sg", "invites-ms-and-stakeholders",
            "invites-sg", "instructs-sg", "invites-ms",
        ].joined(separator: " · "))
        #expect(parsed.warnings.isEmpty)
    }

    @Test("Res. 130 (Rev. Antalya, 2006) has numbered operative parts with roman sub-items")
    func res130() throws {
        let parsed = try CorpusFixtures.parsed(.res130Antalya)
        #expect(CorpusFixtures.outline(parsed.document) == [
            "considering a b c", "recognizing a b c d", "aware a b", "noting a b c", "resolves",
            "instructs-sg-and-directors 1 1/i 1/ii 2 3 4", "instructs-tsb-director 1 1/i 1/ii 2",
            "instructs-bdt-director 1 2 3 4 5 6", "requests-council", "invites-ms-sm-associates 1 2 3 4",
        ].joined(separator: " · "))
        #expect(parsed.warnings.map(\.kind) == [.furniture])
    }

    @Test("the RCC proposal (zh) has the added items and the invites-the-Council part")
    func rccProposal() throws {
        let parsed = try CorpusFixtures.parsed(.res174RCCProposal)
        #expect(CorpusFixtures.outline(parsed.document) == [
            "aware a b c", "reaffirming a b c d e f", "considering a b", "considering-further",
            "recalling a b c d e f", "recognizing a b c", "noting a b", "resolves-to-instruct-sg i ii iii iv",
            "requests-sg", "invites-council", "invites-ms-and-stakeholders 1 2", "invites-sg",
            "instructs-sg", "invites-ms",
        ].joined(separator: " · "))
        #expect(parsed.warnings.isEmpty)
    }

    @Test("recalling has items a to g")
    func recallingItems() throws {
        let document = try CorpusFixtures.parsed(.res174Guadalajara).document
        let keys = document.clauses.filter { $0.headingSlug == "recalling" }.map(\.key)
        #expect(keys == ["a", "b", "c", "d", "e", "f", "g"].map { "R174-2010/recalling/\($0)" })
    }

    @Test("keys have the documented shapes")
    func keyShapes() throws {
        let res174 = try CorpusFixtures.parsed(.res174Guadalajara).document
        let res130 = try CorpusFixtures.parsed(.res130Antalya).document
        for key in ["R174-2010/recalling/g", "R174-2010/resolves-to-instruct-sg/ii", "R174-2010/requests-sg"] {
            #expect(res174.clause(key: key) != nil, "missing \(key)")
        }
        #expect(res130.clause(key: "R130-2006/instructs-tsb-director/1/i") != nil)
    }

    @Test("an item with sub-items is a clause holding its lead-in")
    func parentItemIsCitable() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let parent = try #require(document.clause(key: "R130-2006/instructs-sg-and-directors/1"))
        #expect(parent.text == "to review:")
        let sub = try #require(document.clause(key: "R130-2006/instructs-sg-and-directors/1/ii"))
        #expect(sub.number == "1")
        #expect(sub.subNumber == "ii")
        #expect(sub.text.hasPrefix("the progress achieved"))
    }

    @Test("a heading's lead-in before its items is kept as its intro, not as a clause")
    func headingIntro() throws {
        let document = try CorpusFixtures.parsed(.res174Guadalajara).document
        let heading = try #require(document.headings.first { $0.slug == "resolves-to-instruct-sg" })
        #expect(heading.introText == "to take the necessary measures in order to:")
        #expect(document.clause(key: "R174-2010/resolves-to-instruct-sg") == nil)
        let zh = try CorpusFixtures.parsed(.res174RCCProposal).document
        #expect(zh.headings.first { $0.slug == "resolves-to-instruct-sg" }?.introText == "采取必要措施，以便：")
    }

    @Test("preambular and operative headings are told apart")
    func parts() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let operative = document.headings.filter { $0.part == .operative }.map(\.slug)
        #expect(operative == [
            "resolves", "instructs-sg-and-directors", "instructs-tsb-director",
            "instructs-bdt-director", "requests-council", "invites-ms-sm-associates",
        ])
        #expect(document.clauses.filter { $0.part == .operative }.count == 22)
    }

    @Test("positions follow document order")
    func positions() throws {
        let document = try CorpusFixtures.parsed(.res174RCCProposal).document
        #expect(document.clauses.map(\.position) == Array(0..<document.clauses.count))
        #expect(document.headings.map(\.position) == Array(0..<document.headings.count))
    }
}
