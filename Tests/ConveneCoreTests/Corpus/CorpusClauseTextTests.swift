import Foundation
import Testing
@testable import ConveneCore

/// Clause texts come out whole: joined lines, mended words, no PDF debris.
@Suite("Clause texts")
struct CorpusClauseTextTests {
    @Test("words hyphenated across lines become one word")
    func hyphenation() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let all = document.clauses.map(\.text).joined(separator: "\n")
        #expect(all.contains("developing recommendations, as appropriate"))
        #expect(all.contains("communication infrastructures and their applications"))
        #expect(!all.contains("recom- mendations"))
        #expect(!all.contains("recom-mendations"))
        #expect(!all.contains("infrastruc-"))
    }

    @Test("real hyphenated words keep their hyphen")
    func compounds() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let all = document.clauses.map(\.text).joined(separator: "\n")
        #expect(all.contains("programme 3 on e-strategies"))
        #expect(all.contains("non-discriminatory"))
        #expect(all.contains("ITU-T Study Group 2"))
        #expect(ParagraphText.join(["to the Secretary-", "General of the Union"]) == "to the Secretary-General of the Union")
    }

    @Test("page headers appear nowhere")
    func pageHeaders() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        for clause in document.clauses { #expect(!clause.text.contains("434"), "\(clause.key)") }
        for heading in document.headings { #expect(heading.introText?.contains("Res. 130") != true) }
        let last = try #require(document.clause(key: "R130-2006/instructs-tsb-director/1/ii"))
        #expect(last.text.hasSuffix("promote international cooperation among appropriate entities;"))
    }

    @Test("a paragraph continues after a blank line")
    func continuation() throws {
        let document = try CorpusFixtures.parsed(.res174Guadalajara).document
        let clause = try #require(document.clause(key: "R174-2010/considering/b"))
        #expect(clause.text.hasPrefix("that Action Line C5 (Building confidence"))
        #expect(clause.text.contains("promoting effective mutual assistance efforts; strengthening institutional support"))
        #expect(clause.text.hasSuffix("and encouraging education and raising awareness\","))
    }

    @Test("emphasis markers are dropped and their words kept")
    func emphasis() throws {
        let document = try CorpusFixtures.parsed(.res174Guadalajara).document
        for clause in document.clauses { #expect(!clause.text.contains("*"), "\(clause.key)") }
        let clause = try #require(document.clause(key: "R174-2010/aware/c"))
        #expect(clause.text.contains("reads as follows: \"Any transmission, emission"))
    }

    @Test("the Chinese footnote is kept on recognizing c), not inline")
    func footnote() throws {
        let document = try CorpusFixtures.parsed(.res174RCCProposal).document
        let clause = try #require(document.clause(key: "R174-2022-RCC/recognizing/c"))
        #expect(clause.text == "在全球层面就相关安全措施和实践开展信息共享对发展中国家减少ICT非法使用的影响具有特殊价值，")
        #expect(clause.footnotes == ["这些国家包括最不发达国家、小岛屿发展中国家、内陆发展中国家和经济转型国家。"])
        let others = document.clauses.filter { $0.key != clause.key }
        #expect(others.allSatisfy { $0.footnotes.isEmpty })
        #expect(!document.clauses.contains { $0.text.contains("footnote") || $0.text.contains("[") })
    }

    @Test("the Chinese proposal's summary and action required are not clauses")
    func proposalSections() throws {
        let document = try CorpusFixtures.parsed(.res174RCCProposal).document
        let summary = try #require(document.summary)
        #expect(summary.hasPrefix("联合国大会关于打击非法滥用信息技术（ICT）的第56/121号决议"))
        #expect(summary.components(separatedBy: "\n\n").count == 3)
        #expect(document.actionRequired?.hasPrefix("请全权代表大会审议这一提案") == true)
        #expect(document.enactingFormula == "国际电信联盟全权代表大会（2014年，釜山2022年，布加勒斯特），")
        #expect(!document.clauses.contains { $0.text.contains("概要") || $0.text.contains("需采取的行动") })
    }

    @Test("front matter and history line of Res. 130 are read")
    func frontMatter() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        #expect(document.conferenceLine == "RESOLUTION 130 (Rev. Antalya, 2006)")
        #expect(document.metadata.title == "Strengthening the role of ITU in building confidence and security in the use of information and communication technologies")
        #expect(document.enactingFormula == "The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),")
        #expect(document.history == "(Marrakesh, 2002) – (Rev. Antalya, 2006)")
        let last = try #require(document.clauses.last)
        #expect(last.text.hasSuffix("in § 12 of the Geneva Plan of Action."))
    }

    @Test("a heading split over two lines is read as one")
    func twoLineHeading() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let heading = try #require(document.headings.first { $0.slug == "instructs-tsb-director" })
        #expect(heading.text == "instructs the Director of the Telecommunication Standardization Bureau")
        #expect(!document.clauses.contains { $0.text.hasPrefix("Bureau") })
    }
}
