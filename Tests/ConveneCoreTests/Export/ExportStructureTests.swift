import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Exports parse as the structure we promise, with cmark-gfm")
struct ExportStructureTests {
    static func tables(_ markdown: String) throws -> [[[String]]] {
        try CommonMarkParser.parse(markdown).descendants(named: "table").map { table in
            table.children.filter { $0.name == "table_header" || $0.name == "table_row" }.map { row in
                row.children.filter { $0.name == "table_cell" }.map(\.plainText)
            }
        }
    }

    @Test("agenda: one table, a header and one row of five cells per item, hostile text literal")
    func agenda() throws {
        let store = try ExportFixture.store()
        let record = try store.meetingRecord(.text("RD-2027"))
        let markdown = AgendaExport.markdown(record, options: ExportFixture.options)
        let tables = try Self.tables(markdown)
        #expect(tables.count == 1)
        let rows = try #require(tables.first)
        #expect(rows.count == 1 + record.agenda.count)
        #expect(rows.allSatisfy { $0.count == 5 })
        #expect(rows[0] == ["No.", "Item", "Documents", "Resolution clauses", "Time"])
        #expect(rows[4][1] == "RCC proposal | 区域通信联合体提案")
        #expect(rows[3][3] == "Res. 174 (Guadalajara, 2010), resolves to instruct the Secretary-General i); Res. 174 (Guadalajara, 2010), recalling g)")
        let document = try CommonMarkParser.parse(markdown)
        let headings = document.descendants(named: "heading").map { "\($0.level ?? 0) \($0.plainText)" }
        #expect(headings.first == "1 Draft agenda")
        #expect(headings.contains("2 Annex: Resolution clauses cited"))
        #expect(headings.filter { $0.hasPrefix("3 Res.") || $0.hasPrefix("3 第") }.count == 3)
        #expect(document.descendants(named: "html_block").isEmpty)
        #expect(document.descendants(named: "html_inline").isEmpty)
    }

    @Test("minutes: subjects table, attendance groups, numbered paragraphs, decisions and a six-column action table")
    func minutes() throws {
        let store = try ExportFixture.store()
        let markdown = MinutesExport.markdown(try store.meetingRecord(.text("RD-2027")), options: ExportFixture.options)
        let document = try CommonMarkParser.parse(markdown)
        let headings = document.descendants(named: "heading").map(\.plainText)
        for expected in ["Attendance", "Member States", "Other stakeholders", "3 Implementation of Resolution 174",
                         "RCC proposal | 区域通信联合体提案 (item 3.1)", "Summary of decisions", "Action points"] {
            #expect(headings.contains(expected), "no heading \(expected)")
        }
        let heading = try #require(document.descendants(named: "heading").first { $0.plainText == "Discussion" })
        #expect(heading.level == 3, "a notes heading sits just below its item's level-2 heading")
        let paragraphs = document.descendants(named: "paragraph").map(\.plainText)
        #expect(paragraphs.contains("3.1 The Secretariat presented document R174-RD/3."))
        #expect(paragraphs.contains("3.2 Delegates asked for a <b>follow-up</b> | meeting."))
        #expect(paragraphs.contains("3.3 王芳介绍了区域通信联合体的提案。"), "a sub-item's paragraphs continue its subject's sequence")
        let tables = try Self.tables(markdown)
        #expect(tables.count == 3)
        #expect(tables[0] == [["Subjects discussed", "Documents"], ["1 Opening of the meeting", "–"],
                              ["2 Approval of the agenda", "R174-RD/1"], ["3 Implementation of Resolution 174", "R174-RD/3, R174-RD/4"],
                              ["3.1 RCC proposal | 区域通信联合体提案", "–"], ["4 Other business", "–"]])
        #expect(tables[2][0] == ["No.", "Action", "Owner", "Due", "Status", "Clause"])
        #expect(tables[2].count == 3 && tables[2].allSatisfy { $0.count == 6 })
        #expect(tables[2][1][1] == "Circulate the report | with annexes")
        let items = document.descendants(named: "item").map(\.plainText)
        #expect(items.contains("GGIS: A|B <script> *bold* `x`"))
        #expect(items.contains("China: 王芳"))
        #expect(document.descendants(named: "html_block").isEmpty && document.descendants(named: "html_inline").isEmpty)
        #expect(document.descendants(named: "code").isEmpty)
    }

    @Test("implementation report: addressed clauses with their meetings, then the open ones")
    func implementation() throws {
        let store = try ExportFixture.store()
        let record = try store.implementationRecord(resolution: "R174-2010", from: nil, to: nil)
        let markdown = ImplementationReport.markdown(record, date: "2027-06-01")
        let document = try CommonMarkParser.parse(markdown)
        let headings = document.descendants(named: "heading").map(\.plainText)
        #expect(headings.contains("Res. 174 (Guadalajara, 2010), resolves to instruct the Secretary-General i)"))
        #expect(headings.contains("Res. 174 (Guadalajara, 2010), requests the Secretary-General"))
        #expect(!headings.contains("Res. 174 (Guadalajara, 2010), recalling g)"), "preambular clauses are not reported")
        let open = try #require(document.descendants(named: "list").last).children.map(\.plainText)
        #expect(open.contains { $0.hasPrefix("Res. 174 (Guadalajara, 2010), resolves to instruct the Secretary-General ii)") })
        #expect(open.count == record.clauses.count - 2)
        let later = try store.implementationRecord(resolution: "R174-2010", from: "2027-04-01", to: nil)
        #expect(later.citations.isEmpty)
    }
}

