import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("Damage is found before a write, and by convene check")
struct DamageCheckTests {
    @Test("a sound database passes convene check")
    func soundDatabase() throws {
        let path = try DamagedDatabase.populated()
        defer { DamagedDatabase.remove(path) }
        let store = try Store.open(path: path, reference: TestSupport.reference)
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let report = try store.integrityReport()
        #expect(report.problems == [])
        #expect(report.checked == ["integrity_check", "foreign keys", "history"])
    }

    @Test("garbage in the middle of the file: the write is refused, pointing to recovery; check reports it")
    func damagedRefusesWrites() throws {
        let path = try DamagedDatabase.make()
        defer { DamagedDatabase.remove(path) }
        let store = try Store.open(path: path, reference: TestSupport.reference,
                                   options: Store.Options(checksBeforeWriting: true))
        do {
            _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
            Issue.record("the write went through on a damaged database")
        } catch let ConveneError.unusableDatabase(_, reason) {
            #expect(reason.contains("damaged"))
            #expect(reason.contains(".recover"))
            #expect(reason.contains("copy the file first (`convene backup --sqlite COPY`"))
        }
        #expect(try !store.integrityReport().isSound)
    }

    @Test("the history must replay to the tables: a row changed behind convene's back is reported")
    func historyMismatch() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        #expect(try store.integrityReport().isSound)
        try store.queue.write { db in
            try db.execute(sql: "UPDATE participant SET familyName = 'Changed' WHERE id = ?", arguments: [id])
        }
        #expect(try store.integrityReport().problems == ["history: participant \(id) is not as its latest change left it"])
    }

    @Test("orphan rows are reported")
    func orphans() throws {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        try store.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO invitation(meetingId, participantId, role, reply) VALUES (?, 999, 'delegate', 'invited')",
                           arguments: [meeting])
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let problems = try store.integrityReport().problems
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("orphan row: invitation") == true)
    }
}
