import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Import matching, empty cells, invitations and the export round trip")
struct ImportMatchingTests {
    func plan(_ csv: String, _ store: Store, _ options: ParticipantImportOptions = ParticipantImportOptions()) throws
        -> ParticipantImportPlan {
        try store.planParticipantImport(csv: Data(csv.utf8), source: "test.csv", options: options)
    }

    @Test("same email updates; without email, same name and organisation updates; an empty cell keeps the value")
    func matching() throws {
        let store = try TestSupport.memoryStore()
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", organisation: "BRA",
                                                            email: "ana@example.org", phone: "+55 1"))
        let bo = try store.addParticipant(ParticipantDraft(givenName: "Bo", familyName: "Li", organisation: "CHN", function: "Engineer"))
        let plan = try plan("""
            given_name,family_name,organisation,email,phone,function
            Ana,Sousa,,ANA@example.org,,Adviser
            Bo,Li,China,,,
            Bo,Li,,,,
            """, store)
        #expect(plan.rows.map(\.status) == [.update, .unchanged, .new])
        #expect(plan.rows[0].changes == ["family_name", "function"])
        _ = try store.importParticipants(plan)
        let updated = try store.participant(.id(ana))
        #expect(updated.familyName == "Sousa")
        #expect(updated.phone == "+55 1")
        #expect(updated.organisationName == "Brazil")
        #expect(try store.participant(.id(bo)).function == "Engineer")
    }

    @Test("--clear-empty clears the stored values of empty cells")
    func clearEmpty() throws {
        let store = try TestSupport.memoryStore()
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@example.org", phone: "+55 1"))
        let plan = try plan("given_name,family_name,email,phone\nAna,Souza,ana@example.org,\n", store,
                            ParticipantImportOptions(clearEmpty: true))
        #expect(plan.rows.map(\.changes) == [["phone"]])
        _ = try store.importParticipants(plan)
        #expect(try store.participant(.id(ana)).phone == nil)
    }

    @Test("with a meeting, rows are invited with role, delegation and reply; a second import is unchanged")
    func invitations() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Regional dialogue", start: "2027-03-02T09:30", timeZone: "Europe/Zurich"), defaultTimeZone: "UTC")
        let csv = "given_name,family_name,email,organisation,role,delegation,reply\nAna,Souza,ana@example.org,BRA,chair,,accepted\nBo,Li,bo@example.org,CHN,,,\n"
        let first = try plan(csv, store, ParticipantImportOptions(meeting: .text("RD")))
        #expect(first.rows.map(\.status) == [.new, .new])
        let result = try store.importParticipants(first)
        #expect(result.invited == 2)
        let invitations = try store.invitations(meeting: .text("RD"))
        #expect(invitations.map(\.role).sorted { $0.rawValue < $1.rawValue } == [.chair, .delegate])
        #expect(invitations.first { $0.role == .chair }?.reply == .accepted)
        #expect(invitations.first { $0.role == .delegate }?.delegation == "China")
        let second = try plan(csv, store, ParticipantImportOptions(meeting: .text("RD")))
        #expect(second.rows.map(\.status) == [.unchanged, .unchanged])
    }

    @Test("export then import: every row unchanged, formula cells neutralised and restored")
    func roundTrip() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "王", organisation: "CHN", email: "wang@example.cn",
                                                  phone: "+86 10 1234", notes: "=HYPERLINK(\"http://evil\")\nsecond line, \"quoted\""))
        _ = try store.addParticipant(ParticipantDraft(honorific: "Dr", givenName: "ليلى", familyName: "حداد", function: "-lead", notes: "'@x"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Zoé", familyName: "Lefèvre"))
        for delimiter in CSVDelimiter.allCases {
            let csv = try store.participantsCSV(delimiter: delimiter)
            #expect(csv.contains("'+86 10 1234"))
            #expect(csv.contains("'=HYPERLINK"))
            #expect(csv.contains("''@x"))
            let plan = try plan(csv, store, ParticipantImportOptions(delimiter: delimiter))
            #expect(plan.rows.count == 3)
            #expect(plan.rows.allSatisfy { $0.status == .unchanged }, "\(plan.rows)")
        }
    }

    @Test("RFC 4180 reading: CRLF and LF, doubled quotes, a final line without a line break")
    func reader() throws {
        let records = try CSVReader.records("a,\"b \"\"c\"\"\",d\r\n1,\"x\ny\",3\n4,5,6", delimiter: .comma)
        #expect(records.map(\.cells) == [["a", "b \"c\"", "d"], ["1", "x\ny", "3"], ["4", "5", "6"]])
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(CSVDelimiter.detect(in: "a;b;\"c,d\"\n1,2") == .semicolon)
        #expect(CSVDelimiter.detect(in: "a\tb\n") == .tab)
        #expect(throws: ConveneError.self) { try CSVReader.records("a,\"b\n", delimiter: .comma) }
    }

    @Test("counting records finds the records reading finds, blank lines and quoted line breaks included, and the same unclosed quote")
    func readerCount() throws {
        let texts = ["a,b\n\n1,2\r\n\r\n", "a\n\"x\ny\"\n,\n\n", "", "\n\n", "a,\"b\"\"\nc\",d", "x"]
        for text in texts {
            #expect(try CSVReader.count(text, delimiter: .comma) == CSVReader.records(text, delimiter: .comma).count, "\(text.debugDescription)")
        }
        #expect(try CSVReader.records("a\n,\n\n", delimiter: .comma).map(\.cells) == [["a"], ["", ""]])
        #expect(throws: ConveneError.invalid(field: .importFile, value: "line 2",
                                             reason: "a quoted cell is never closed (a missing \" starting on this line)")) {
            try CSVReader.count("a\n\"b\n", delimiter: .comma)
        }
    }

    @Test("a cell is trimmed exactly as Foundation trims white space and line breaks, whatever its first and last scalars")
    func trimming() {
        // Every kind of white space and separator, controls, marks and letters of several scripts.
        let edges: [Unicode.Scalar] = [
            " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{AD}", "\u{1680}", "\u{180E}", "\u{2000}",
            "\u{2007}", "\u{200A}", "\u{200B}", "\u{200D}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
            "\u{FEFF}", "\u{0}", "\u{7F}", "\u{9F}", "\u{301}", "\u{61C}", "\u{600}", "é", "Ж", "م", "王", "한", "a", "'",
            "\u{1F469}", "\u{E000}", "\u{FFFC}",
        ]
        for first in edges {
            for last in edges {
                let cell = "\(first)x y\(last)"
                #expect(ImportText.trimmed(cell) == cell.trimmingCharacters(in: .whitespacesAndNewlines),
                        "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(ImportText.trimmed("") == "")
        #expect(ImportText.lowercased("Ana.Souza@Example.org") == "ana.souza@example.org")
        #expect(ImportText.lowercased("ÉLODIE@example.org") == "élodie@example.org")
    }
}