@Suite("Hostile text in every export comes through as literal text")
struct HostileExportTests {
    static let hostile = ["A|B", "*bold*", "`x`", "<script>alert(1)</script>", "# title", "1. x", "- y", "> quote",
                          "[link](http://x.example)", "&amp;", "~~strike~~", "back\\slash", "王|芳"]

    static func store() throws -> Store {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "H", title: "# Hostile | meeting", start: "2027-01-10T10:00",
                                              venue: "<b>Hall</b>", symbol: "`SYM`"), defaultTimeZone: "UTC")
        for (index, text) in hostile.enumerated() {
            let person = try store.addParticipant(ParticipantDraft(givenName: text, familyName: "P\(index)", organisation: "CHE"))
            _ = try store.invite(meeting: .text("H"), participants: [.id(person)], role: nil, delegation: nil)
            try store.setAttendance(meeting: .text("H"), participant: .id(person), attendance: .present)
            let number = try store.addAgendaItem(meeting: .text("H"), AgendaItemDraft(title: text, documents: [text]))
            try store.addDecision(meeting: .text("H"), item: .number(number), text: "\(text)\nsecond line | \(text)")
            try store.addAction(meeting: .text("H"), ActionDraft(text: "\(text)\n\(text)", owner: "\(person)", item: .number(number)))
        }
        return store
    }

    @Test("agenda and minutes tables keep one row per record and the text as typed")
    func tables() throws {
        let store = try Self.store()
        let record = try store.meetingRecord(.text("H"))
        let agenda = try ExportStructureTests.tables(AgendaExport.markdown(record, options: ExportFixture.options))
        #expect(agenda.count == 1)
        #expect(agenda[0].count == 1 + Self.hostile.count)
        #expect(agenda[0].allSatisfy { $0.count == 5 })
        #expect(agenda[0].dropFirst().map { $0[1] } == Self.hostile)
        #expect(agenda[0].dropFirst().map { $0[2] } == Self.hostile)

        let minutesMarkdown = MinutesExport.markdown(record, options: ExportFixture.options)
        let minutes = try ExportStructureTests.tables(minutesMarkdown)
        #expect(minutes.count == 3)
        #expect(minutes[0].dropFirst().map { $0[0] } == Self.hostile.enumerated().map { "\($0.offset + 1) \($0.element)" })
        #expect(minutes[0].dropFirst().map { $0[1] } == Self.hostile)
        #expect(minutes[1].count == 1 + Self.hostile.count && minutes[1].allSatisfy { $0.count == 3 })
        #expect(minutes[1].dropFirst().map { $0[2] } == Self.hostile.map { "\($0) second line | \($0)" })
        #expect(minutes[2].count == 1 + Self.hostile.count && minutes[2].allSatisfy { $0.count == 6 })
        #expect(minutes[2].dropFirst().map { $0[1] } == Self.hostile.map { "\($0) \($0)" })
    }

    @Test("headings stay headings with literal text, and nothing becomes HTML, code, links or emphasis")
    func noStructure() throws {
        let store = try Self.store()
        let record = try store.meetingRecord(.text("H"))
        for markdown in [AgendaExport.markdown(record, options: ExportFixture.options),
                         MinutesExport.markdown(record, options: ExportFixture.options)] {
            let document = try CommonMarkParser.parse(markdown)
            let kinds = Set(document.descendants.map(\.name))
            #expect(kinds.isDisjoint(with: ["html_block", "html_inline", "code", "code_block", "link", "emph", "strikethrough", "block_quote"]),
                    "\(kinds)")
            #expect(document.descendants(named: "heading").filter { $0.level == 1 }.count == 1)
        }
        let minutes = try CommonMarkParser.parse(MinutesExport.markdown(record, options: ExportFixture.options))
        let itemHeadings = minutes.descendants(named: "heading").filter { $0.level == 2 }.map(\.plainText)
        for (index, text) in Self.hostile.enumerated() {
            #expect(itemHeadings.contains("\(index + 1) \(text)"))
        }
    }
}
