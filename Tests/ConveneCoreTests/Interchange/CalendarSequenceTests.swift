import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("The calendar SEQUENCE stored with the meeting (v7)")
struct CalendarSequenceTests {
    func sequence(_ store: Store) throws -> Int {
        try store.meetingRecord(.text("RD-2027")).meeting.calendarSequence
    }

    @Test("it grows when what the invitation shows changes, not for other edits, and an undo raises it again")
    func grows() throws {
        let (store, _) = try interchangeMeeting()
        let start = try sequence(store)
        _ = try store.editMeeting(.text("RD-2027"), MeetingDraft(symbol: "R174-RD"))
        #expect(try sequence(store) == start)
        _ = try store.editMeeting(.text("RD-2027"), MeetingDraft(venue: "ITU, Montbrillant"))
        #expect(try sequence(store) == start + 1)
        _ = try store.addAgendaItem(meeting: .text("RD-2027"), AgendaItemDraft(title: "Any other business", minutes: 5))
        #expect(try sequence(store) == start + 2)
        try store.undo()
        let history = try store.history(limit: 3).map { $0.rows.map { "\($0.table) \($0.description)" } }
        #expect(try sequence(store) == start + 3, "\(history)")
        try store.undo()
        #expect(try sequence(store) == start + 4)
        let calendar = try MeetingCalendar.text(try store.meetingRecord(.text("RD-2027")), options: CalendarOptions())
        #expect(calendar.contains("SEQUENCE:\(start + 4)\r\n"))
        #expect(calendar.contains("LOCATION:CICG\\, Genève\r\n"))
    }
}
