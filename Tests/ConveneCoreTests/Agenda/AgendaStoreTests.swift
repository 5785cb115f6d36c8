import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Agenda tree, numbering, moves and times")
struct AgendaStoreTests {
    static func meeting() throws -> (Store, RecordReference) {
        let store = try TestSupport.memoryStore()
        let id = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "Europe/Zurich")
        return (store, .id(id))
    }

    func outline(_ store: Store, _ meeting: RecordReference) throws -> [String] {
        try store.agenda(meeting: meeting).items.map { "\($0.number) \($0.title)" }
    }

    @Test("items number 1, 2, 2.1, 2.1.1 from their positions")
    func numbering() throws {
        let (store, meeting) = try Self.meeting()
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening")) == "1")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Resolution 174")) == "2")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Reports", parent: "2")) == "2.1")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "RCC report", parent: "2.1")) == "2.1.1")
        #expect(try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Approval of the agenda", after: "1")) == "2")
        #expect(try outline(store, meeting) == [
            "1 Opening", "2 Approval of the agenda", "3 Resolution 174", "3.1 Reports", "3.1.1 RCC report",
        ])
    }

    @Test("moves renumber: up, down, in under the previous item, out after the parent")
    func moves() throws {
        let (store, meeting) = try Self.meeting()
        for title in ["A", "B", "C"] { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: title)) }
        #expect(try store.moveAgendaItem(meeting: meeting, item: "3", .up) == "2")
        #expect(try outline(store, meeting) == ["1 A", "2 C", "3 B"])
        #expect(try store.moveAgendaItem(meeting: meeting, item: "2", .in) == "1.1")
        #expect(try outline(store, meeting) == ["1 A", "1.1 C", "2 B"])
        #expect(try store.moveAgendaItem(meeting: meeting, item: "2", .in) == "1.2")
        #expect(try outline(store, meeting) == ["1 A", "1.1 C", "1.2 B"])
        #expect(try store.moveAgendaItem(meeting: meeting, item: "1.1", .out) == "2")
        #expect(try outline(store, meeting) == ["1 A", "1.1 B", "2 C"])
        #expect(try store.moveAgendaItem(meeting: meeting, item: "1", .down) == "2")
        #expect(try outline(store, meeting) == ["1 C", "2 A", "2.1 B"])
    }

    @Test("impossible moves are refused and change nothing")
    func impossibleMoves() throws {
        let (store, meeting) = try Self.meeting()
        for title in ["A", "B"] { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: title)) }
        let before = try store.history(limit: 100).count
        #expect(throws: ConveneError.self) { try store.moveAgendaItem(meeting: meeting, item: "1", .up) }
        #expect(throws: ConveneError.self) { try store.moveAgendaItem(meeting: meeting, item: "2", .down) }
        #expect(throws: ConveneError.self) { try store.moveAgendaItem(meeting: meeting, item: "1", .in) }
        #expect(throws: ConveneError.self) { try store.moveAgendaItem(meeting: meeting, item: "1", .out) }
        #expect(throws: ConveneError.self) { try store.moveAgendaItem(meeting: meeting, item: "7", .up) }
        #expect(try outline(store, meeting) == ["1 A", "2 B"])
        #expect(try store.history(limit: 100).count == before)
    }

    @Test("start times follow the allotted minutes; a parent without minutes takes its sub-items' sum, one with minutes its own")
    func times() throws {
        let (store, meeting) = try Self.meeting()
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening", minutes: 10))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Reports"))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "ATU", parent: "2", minutes: 20))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "CEPT", parent: "2", minutes: 25))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Budget", minutes: 30))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Income", parent: "3", minutes: 10))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Other business", minutes: 15))
        let agenda = try store.agenda(meeting: meeting)
        #expect(agenda.items.map { MeetingTime.clock($0.start) } == ["09:30", "09:40", "09:40", "10:00", "10:25", "10:25", "10:55"])
        #expect(agenda.items.map(\.totalMinutes) == [10, 45, 20, 25, 30, 10, 15])
        #expect(agenda.items.map(\.timeFromSubItems) == [false, true, false, false, false, false, false])
        #expect(agenda.totalMinutes == 100)
    }

    @Test("removing an item removes its sub-items and renumbers; undo restores them")
    func removeAndUndo() throws {
        let (store, meeting) = try Self.meeting()
        for title in ["A", "B", "C"] { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: title)) }
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "B.1", parent: "2"))
        try store.addDecision(meeting: meeting, item: "2.1", text: "Agreed")
        try store.removeAgendaItem(meeting: meeting, item: "2")
        #expect(try outline(store, meeting) == ["1 A", "2 C"])
        #expect(try store.decisions(meeting: meeting).isEmpty)
        try store.undo()
        #expect(try outline(store, meeting) == ["1 A", "2 B", "2.1 B.1", "3 C"])
        #expect(try store.decisions(meeting: meeting).map(\.text) == ["Agreed"])
    }

    @Test("notes replace and append; decisions and actions list in order")
    func minutes() throws {
        let (store, meeting) = try Self.meeting()
        let owner = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "A"))
        try store.setNotes(meeting: meeting, item: "1", .replace("First paragraph."))
        try store.setNotes(meeting: meeting, item: "1", .append("Second paragraph."))
        #expect(try store.agenda(meeting: meeting).items[0].notes == "First paragraph.\n\nSecond paragraph.")
        let action = try store.addAction(meeting: meeting, ActionDraft(text: "Circulate the report", owner: "\(owner)", item: "1", due: "2027-04-30"))
        #expect(try store.actions(ActionQuery(openOnly: true)).map(\.id) == [action])
        try store.setActionStatus(.id(action), .done)
        #expect(try store.actions(ActionQuery(openOnly: true)).isEmpty)
        #expect(try store.actions(ActionQuery(meeting: meeting))[0].itemNumber == "1")
        #expect(throws: ConveneError.self) {
            try store.addAction(meeting: meeting, ActionDraft(text: "X", owner: "\(owner)", due: "next week"))
        }
    }
}
