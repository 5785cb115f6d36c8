import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("The summary record numbers paragraphs per subject, as ITU summary records do")
struct SummaryRecordNumberingTests {
    /// Items 1, 2 (with 2.1, whose child is 2.1.1, and 2.2) and 3, each with notes of two paragraphs.
    static func store() throws -> Store {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "N", title: "Numbering", start: "2027-05-04T10:00"), defaultTimeZone: "UTC")
        for (title, parent) in [("Opening", nil), ("Reports", nil), ("Report of BDT", "2"), ("Annex of the BDT report", "2.1"),
                                ("Report of TSB", "2"), ("Closing", nil)] as [(String, AgendaItemReference?)] {
            let number = try store.addAgendaItem(meeting: .text("N"), AgendaItemDraft(title: title, parent: parent))
            try store.setNotes(meeting: .text("N"), item: .number(number), .replace("First on \(title).\n\nSecond on \(title)."))
        }
        return store
    }

    static func parsed(_ store: Store) throws -> MarkdownNode {
        try CommonMarkParser.parse(MinutesExport.markdown(try store.meetingRecord(.text("N")), options: ExportFixture.options))
    }

    @Test("a top-level item and all its sub-items, nested ones too, make one sequence")
    func oneSequencePerSubject() throws {
        let paragraphs = try Self.parsed(try Self.store()).descendants(named: "paragraph").map(\.plainText)
        let numbered = paragraphs.filter { $0.first?.isNumber == true }
        #expect(numbered == [
            "1.1 First on Opening.", "1.2 Second on Opening.",
            "2.1 First on Reports.", "2.2 Second on Reports.",
            "2.3 First on Report of BDT.", "2.4 Second on Report of BDT.",
            "2.5 First on Annex of the BDT report.", "2.6 Second on Annex of the BDT report.",
            "2.7 First on Report of TSB.", "2.8 Second on Report of TSB.",
            "3.1 First on Closing.", "3.2 Second on Closing.",
        ])
    }

    @Test("a sub-item is a sub-heading naming it, so no paragraph number equals a heading's number")
    func subItemHeadings() throws {
        let document = try Self.parsed(try Self.store())
        let headings = document.descendants(named: "heading").map { "\($0.level ?? 0) \($0.plainText)" }
        #expect(headings.contains("2 2 Reports"))
        #expect(headings.contains("3 Report of BDT (item 2.1)"))
        #expect(headings.contains("4 Annex of the BDT report (item 2.1.1)"))
        #expect(headings.contains("3 Report of TSB (item 2.2)"))
        let headingNumbers = Set(document.descendants(named: "heading").compactMap { heading -> String? in
            let number = heading.plainText.prefix { $0.isNumber || $0 == "." }
            return number.isEmpty ? nil : String(number)
        })
        let paragraphNumbers = document.descendants(named: "paragraph").map { String($0.plainText.prefix { $0.isNumber || $0 == "." }) }
        #expect(headingNumbers.isDisjoint(with: paragraphNumbers), "\(headingNumbers)")
    }

    @Test("headings typed in notes sit one level below their item's heading, whatever their level")
    func notesHeadings() throws {
        let store = try Self.store()
        try store.setNotes(meeting: .text("N"), item: "2", .replace("# Discussion\n\nText.\n\n### Deep\n\nMore.\n\nSetext\n------"))
        try store.setNotes(meeting: .text("N"), item: "2.1", .replace("## Views\n\nOne view."))
        let headings = try Self.parsed(store).descendants(named: "heading").map { "\($0.level ?? 0) \($0.plainText)" }
        #expect(headings.contains("3 Discussion"))
        #expect(headings.contains("3 Deep"))
        #expect(headings.contains("3 Setext"))
        #expect(headings.contains("4 Views"), "under a level-3 sub-item heading")
        let paragraphs = try Self.parsed(store).descendants(named: "paragraph").map(\.plainText)
        #expect(paragraphs.contains("2.1 Text.") && paragraphs.contains("2.2 More.") && paragraphs.contains("2.3 One view."))
    }

    @Test("one level below: every notes heading takes the level under the item's, bold past level 6")
    func oneBelowPlacement() {
        let notes = "# A\n\n### B\n\nC\n===\n\n> ## D"
        #expect(MarkdownNotes.demoteHeadings(in: notes, below: 2, placement: .oneBelow) == "### A\n\n### B\n\n### C\n\n> ### D")
        #expect(MarkdownNotes.demoteHeadings(in: notes, below: 2) == "### A\n\n##### B\n\n### C\n\n> #### D", "the agenda's notes keep their outline")
        #expect(MarkdownNotes.demoteHeadings(in: "### B\n\nText.", below: 6, placement: .oneBelow) == "**B**\n\nText.")
    }

    @Test("lists, quotes and code in notes keep no number and do not break the sequence")
    func otherBlocks() {
        let numbered = NumberedNotes.number("Intro.\n\n- a point\n\n> quoted\n\n```\ncode\n\nmore code\n```\n\nEnd.", subject: "4", from: 3)
        #expect(numbered.text == "4.3 Intro.\n\n- a point\n\n> quoted\n\n```\ncode\n\nmore code\n```\n\n4.4 End.")
        #expect(numbered.next == 5)
    }
}

