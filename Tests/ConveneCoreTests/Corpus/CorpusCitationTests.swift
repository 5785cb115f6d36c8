import Foundation
import Testing
@testable import ConveneCore

/// Clause keys and the citations people read.
@Suite("Clause keys and citations")
struct CorpusCitationTests {
    private func clause(_ seed: CorpusFixtures.Seed, _ key: String) throws -> (Clause, ResolutionDocument) {
        let document = try CorpusFixtures.parsed(seed).document
        return (try #require(document.clause(key: key)), document)
    }

    @Test("recalling g) of Res. 174 is cited as the Collection prints it")
    func lettered() throws {
        let (clause, document) = try clause(.res174Guadalajara, "R174-2010/recalling/g")
        #expect(ResolutionCitation.markdown(clause, in: document) == "Res. 174 (Guadalajara, 2010), *recalling* g)")
        #expect(ResolutionCitation.plain(clause, in: document) == "Res. 174 (Guadalajara, 2010), recalling g)")
    }

    @Test("a sub-item of Res. 130 is cited with the heading as printed and Rev.")
    func subItem() throws {
        let (clause, document) = try clause(.res130Antalya, "R130-2006/instructs-tsb-director/1/i")
        #expect(ResolutionCitation.markdown(clause, in: document)
            == "Res. 130 (Rev. Antalya, 2006), *instructs the Director of the Telecommunication Standardization Bureau* 1 i)")
    }

    @Test("a heading's single paragraph is cited by the heading alone")
    func unnumbered() throws {
        let (clause, document) = try clause(.res174Guadalajara, "R174-2010/requests-sg")
        #expect(ResolutionCitation.markdown(clause, in: document) == "Res. 174 (Guadalajara, 2010), *requests the Secretary-General*")
        #expect(ResolutionCitation.itemLabel(clause) == "")
    }

    @Test("a Chinese clause is cited the Chinese way with the heading as printed")
    func chinese() throws {
        let (clause, document) = try clause(.res174RCCProposal, "R174-2022-RCC/recalling/f")
        #expect(ResolutionCitation.markdown(clause, in: document) == "第174号决议（2022年，布加勒斯特，RCC提案），*忆及* f)")
        #expect(ResolutionCitation.plain(clause, in: document) == "第174号决议（2022年，布加勒斯特，RCC提案），忆及 f)")
        let (numbered, _) = try self.clause(.res174RCCProposal, "R174-2022-RCC/invites-ms-and-stakeholders/2")
        #expect(ResolutionCitation.plain(numbered, in: document) == "第174号决议（2022年，布加勒斯特，RCC提案），请成员国和相关ICT利益攸关方 2")
    }

    @Test("Markdown citations escape characters that would break a table")
    func escaping() throws {
        var (clause, document) = try clause(.res174Guadalajara, "R174-2010/invites-sg")
        clause.headingText = "invites *all* | others_"
        #expect(ResolutionCitation.markdown(clause, in: document)
            == "Res. 174 (Guadalajara, 2010), *invites \\*all\\* \\| others\\_*")
        document.metadata.conference = "Rev. [Busan]"
        #expect(ResolutionCitation.document(document) == "Res. 174 (Rev. [Busan], 2010)")
    }

    @Test("a key reads back into its parts")
    func keyParsing() throws {
        let key = try ClauseKey(parsing: "R130-2006/instructs-tsb-director/1/i")
        #expect(key == ClauseKey(documentId: "R130-2006", headingSlug: "instructs-tsb-director", number: "1", subNumber: "i"))
        #expect(key.relativeKey == "instructs-tsb-director/1/i")
        #expect(key.description == "R130-2006/instructs-tsb-director/1/i")
        #expect(try ClauseKey(parsing: "R174-2010/requests-sg").number == nil)
    }

    @Test("a malformed key is refused with a sentence")
    func badKey() {
        for text in ["R174-2010", "R174-2010//g", "a/b/c/d/e", "R174 2010/recalling"] {
            #expect(throws: ConveneError.invalid(
                field: .clauseKey, value: text,
                reason: "expected DOC/HEADING[/N[/SUB]] such as R174-2010/recalling/g, not"
            )) { try ClauseKey(parsing: text) }
        }
    }

    @Test("every clause's key agrees with its parts and is lower case after the document")
    func keysMatchParts() throws {
        for seed in CorpusFixtures.Seed.allCases {
            for clause in try CorpusFixtures.parsed(seed).document.clauses {
                #expect(clause.clauseKey.description == clause.key)
                #expect(clause.key == "\(clause.documentId)/\(clause.relativeKey)")
                #expect(clause.relativeKey == clause.relativeKey.lowercased())
            }
        }
    }
}
