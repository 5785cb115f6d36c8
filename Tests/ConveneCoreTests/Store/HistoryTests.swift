import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("History and undo")
struct HistoryTests {
    @Test("every action is one history entry with its rows")
    func entries() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@anatel.gov.br"))
        try store.editParticipant(.id(id), ParticipantDraft(function: "Adviser"))
        let history = try store.history(limit: 10)
        #expect(history.map(\.summary) == ["participant edit #\(id) Ana Souza", "participant add #\(id) Ana Souza"])
        #expect(history[0].rows.count == 1)
        #expect(history[0].rows[0].description == "function: ∅ → Adviser")
        #expect(history[1].rows[0].description == "added")
    }

    @Test("undo reverts edits, removals and additions in reverse order")
    func undoStack() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try store.editParticipant(.id(id), ParticipantDraft(familyName: "Sousa"))
        try store.removeParticipant(.id(id))
        #expect(try store.participants().isEmpty)

        #expect(try store.undo() == "participant remove #\(id) Ana Sousa")
        #expect(try store.participant(.id(id)).familyName == "Sousa")
        try store.undo()
        #expect(try store.participant(.id(id)).familyName == "Souza")
        try store.undo()
        #expect(try store.participants().isEmpty)
        #expect(throws: ConveneError.refused("nothing to undo")) { try store.undo() }
    }

    @Test("undoing a meeting removal brings back its cascaded invitations")
    func undoCascade() throws {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(title: "Regional dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "Europe/Zurich")
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", organisation: "BRA"))
        let taro = try store.addParticipant(ParticipantDraft(givenName: "太郎", familyName: "山田", organisation: "JPN"))
        _ = try store.invite(meeting: .id(meeting), participants: [.id(ana), .id(taro)], role: .chair, delegation: nil)
        try store.setAttendance(meeting: .id(meeting), participant: .id(taro), attendance: .present)
        try store.removeMeeting(.id(meeting))
        #expect(try store.meetings().isEmpty)
        try store.undo()
        let invitations = try store.invitations(meeting: .id(meeting))
        #expect(invitations.map(\.name).sorted() == ["Ana Souza", "山田太郎"])
        #expect(invitations.first { $0.participantId == taro }?.attendance == .present)
        #expect(invitations.allSatisfy { $0.role == .chair })
    }

    @Test("undo is recorded in the history and not undone itself")
    func undoRecorded() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "A", familyName: "One"))
        let second = try store.addParticipant(ParticipantDraft(givenName: "B", familyName: "Two"))
        try store.undo()
        try store.undo()
        let history = try store.history(limit: 10)
        #expect(history.map(\.summary) == [
            "undo: participant add #1 A One", "undo: participant add #\(second) B Two",
            "participant add #\(second) B Two", "participant add #1 A One",
        ])
        #expect(history[2].undoneBy == history[1].id)
    }

    @Test("a failed action leaves no history entry and no data")
    func failedAction() throws {
        let store = try TestSupport.memoryStore()
        #expect(throws: ConveneError.self) {
            try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", country: "ZZZ"))
        }
        #expect(try store.participants().isEmpty)
        #expect(try store.history(limit: 10).isEmpty)
    }
}