@Suite("The summary record's header: session times, chair, subjects discussed")
struct SummaryRecordHeaderTests {
    static func store(opened: String?, closed: String?) throws -> Store {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "H", title: "Header", start: "2027-03-02T09:30", end: "17:30"), defaultTimeZone: "UTC")
        let chair = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "A.", familyName: "Odhiambo", organisation: "KEN"))
        let vice = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "张", organisation: "CHN"))
        _ = try store.invite(meeting: .text("H"), participants: [.id(chair)], role: .chair, delegation: nil)
        _ = try store.invite(meeting: .text("H"), participants: [.id(vice)], role: .viceChair, delegation: nil)
        try store.addAgendaItem(meeting: .text("H"), AgendaItemDraft(title: "Opening"))
        try store.addAgendaItem(meeting: .text("H"), AgendaItemDraft(title: "Reports", documents: ["R174-RD/3", "R174-RD/4"]))
        if opened != nil || closed != nil { try store.recordSession(meeting: .text("H"), opened: opened, closed: closed) }
        return store
    }

    static func header(_ store: Store) throws -> [String] {
        let markdown = MinutesExport.markdown(try store.meetingRecord(.text("H")), options: ExportFixture.options)
        let afterTitle = try #require(markdown.components(separatedBy: "# Draft summary record\n\n").last)
        return afterTitle.components(separatedBy: "\n\n")[0].components(separatedBy: "\\\n")
    }

    @Test("the session in ITU form, from the times the meeting was opened and closed")
    func sessionTimes() throws {
        #expect(try Self.header(try Self.store(opened: "09:32", closed: "17:05"))[0] == "Tuesday, 2 March 2027, from 0932 to 1705 hours")
        #expect(try Self.header(try Self.store(opened: "09:32", closed: nil))[0] == "Tuesday, 2 March 2027, from 0932 hours")
        #expect(try Self.header(try Self.store(opened: nil, closed: nil))[0] == "Tuesday, 2 March 2027")
        #expect(try Self.header(try Self.store(opened: "2027-03-02T18:00", closed: "2027-03-03T01:15"))[0]
            == "Tuesday, 2 March 2027, from 1800 hours, to Wednesday, 3 March 2027, 0115 hours")
    }

    @Test("the chair and other officers with their delegations")
    func chair() throws {
        let lines = try Self.header(try Self.store(opened: "09:32", closed: "17:05"))
        #expect(lines.dropFirst() == ["**Chair:** Ms A. Odhiambo (Kenya)", "**Vice-chair:** 张伟 (China)"])
    }

    @Test("the subjects discussed with their documents follow the header")
    func subjects() throws {
        let markdown = MinutesExport.markdown(try Self.store(opened: nil, closed: nil).meetingRecord(.text("H")), options: ExportFixture.options)
        let tables = try ExportStructureTests.tables(markdown)
        #expect(tables.first == [["Subjects discussed", "Documents"], ["1 Opening", "–"], ["2 Reports", "R174-RD/3, R174-RD/4"]])
        #expect(try #require(markdown.range(of: "| Subjects discussed")).lowerBound < #require(markdown.range(of: "## Attendance")).lowerBound)
    }
}
