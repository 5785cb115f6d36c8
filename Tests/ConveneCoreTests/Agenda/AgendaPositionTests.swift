import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("Inserting into a long agenda moves few rows")
struct AgendaPositionTests {
    /// A meeting with `count` top-level items inserted directly (no history), positions 0...
    static func longAgenda(_ count: Int) throws -> (Store, Int64) {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(title: "Long", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        try store.queue.write { db in
            for position in 0..<count {
                try db.execute(sql: "INSERT INTO agendaItem(meetingId, position, title) VALUES (?, ?, ?)",
                               arguments: [meeting, position, "Item \(position + 1)"])
            }
        }
        return (store, meeting)
    }

    static func titles(_ store: Store, _ meeting: Int64) throws -> [String] {
        try store.agenda(meeting: .id(meeting)).items.map(\.title)
    }

    static func loggedRows(_ store: Store) throws -> Int {
        try #require(try store.history(limit: 1).first).rows.count
    }

    @Test("after item 1 of 10,000: the new item is second, and only 2 rows are logged")
    func nearTheStart() throws {
        let (store, meeting) = try Self.longAgenda(10_000)
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "New", after: "1")) == "2")
        #expect(try Self.loggedRows(store) == 2)
        #expect(Array(try Self.titles(store, meeting).prefix(3)) == ["Item 1", "New", "Item 2"])
    }

    @Test("near the end, the later items move; again and again, the order stays right")
    func nearTheEndAndRepeated() throws {
        let (store, meeting) = try Self.longAgenda(20)
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "A", after: "18")) == "19")
        #expect(try Self.loggedRows(store) == 3)
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "B", after: "1")) == "2")
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "C", after: "1")) == "2")
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "D", after: "3")) == "4")
        #expect(try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "E")) == "25")
        let titles = try Self.titles(store, meeting)
        #expect(Array(titles.prefix(5)) == ["Item 1", "C", "B", "D", "Item 2"])
        #expect(Array(titles.suffix(5)) == ["Item 18", "A", "Item 19", "Item 20", "E"])
        #expect(titles.count == 25)
    }
}
