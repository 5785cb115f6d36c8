import Foundation
import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Agenda schedule: breaks, fixed times, days, parents' times")
struct AgendaScheduleTests {
    /// Items in reading order under one meeting; ids from 1, sub-items by their parent's id.
    static func tree(_ items: [(title: String, parent: Int64?, minutes: Int?, isBreak: Bool, at: String?, day: Int)],
                     dayStart: Int = 9 * 60 + 30) -> AgendaTree {
        var positions: [Int64?: Int] = [:]
        let records = items.enumerated().map { index, spec in
            let position = positions[spec.parent, default: 0]
            positions[spec.parent] = position + 1
            return AgendaItem(id: Int64(index + 1), meetingId: 1, parentId: spec.parent, position: position, title: spec.title,
                              minutes: spec.minutes, isBreak: spec.isBreak, fixedStart: spec.at, day: spec.day)
        }
        return AgendaTree(items: records, dayStart: dayStart)
    }

    static func item(_ title: String, under parent: Int64? = nil, _ minutes: Int? = nil, at: String? = nil, day: Int = 1)
        -> (title: String, parent: Int64?, minutes: Int?, isBreak: Bool, at: String?, day: Int) {
        (title, parent, minutes, false, at, day)
    }

    static func pause(_ minutes: Int, at: String? = nil, under parent: Int64? = nil)
        -> (title: String, parent: Int64?, minutes: Int?, isBreak: Bool, at: String?, day: Int) {
        ("Coffee break", parent, minutes, true, at, 1)
    }

