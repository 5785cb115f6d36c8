import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("The item clock's stamps")
struct ItemClockStoreTests {
    static let nine = Date(timeIntervalSince1970: 1_803_974_400) // 2027-03-02T08:00Z, 09:00 in Zurich

    static func meeting() throws -> (Store, RecordReference) {
        let store = try TestSupport.memoryStore()
        let id = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30", timeZone: "Europe/Zurich"),
                                      defaultTimeZone: "UTC")
        for title in ["Opening", "Budget"] { try store.addAgendaItem(meeting: .id(id), AgendaItemDraft(title: title, minutes: 20)) }
        return (store, .id(id))
    }

    func at(_ minutes: Double) -> Date { Self.nine.addingTimeInterval(minutes * 60) }

    @Test("start stamps the item and the meeting's opening; moving on stops the other item; stop stamps duration and closing")
    func stamps() throws {
        let (store, meeting) = try Self.meeting()
        #expect(MeetingTime.local(Self.nine, timeZone: "Europe/Zurich") == "2027-03-02T09:00")
        try store.itemClock(meeting: meeting, item: "1", .start, at: at(32))
        #expect(try store.meeting(meeting).openedAt == "2027-03-02T09:32")
        let moved = try store.itemClock(meeting: meeting, item: "2", .start, at: at(50))
        #expect(moved.stopped == "1")
        var rows = try store.agenda(meeting: meeting).items
        #expect(rows.map(\.actualStart) == ["2027-03-02T09:32", "2027-03-02T09:50"])
        #expect(rows.map(\.actualSeconds) == [18 * 60, nil])
        let stop = try store.itemClock(meeting: meeting, item: "2", .stop, at: at(75))
        #expect(stop.seconds == 25 * 60)
        let stamped = try store.meeting(meeting)
        #expect(stamped.openedAt == "2027-03-02T09:32")
        #expect(stamped.closedAt == "2027-03-02T10:15")
        // A resume keeps the first start; the duration runs to the last stop.
        try store.itemClock(meeting: meeting, item: "1", .start, at: at(80))
        try store.itemClock(meeting: meeting, item: "1", .stop, at: at(90))
        rows = try store.agenda(meeting: meeting).items
        #expect(rows[0].actualStart == "2027-03-02T09:32")
        #expect(rows[0].actualSeconds == 58 * 60)
        #expect(try store.meeting(meeting).closedAt == "2027-03-02T10:30")
        #expect(try store.meeting(meeting).openedAt == "2027-03-02T09:32")
    }

    @Test("starting a running clock or stopping a stopped one is refused and writes nothing")
    func refusals() throws {
        let (store, meeting) = try Self.meeting()
        #expect(throws: ConveneError.self) { try store.itemClock(meeting: meeting, item: "1", .stop, at: at(1)) }
        try store.itemClock(meeting: meeting, item: "1", .start, at: at(2))
        let before = try store.history(limit: 100).count
        #expect(throws: ConveneError.self) { try store.itemClock(meeting: meeting, item: "1", .start, at: at(3)) }
        #expect(throws: ConveneError.self) { try store.itemClock(meeting: meeting, item: "2", .stop, at: at(3)) }
        #expect(try store.history(limit: 100).count == before)
    }

    @Test("an approved record refuses the clock's stamps with the lock's line; nothing is written")
    func approvedRecord() throws {
        let (store, meeting) = try Self.meeting()
        try store.itemClock(meeting: meeting, item: "1", .start, at: at(32))
        try store.itemClock(meeting: meeting, item: "1", .stop, at: at(50))
        _ = try store.approveMinutes(meeting: meeting, date: "2027-03-05")
        let before = try store.history(limit: 100).count
        for (item, action) in [("2", ItemClockAction.start), ("1", .start)] {
            do {
                try store.itemClock(meeting: meeting, item: AgendaItemReference(stringLiteral: item), action, at: at(60))
                Issue.record("the clock wrote to an approved record")
            } catch let error as ConveneError {
                #expect(error.description.contains("are approved"), "\(error)")
            }
        }
        #expect(try store.history(limit: 100).count == before)
        #expect(try store.agenda(meeting: meeting).items.map(\.actualSeconds) == [18 * 60, nil])
    }

    @Test("the agenda export with actual times shows them beside the planned ones")
    func export() throws {
        let (store, meeting) = try Self.meeting()
        try store.itemClock(meeting: meeting, item: "1", .start, at: at(32))
        try store.itemClock(meeting: meeting, item: "2", .start, at: at(61))
        var options = ExportOptions(date: "2027-03-01")
        options.actualTimes = true
        let text = try store.export(.agenda, meeting: meeting, options: options)
        #expect(text.contains("| Time        | Actual               |"))
        #expect(text.contains("| 09:30–09:50 | 09:32–10:01 (29 min) |"))
        #expect(text.contains("| 09:50–10:10 | from 10:01 (running) |"))
        #expect(!(try store.export(.agenda, meeting: meeting, options: ExportOptions(date: "2027-03-01"))).contains("Actual"))
    }
}
