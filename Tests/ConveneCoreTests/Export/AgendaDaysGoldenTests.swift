import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("The agenda export of a meeting of several days, with breaks and fixed times")
struct AgendaDaysGoldenTests {
    /// Two days in Nairobi: a coffee break and a lunch fixed at 12:30 split day 1 into
    /// sessions; a parent takes its sub-items' sum, another its own minutes (overrun by its
    /// sub-items); a keynote fixed at 14:00 that the items before it run past; day 2 opens
    /// with a workshop. Names in Latin, Chinese and Arabic script.
    static func store() throws -> Store {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(
            code: "RD-2028", title: "Regional dialogue on Resolution 174 (Africa)", start: "2028-05-16T09:00", end: "2028-05-17T13:00",
            timeZone: "Africa/Nairobi", level: "regional", region: "Africa", venue: "Nairobi, KICC", symbol: "R174-RDA/1"),
            defaultTimeZone: "UTC")
        let id = RecordReference.id(meeting)
        let items: [AgendaItemDraft] = [
            AgendaItemDraft(title: "Opening of the meeting", minutes: 20),
            AgendaItemDraft(title: "Reports of the regional organisations"),
            AgendaItemDraft(title: "ATU", parent: "2", minutes: 30, documents: ["R174-RDA/3"]),
            AgendaItemDraft(title: "区域通信联合体", parent: "2", minutes: 25),
            AgendaItemDraft(minutes: 15, isBreak: true),
            AgendaItemDraft(title: "Illicit use of ICTs", minutes: 60, clauses: ["R174-2010/recalling/g"]),
            AgendaItemDraft(title: "Lunch", minutes: 90, isBreak: true, fixedStart: "12:30"),
            AgendaItemDraft(title: "Panel: الاستخدام غير المشروع", minutes: 45),
            AgendaItemDraft(title: "Keynote", minutes: 30, fixedStart: "14:30"),
            AgendaItemDraft(title: "Budget", minutes: 30),
            AgendaItemDraft(title: "Income", parent: "6", minutes: 20),
            AgendaItemDraft(title: "Spending", parent: "6", minutes: 20),
            AgendaItemDraft(title: "Workshop", minutes: 120, day: 2),
            AgendaItemDraft(title: "Closing", minutes: 15),
        ]
        for item in items { try store.addAgendaItem(meeting: id, item) }
        return store
    }

    @Test("grouped by day and session, breaks unnumbered, sums and warnings said")
    func golden() throws {
        GoldenFile.check(try Self.store().export(.agenda, meeting: .text("RD-2028"), options: ExportOptions(date: "2028-04-01")),
                         against: ExportFixture.golden("agenda-days.md"))
    }

    @Test("the minutes leave the breaks out: no subject, no heading")
    func minutes() throws {
        let text = try Self.store().export(.minutes, meeting: .text("RD-2028"), options: ExportOptions(date: "2028-05-20"))
        #expect(!text.contains("Coffee break"))
        #expect(!text.contains("Lunch"))
        #expect(text.contains("3 Illicit use of ICTs"))
    }

    @Test("the calendar's item events use the same times, a break without number")
    func calendar() throws {
        let store = try Self.store()
        let record = try store.meetingRecord(.text("RD-2028"))
        let text = try MeetingCalendar.text(record, options: CalendarOptions(items: true, stamp: Date(timeIntervalSince1970: 0)))
        #expect(text.contains("DTSTART;TZID=Africa/Nairobi:20280517T090000\r\nDTEND;TZID=Africa/Nairobi:20280517T110000\r\nSUMMARY:7 Workshop"))
        #expect(text.contains("DTSTART;TZID=Africa/Nairobi:20280516T123000\r\nDTEND;TZID=Africa/Nairobi:20280516T140000\r\nSUMMARY:Lunch\r\n"))
        #expect(text.contains("SUMMARY:5 Keynote"))
    }
}
