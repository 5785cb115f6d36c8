import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Import writes: ids, invitations, progress, and one undo back to the stored directory")
struct ImportWriteTests {
    func plan(_ csv: String, _ store: Store, _ options: ParticipantImportOptions = ParticipantImportOptions()) throws
        -> ParticipantImportPlan {
        try store.planParticipantImport(csv: Data(csv.utf8), source: "test.csv", options: options)
    }

    @Test("new rows get ids after every id used before, even a removed one, and their invitations name them")
    func idsAfterRemoved() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Regional dialogue", start: "2027-03-02T09:30", timeZone: "Europe/Zurich"), defaultTimeZone: "UTC")
        let removed = try store.addParticipant(ParticipantDraft(givenName: "Gone", familyName: "Before"))
        try store.removeParticipant(.id(removed))
        let csv = "given_name,family_name,email\nAna,Souza,ana@example.org\n王,芳,wang@example.org\nمحمد,العلي,\n"
        _ = try store.importParticipants(try plan(csv, store, ParticipantImportOptions(meeting: .text("RD"))))
        let participants = try store.participants()
        #expect(participants.count == 3)
        #expect(participants.allSatisfy { $0.id > removed })
        let invited = try store.invitations(meeting: .text("RD")).map(\.participantId).sorted()
        #expect(invited == participants.map(\.id).sorted())
    }

    @Test("checking and writing report their progress to the end; one undo of an import of new and updated rows restores the directory exactly")
    func undoRestoresExactly() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@example.org"))
        let participantsBefore = try store.participants(), organisationsBefore = try store.organisations()
        let csv = """
            given_name,family_name,email,organisation,function
            Ana,Souza,ana@example.org,Université de Genève,Professeure
            Иван,Иванов,ivan@example.org,Université de Genève,
            李,娜,li@example.org,Institut Nouveau,参赞

            """
        var checked = 0
        let planned = try store.planParticipantImport(csv: Data(csv.utf8), source: "test.csv") { done, _ in checked = done }
        #expect(checked == 3)
        var reported: [(Int, Int)] = []
        let result = try store.importParticipants(planned) { done, total in reported.append((done, total)) }
        #expect(result.added == 2 && result.updated == 1 && result.organisationsAdded == 2)
        #expect(reported.last.map { $0 == (3, 3) } == true)
        #expect(try store.participants(filter: "ИВАНОВ").map(\.name) == ["Иван Иванов"])
        #expect(try store.history(limit: 5).count == 2)
        try store.undo()
        #expect(try store.participants() == participantsBefore)
        #expect(try store.organisations() == organisationsBefore)
    }
}
