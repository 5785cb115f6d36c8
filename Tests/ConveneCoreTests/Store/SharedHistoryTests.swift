import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("Several organisers on one database: who did what, undo that is yours, purge")
struct SharedHistoryTests {
    static let olga = ChangeAuthor(user: "olga", host: "registry-1")
    static let wei = ChangeAuthor(user: "wei", host: "registry-1")

    @Test("each history entry names its user and host")
    func authorRecorded() throws {
        let store = try TestSupport.memoryStore().acting(as: Self.olga)
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let entry = try #require(try store.history(limit: 1).first)
        #expect(entry.user == "olga")
        #expect(entry.host == "registry-1")
        #expect(entry.author == "olga@registry-1")
    }

    @Test("undo walks back your own changes, not the newest change in the database")
    func undoIsYours() throws {
        let shared = try TestSupport.memoryStore()
        let olga = shared.acting(as: Self.olga), wei = shared.acting(as: Self.wei)
        let ana = try olga.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let li = try wei.addParticipant(ParticipantDraft(givenName: "明", familyName: "李"))
        #expect(try olga.undo() == "participant add #\(ana) Ana Souza")
        #expect(try shared.participants().map(\.id) == [li])
        #expect(throws: ConveneError.refused(
            "nothing to undo: none of the changes left are yours (olga@registry-1); see `convene history`")) {
            try olga.undo()
        }
        #expect(try wei.undo() == "participant add #\(li) 李明")
        #expect(throws: ConveneError.refused("nothing to undo")) { try wei.undo() }
    }

    @Test("undoing a change someone else built on is refused, naming them and their change")
    func undoRefusedWhenOverwritten() throws {
        let shared = try TestSupport.memoryStore()
        let olga = shared.acting(as: Self.olga), wei = shared.acting(as: Self.wei)
        let ana = try olga.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try olga.editParticipant(.id(ana), ParticipantDraft(function: "Adviser"))
        try wei.editParticipant(.id(ana), ParticipantDraft(function: "Head of delegation"))
        let weiChange = try #require(try shared.history(limit: 1).first)
        do {
            try olga.undo()
            Issue.record("undo went through and overwrote wei's edit")
        } catch let ConveneError.refused(message) {
            #expect(message.contains("wei@registry-1"))
            #expect(message.contains("#\(weiChange.id) (participant edit #\(ana) Ana Souza)"))
            #expect(message.contains("participant \(ana)"))
        }
        #expect(try shared.participant(.id(ana)).function == "Head of delegation")
        // Once wei undoes the edit, olga's undo goes through.
        try wei.undo()
        try olga.undo()
        #expect(try shared.participant(.id(ana)).function == nil)
    }

    @Test("someone else's change and its undo cancel out and do not block yours")
    func cancelledChangeDoesNotBlock() throws {
        let shared = try TestSupport.memoryStore()
        let olga = shared.acting(as: Self.olga), wei = shared.acting(as: Self.wei)
        let ana = try olga.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try wei.editParticipant(.id(ana), ParticipantDraft(phone: "+41 22 730 5111"))
        try wei.undo()
        #expect(try olga.undo() == "participant add #\(ana) Ana Souza")
        #expect(try shared.participants().isEmpty)
    }

    @Test("remove --purge erases email, phone, function and notes from every history entry; undo brings back the name")
    func purge() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(
            givenName: "Amina", familyName: "Diallo", function: "Director", email: "amina@artp.sn",
            phone: "+221 33 869 0369", notes: "prefers French"))
        try store.editParticipant(.id(id), ParticipantDraft(email: "a.diallo@artp.sn"))
        try store.removeParticipant(.id(id), purge: true)

        let logged = try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT coalesce(before, '') || coalesce(after, '') FROM changeRow WHERE tableName = 'participant'
                """)
        }
        #expect(logged.count == 3)
        for state in logged {
            #expect(state.contains("Amina"))
            for secret in ["artp.sn", "869", "Director", "French"] {
                #expect(!state.contains(secret), "\(secret) left in \(state)")
            }
        }
        let history = try store.history(limit: 3)
        #expect(history[0].summary.contains("purged"))
        #expect(history[1].rows.map(\.description) == ["changed (personal data erased by --purge)"])
        try store.undo()
        let back = try store.participant(.id(id))
        #expect(back.name == "Amina Diallo")
        #expect(back.email == nil && back.phone == nil && back.function == nil)
    }

    @Test("remove without --purge keeps the data for undo")
    func removeKeepsData() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(givenName: "Amina", familyName: "Diallo", email: "amina@artp.sn"))
        try store.removeParticipant(.id(id))
        try store.undo()
        #expect(try store.participant(.id(id)).email == "amina@artp.sn")
    }
}
