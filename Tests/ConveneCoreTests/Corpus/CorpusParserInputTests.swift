import Foundation
import Testing
@testable import ConveneCore

/// The shapes of input the parser meets, and the input it refuses.
@Suite("Parser input")
struct CorpusParserInputTests {
    static let metadata = CorpusHeadingTableTests.metadata

    private func parse(_ text: String) throws -> ParsedResolution {
        try CorpusFixtures.parser().parse(text: text, metadata: Self.metadata)
    }

    @Test("markers come as '- a)', 'a)', 'a)<TAB>', '(a)' and 'a)' alone on its line")
    func letterMarkers() throws {
        let text = "recalling\n- a) one;\nb)\ttwo;\n(c) three;\nd)\nfour,\n"
        let document = try parse(text).document
        #expect(document.clauses.map(\.number) == ["a", "b", "c", "d"])
        #expect(document.clauses.map(\.text) == ["one;", "two;", "three;", "four,"])
    }

    @Test("arabic markers come as '1<TAB>', '1 to …' and '1.'")
    func arabicMarkers() throws {
        let text = "invites Member States\n1\tto do this;\n2 to do that;\n3. to report,\n"
        let document = try parse(text).document
        #expect(document.clauses.map(\.key) == ["R1-2000/invites-ms/1", "R1-2000/invites-ms/2", "R1-2000/invites-ms/3"])
        #expect(document.clauses.map(\.text) == ["to do this;", "to do that;", "to report,"])
    }

    @Test("a number that continues a sentence is text, not an item")
    func numberInText() throws {
        let text = "noting\na) the Plan of Action, in §\n12 of the Geneva Plan and\n\nb) more,\n"
        let document = try parse(text).document
        #expect(document.clauses.map(\.number) == ["a", "b"])
        #expect(document.clauses[0].text == "the Plan of Action, in § 12 of the Geneva Plan and")
    }

    @Test("i) after h) is a letter; i) after c) opens roman sub-items")
    func romanOrLetter() throws {
        let letters = "recalling\n" + "abcdefghij".map { "\($0)) item;" }.joined(separator: "\n")
        #expect(try parse(letters).document.clauses.map(\.number) == "abcdefghij".map { String($0) })
        let nested = "recalling\na) first:\ni) one;\nii) two;\nb) second,\n"
        let keys = try parse(nested).document.clauses.map(\.relativeKey)
        #expect(keys == ["recalling/a", "recalling/a/i", "recalling/a/ii", "recalling/b"])
    }

    @Test("a heading repeated in one document gets -2")
    func repeatedHeading() throws {
        let text = "instructs the Secretary-General\nto report;\ninvites Member States\nto help,\ninstructs the Secretary-General\n1 to act;\n2 to report again.\n"
        let document = try parse(text).document
        #expect(document.headings.map(\.slug) == ["instructs-sg", "invites-ms", "instructs-sg-2"])
        #expect(document.clauses.map(\.key) == [
            "R1-2000/instructs-sg", "R1-2000/invites-ms", "R1-2000/instructs-sg-2/1", "R1-2000/instructs-sg-2/2",
        ])
    }

    @Test("Windows line endings and page breaks are read like plain lines")
    func lineEndings() throws {
        let text = "considering\r\n\r\na) that one\r\n\u{0C}\r\ncontinues;\r\nb) two,\r\n"
        let document = try parse(text).document
        #expect(document.clauses.map(\.text) == ["that one continues;", "two,"])
    }

    @Test("empty text is refused with a sentence")
    func emptyText() {
        #expect(throws: ConveneError.refused(
            "the resolution text is empty; give the text of a resolution as copied from the Collection of Resolutions or the Final Acts"
        )) { try self.parse(" \n\t\n") }
    }

    @Test("binary text is refused")
    func binaryText() {
        #expect(throws: ConveneError.refused(
            "the resolution text contains NUL bytes, so it is a binary file rather than plain text"
        )) { try self.parse("considering\0\na) x") }
        #expect(throws: ConveneError.self) { try self.parse("considering\u{01}\u{02}") }
    }

    @Test("text without a known heading is refused")
    func noHeading() {
        #expect(throws: ConveneError.refused(
            "no resolution heading (such as 'considering', 'recalling' or 'resolves', or 考虑到, 忆及) was found, so the text cannot be split into clauses"
        )) { try self.parse("Dear colleagues,\n\nplease find attached the minutes.\n") }
    }

    @Test("bytes that are not UTF-8 are refused")
    func notUTF8() throws {
        let latin1 = Data([0x63, 0x6F, 0x6E, 0x73, 0x69, 0x64, 0xE9, 0x72, 0x61, 0x6E, 0x74, 0xFF])
        #expect(throws: ConveneError.refused(
            "the resolution text is not valid UTF-8; convert it (for example with 'iconv -t UTF-8') and try again"
        )) { try CorpusFixtures.parser().parse(data: latin1, metadata: Self.metadata) }
    }

    @Test("a heading with no text is reported")
    func emptyHeading() throws {
        let parsed = try parse("considering\n\nnoting\nthat it works.\n")
        #expect(parsed.document.clauses.map(\.key) == ["R1-2000/noting"])
        #expect(parsed.warnings == [ParseWarning(line: 1, message: "heading 'considering' has no text")])
    }

    @Test("a footnote printed after its clause still goes to the clause that cites it")
    func footnoteElsewhere() throws {
        let text = "noting\na) developing countries[footnoteRef:2]2 matter;\nb) more, [2: 2 \tIncluding LDCs.]\n"
        let document = try parse(text).document
        #expect(document.clauses.map(\.footnotes) == [["Including LDCs."], []])
        #expect(document.clauses.map(\.text) == ["developing countries matter;", "more,"])
    }
}