    func clock(_ entry: AgendaTree.Entry, dayStart: Int = 9 * 60 + 30) -> String {
        let minutes = dayStart + entry.startOffset
        return "\(entry.day):" + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    @Test("a break takes no number and later items do not count it, at any level; breaks are named B1, B2")
    func numbering() {
        let tree = Self.tree([
            Self.item("Opening", 10), Self.pause(15), Self.item("Reports"), Self.item("ATU", under: 3, 10),
            Self.pause(5, under: 3), Self.item("CEPT", under: 3, 10), Self.item("Closing", 5),
        ])
        #expect(tree.entries.map(\.number) == ["1", "B1", "2", "2.1", "B2", "2.2", "3"])
        #expect(tree.entry(number: "b2")?.item.title == "Coffee break")
        #expect(tree.entry(number: "2.2")?.item.title == "CEPT")
        #expect(tree.entries.map(\.isBreak) == [false, true, false, false, true, false, false])
    }

    @Test("a break takes its time like an item")
    func breakTime() {
        let tree = Self.tree([Self.item("Opening", 60), Self.pause(30), Self.item("Reports", 20)])
        #expect(tree.entries.map { clock($0) } == ["1:09:30", "1:10:30", "1:11:00"])
        #expect(tree.totalMinutes == 110)
    }

    @Test("a fixed time starts the item then, later items follow it; the gap before it and an overrun are kept")
    func fixedTimes() {
        let tree = Self.tree([
            Self.item("Opening", 30), Self.pause(60, at: "12:30"), Self.item("Panel", 120), Self.item("Keynote", 30, at: "15:00"),
            Self.item("Closing", 10),
        ])
        #expect(tree.entries.map { clock($0) } == ["1:09:30", "1:12:30", "1:13:30", "1:15:00", "1:15:30"])
        // 10:00 to 12:30 is free; the panel runs to 15:30, half an hour past the keynote's 15:00.
        #expect(tree.entries.map(\.gapBefore) == [nil, 150, nil, -30, nil])
    }

    @Test("a later day starts at the meeting's daily start time; items after it stay on that day")
    func days() {
        let tree = Self.tree([
            Self.item("Opening", 30), Self.item("Panel", 90), Self.item("Day two opening", 15, day: 2), Self.item("Workshop", 60),
            Self.item("Keynote", 30, at: "14:00"), Self.item("Day three", 10, day: 3),
        ])
        #expect(tree.entries.map { clock($0) } == ["1:09:30", "1:10:00", "2:09:30", "2:09:45", "2:14:00", "3:09:30"])
        #expect(tree.days == [1, 2, 3])
        // A lower day after a later one does not go back.
        let back = Self.tree([Self.item("A", 10, day: 2), Self.item("B", 10, day: 1)])
        #expect(back.entries.map(\.day) == [2, 2])
    }

    @Test("a parent's time is the sum of its sub-items unless it has its own minutes; an overrun of its own minutes is kept")
    func parents() {
        let tree = Self.tree([
            Self.item("Reports"), Self.item("ATU", under: 1, 20), Self.item("CEPT", under: 1, 25),
            Self.item("Budget", 30), Self.item("Income", under: 4, 20), Self.item("Spending", under: 4, 20),
            Self.item("Closing", 10),
        ])
        #expect(tree.entries.map(\.totalMinutes) == [45, 20, 25, 30, 20, 20, 10])
        #expect(tree.entries.map(\.timeFromSubItems) == [true, false, false, false, false, false, false])
        #expect(tree.entries.map(\.subItemsOverrun) == [nil, nil, nil, 10, nil, nil, nil])
        #expect(tree.entries.map { clock($0) } == ["1:09:30", "1:09:30", "1:09:50", "1:10:15", "1:10:15", "1:10:35", "1:10:45"])
    }

    @Test("times of day are read as agendas write them")
    func clocks() {
        #expect(AgendaClock.canonical("14:00") == "14:00")
        #expect(AgendaClock.canonical("9:05") == "09:05")
        #expect(AgendaClock.canonical("0905") == "09:05")
        #expect(AgendaClock.canonical(" 14.30 ") == "14:30")
        for bad in ["", "24:00", "12:60", "2pm", "1:5", "١٤:٠٠", "14:00:00"] { #expect(AgendaClock.canonical(bad) == nil, "\(bad)") }
        #expect(AgendaClock.minutes("14:00") == 840)
    }
}

@Suite("Agenda store: breaks, fixed times and days")
struct AgendaBreakStoreTests {
    static func meeting(end: String? = "2027-03-03T17:30") throws -> (Store, RecordReference) {
        let store = try TestSupport.memoryStore()
        let id = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30", end: end),
                                      defaultTimeZone: "Europe/Zurich")
        return (store, .id(id))
    }

    @Test("a break is called Coffee break unless titled, prints its name B1, and is listed with its day and fixed time")
    func addBreaks() throws {
        let (store, meeting) = try Self.meeting()
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening", minutes: 30)) == "1")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(minutes: 15, isBreak: true)) == "B1")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Panel", minutes: 60)) == "2")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Lunch", minutes: 90, isBreak: true, fixedStart: "12:30")) == "B2")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Day two", minutes: 30, day: 2)) == "3")
        let rows = try store.agenda(meeting: meeting).items
        #expect(rows.map(\.title) == ["Opening", "Coffee break", "Panel", "Lunch", "Day two"])
        #expect(rows.map(\.start) == ["2027-03-02T09:30", "2027-03-02T10:00", "2027-03-02T10:15", "2027-03-02T12:30", "2027-03-03T09:30"])
        #expect(rows.map(\.day) == [1, 1, 1, 1, 2])
        #expect(rows[3].fixedStart == "2027-03-02T12:30")
        #expect(rows[3].gapBefore == 75)
        try store.editAgendaItem(meeting: meeting, item: "b2", AgendaItemDraft(fixedStart: ""))
        #expect(try store.agenda(meeting: meeting).items[3].start == "2027-03-02T11:15")
    }

    @Test("a break has no sub-items, clauses, decisions or action points; each refusal writes nothing")
    func breakRules() throws {
        let (store, meeting) = try Self.meeting()
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening", minutes: 30))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(minutes: 15, isBreak: true))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Panel", minutes: 60))
        try store.addDecision(meeting: meeting, item: "1", text: "Opened")
        let owner = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let before = try store.history(limit: 100).count
        let refusals: [() throws -> Void] = [
            { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Sub", parent: "B1")) },
            { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(clauses: ["R174-2010/recalling/g"], isBreak: true)) },
            { try store.linkClauses(meeting: meeting, item: "B1", keys: ["R174-2010/recalling/g"]) },
            { try store.addDecision(meeting: meeting, item: "B1", text: "No") },
            { try store.addAction(meeting: meeting, ActionDraft(text: "No", owner: "\(owner)", item: "B1")) },
            { try store.moveAgendaItem(meeting: meeting, item: "2", .in) },
            { try store.editAgendaItem(meeting: meeting, item: "1", AgendaItemDraft(isBreak: true)) },
        ]
        for refusal in refusals {
            #expect(throws: ConveneError.self) { try refusal() }
        }
        #expect(try store.history(limit: 100).count == before)
    }

    @Test("a day beyond the meeting's, a day on a sub-item and a malformed time are refused naming the field")
    func badValues() throws {
        let (store, meeting) = try Self.meeting()
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening", minutes: 30))
        func field(_ body: () throws -> Void) -> Field? {
            do { try body() } catch let error as ConveneError { return error.fieldFailure?.0 } catch {}
            return nil
        }
        #expect(field { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "X", day: 3)) } == .day)
        #expect(field { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "X", day: 0)) } == .day)
        #expect(field { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "X", parent: "1", day: 2)) } == .day)
        #expect(field { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "X", fixedStart: "25:00")) } == .fixedStart)
        let (oneDay, single) = try Self.meeting(end: nil)
        #expect(field { try oneDay.addAgendaItem(meeting: single, AgendaItemDraft(title: "X", day: 2)) } == .day)
    }
}
