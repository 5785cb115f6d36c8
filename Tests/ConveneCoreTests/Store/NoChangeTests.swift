import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("An action that changes nothing leaves no history entry")
struct NoChangeTests {
    @Test("edits with the stored values say unchanged and record nothing; a real edit says changed")
    func edits() throws {
        let store = try TestSupport.memoryStore()
        let person = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let meeting = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "Europe/Zurich")
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Opening", minutes: 10))
        let before = try store.history(limit: 100).count
        #expect(try store.editParticipant(.id(person), ParticipantDraft()) == .unchanged)
        #expect(try store.editParticipant(.id(person), ParticipantDraft(givenName: "Ana")) == .unchanged)
        #expect(try store.editMeeting(.id(meeting), MeetingDraft(title: "Dialogue")) == .unchanged)
        #expect(try store.editAgendaItem(meeting: .id(meeting), item: "1", AgendaItemDraft(minutes: 10)) == .unchanged)
        #expect(try store.history(limit: 100).count == before)
        #expect(try store.editParticipant(.id(person), ParticipantDraft(familyName: "Sousa")) == .changed)
        #expect(try store.history(limit: 100).count == before + 1)
    }

    @Test("an entry an older convene recorded with no real change is passed over by undo")
    func legacyEmptyEntry() throws {
        let store = try TestSupport.memoryStore()
        let person = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        // What an older convene wrote for `participant edit 1` with no options.
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO change(at, summary, isOpen) VALUES ('2026-01-01T00:00:00Z', 'participant edit #1 Ana Souza', 0)")
            let row = try String.fetchOne(db, sql: "SELECT after FROM changeRow WHERE tableName = 'participant'")
            try db.execute(sql: "INSERT INTO changeRow(changeId, tableName, rowKey, before, after) VALUES (?, 'participant', ?, ?, ?)",
                           arguments: [db.lastInsertedRowID, person, row, row])
        }
        #expect(try store.undo() == "participant add #\(person) Ana Souza")
        #expect(try store.participants().isEmpty)
    }
}
