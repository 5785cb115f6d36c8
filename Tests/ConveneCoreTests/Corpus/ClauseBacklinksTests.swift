import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Where clauses are cited")
struct ClauseBacklinksTests {
    /// The export fixture (meeting RD-2027 on 2 March 2027) and an earlier meeting without a
    /// code that cites one of the same clauses from an item and an action point.
    static func store() throws -> Store {
        let store = try ExportFixture.store()
        let earlier = try store.addMeeting(MeetingDraft(
            title: "National consultation", start: "2027-01-20T10:00", timeZone: "Europe/Zurich",
            level: "national", region: "Europe"), defaultTimeZone: "UTC")
        let id = RecordReference.id(earlier)
        try store.addAgendaItem(meeting: id, AgendaItemDraft(title: "Opening"))
        try store.addAgendaItem(meeting: id, AgendaItemDraft(title: "Online protection", clauses: ["R174-2010/recalling/g"]))
        let owner = try #require(try store.participants().first?.id)
        _ = try store.addAction(meeting: id, ActionDraft(text: "Draft a note", owner: "\(owner)", clause: "R174-2010/recalling/g"))
        return store
    }

    @Test("items meeting by meeting in agenda order, then action points, each described")
    func backlinks() throws {
        let links = try Self.store().clauseBacklinks()
        #expect(links.keys.sorted() == [
            "R174-2010/recalling/g", "R174-2010/requests-sg", "R174-2010/resolves-to-instruct-sg/i",
            "R174-2022-RCC/recalling/f",
        ])
        #expect(links["R174-2010/recalling/g"] == [
            Backlink(meeting: "National consultation", description: "item 2 Online protection"),
            Backlink(meeting: "RD-2027", description: "item 3 Implementation of Resolution 174"),
            Backlink(meeting: "National consultation", description: "action #3 Draft a note (open)"),
        ])
        #expect(links["R174-2010/resolves-to-instruct-sg/i"] == [
            Backlink(meeting: "RD-2027", description: "item 3 Implementation of Resolution 174"),
        ])
        #expect(links["R174-2022-RCC/recalling/f"] == [
            Backlink(meeting: "RD-2027", description: "item 3.1 RCC proposal | 区域通信联合体提案"),
        ])
        #expect(links["R174-2010/requests-sg"] == [
            Backlink(meeting: "RD-2027", description: "action #1 Circulate the report | with annexes (open)"),
        ])
    }

    @Test("a database without citations has no backlinks")
    func none() throws {
        #expect(try TestSupport.memoryStore().clauseBacklinks().isEmpty)
    }
}
