import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Decisions and action points are edited and removed, each as one undoable change")
struct MinutesEditingTests {
    /// A meeting with two items, three decisions (two under item 2, added first) and one
    /// action point of Ana's under item 1.
    static func minutes() throws -> (Store, RecordReference, action: Int64) {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "Ana", familyName: "Souza", email: "ana@anatel.gov.br"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "张", email: "zhang.wei@miit.gov.cn"))
        let meeting = RecordReference.id(try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"),
                                                              defaultTimeZone: "Europe/Zurich"))
        for title in ["Opening", "Reports"] { try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: title)) }
        try store.addDecision(meeting: meeting, item: "2", text: "Second item, first decision.")
        try store.addDecision(meeting: meeting, item: "2", text: "Second item, second decision.")
        try store.addDecision(meeting: meeting, item: "1", text: "The agenda was adopted.")
        let action = try store.addAction(meeting: meeting, ActionDraft(text: "Circulate the report", owner: "1", item: "1", due: "2027-04-30"))
        return (store, meeting, action)
    }

    @Test("decisions are numbered in agenda order: 1 is item 1's, though added last")
    func numberedInAgendaOrder() throws {
        let (store, meeting, _) = try Self.minutes()
        try store.editDecision(meeting: meeting, .number(1), text: "The agenda was adopted as amended.")
        try store.editDecision(meeting: meeting, .number(3), text: "  The report was noted.  ")
        #expect(try store.decisions(meeting: meeting).map(\.text) == [
            "The agenda was adopted as amended.", "Second item, first decision.", "The report was noted.",
        ])
    }

    @Test("a decision named by its id is the same one after an earlier one is removed; one undo brings it back")
    func byIdAndUndo() throws {
        let (store, meeting, _) = try Self.minutes()
        let second = try store.decisions(meeting: meeting)[1]
        try store.removeDecision(meeting: meeting, .number(1))
        #expect(try store.history(limit: 1).first?.summary == "decision remove 1 under 1 at #1")
        try store.editDecision(meeting: meeting, .id(second.id), text: "Edited by id.")
        // The history names it by its number as `decision list` shows it now.
        #expect(try store.history(limit: 1).first?.summary == "decision edit 1 under 2 at #1")
        #expect(try store.decisions(meeting: meeting).map(\.text) == ["Edited by id.", "Second item, second decision."])
        _ = try store.undo()
        _ = try store.undo()
        #expect(try store.decisions(meeting: meeting).map(\.text) == [
            "The agenda was adopted.", "Second item, first decision.", "Second item, second decision.",
        ])
    }

    @Test("an edit to the same text records nothing")
    func unchangedDecision() throws {
        let (store, meeting, _) = try Self.minutes()
        let before = try store.history(limit: 100).count
        #expect(try store.editDecision(meeting: meeting, .number(1), text: "The agenda was adopted.") == .unchanged)
        #expect(try store.history(limit: 100).count == before)
    }

    @Test("a number past the last, another meeting's id and an empty text are refused, nothing written")
    func decisionRefusals() throws {
        let (store, meeting, _) = try Self.minutes()
        let other = RecordReference.id(try store.addMeeting(MeetingDraft(title: "Other", start: "2027-04-02T09:30"), defaultTimeZone: "UTC"))
        try store.addAgendaItem(meeting: other, AgendaItemDraft(title: "Elsewhere"))
        let elsewhere = try store.addDecision(meeting: other, item: "1", text: "Elsewhere.")
        let before = try store.history(limit: 100).count
        #expect(throws: ConveneError.unknown(field: .decisionNumber, value: "4", reason: "no decision numbered (1 to 3)")) {
            try store.removeDecision(meeting: meeting, .number(4))
        }
        #expect(throws: ConveneError.unknown(field: .decisionNumber, value: "0", reason: "no decision numbered (1 to 3)")) {
            try store.editDecision(meeting: meeting, .number(0), text: "x")
        }
        #expect(throws: ConveneError.unknown(field: .decisionId, value: "\(elsewhere)", reason: "no decision with id (in this meeting)")) {
            try store.removeDecision(meeting: meeting, .id(elsewhere))
        }
        #expect(throws: ConveneError.invalid(field: .text, value: " \n", reason: "empty decision")) {
            try store.editDecision(meeting: meeting, .number(1), text: " \n")
        }
        #expect(try store.history(limit: 100).count == before)
        #expect(try store.decisions(meeting: meeting).count == 3)
    }

    @Test("an action point's text, owner (by name), due date, clause and item change; empty values clear")
    func editAction() throws {
        let (store, meeting, action) = try Self.minutes()
        try store.editAction(.id(action), ActionEdit(text: "Circulate the revised report", owner: "张伟", due: "2027-05-15",
                                                    clause: "R174-2010/recalling/g", item: "2"))
        var row = try store.action(.id(action))
        #expect(row.text == "Circulate the revised report")
        #expect(row.ownerId == 2)
        #expect(row.due == "2027-05-15")
        #expect(row.clauseKey == "R174-2010/recalling/g")
        #expect(row.itemNumber == "2")
        try store.editAction(.id(action), ActionEdit(due: "", clause: "", item: ""))
        row = try store.action(.id(action))
        #expect(row.due == nil && row.clauseKey == nil && row.itemId == nil)
        #expect(row.status == .open)
        #expect(try store.actions(ActionQuery(meeting: meeting)).count == 1)
    }

    @Test("an action point is removed as one change, and one undo brings it back")
    func removeAction() throws {
        let (store, meeting, action) = try Self.minutes()
        try store.removeAction(.id(action))
        #expect(try store.actions(ActionQuery(meeting: meeting)).isEmpty)
        #expect(try store.history(limit: 1).first?.summary == "action remove #\(action) at #1")
        _ = try store.undo()
        #expect(try store.action(.id(action)).text == "Circulate the report")
    }

    @Test("approved minutes refuse editing and removing decisions and action points; an action point's status still changes")
    func lockedWhenApproved() throws {
        let (store, meeting, action) = try Self.minutes()
        _ = try store.approveMinutes(meeting: meeting)
        let before = try store.history(limit: 100).count
        let refusal = ConveneError.refused("the minutes of RD are approved; `convene minutes reopen RD` or issue a corrigendum")
        #expect(throws: refusal) { try store.editDecision(meeting: meeting, .number(1), text: "Changed.") }
        #expect(throws: refusal) { try store.removeDecision(meeting: meeting, .id(1)) }
        #expect(throws: refusal) { try store.editAction(.id(action), ActionEdit(due: "2027-06-30")) }
        #expect(throws: refusal) { try store.removeAction(.id(action)) }
        #expect(try store.history(limit: 100).count == before)
        try store.setActionStatus(.id(action), .done)
        #expect(try store.action(.id(action)).status == .done)
        try store.reopenMinutes(meeting: meeting, reason: "a decision was misquoted")
        try store.editDecision(meeting: meeting, .number(1), text: "The agenda was adopted as amended.")
        #expect(try store.decisions(meeting: meeting).first?.text == "The agenda was adopted as amended.")
    }

    @Test("bad action edits are refused and change nothing")
    func actionRefusals() throws {
        let (store, _, action) = try Self.minutes()
        let before = try store.history(limit: 100).count
        let cases: [(ActionEdit, ConveneError)] = [
            (ActionEdit(text: "  "), .invalid(field: .text, value: "  ", reason: "empty action")),
            (ActionEdit(owner: "Nobody Known"), .unknown(field: .owner, value: "Nobody Known", reason: "unknown participant")),
            (ActionEdit(item: "9"), .unknown(field: .item, value: "9", reason: "no agenda item numbered")),
        ]
        for (edit, error) in cases {
            #expect(throws: error) { try store.editAction(.id(action), edit) }
        }
        #expect(throws: ConveneError.self) { try store.editAction(.id(action), ActionEdit(due: "2027-02-30")) }
        #expect(throws: ConveneError.self) { try store.editAction(.id(action), ActionEdit(clause: "R174-2010/nowhere/z")) }
        #expect(throws: ConveneError.notFound(kind: "action point", reference: "99")) { try store.removeAction(.id(99)) }
        #expect(try store.history(limit: 100).count == before)
        #expect(try store.action(.id(action)).text == "Circulate the report")
    }
}
