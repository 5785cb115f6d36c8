import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Record references: ids from the app, typed text from the command line")
struct RecordReferenceTests {
    @Test(".id looks up the primary key only; .text also finds a meeting by its code")
    func meetings() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addMeeting(MeetingDraft(code: "RD-2027", title: "Dialogue", start: "2027-03-02T09:30"),
                                      defaultTimeZone: "Europe/Zurich")
        #expect(try store.meeting(.id(id)).code == "RD-2027")
        #expect(try store.meeting(.text(" rd-2027 ")).id == id)
        #expect(try store.meeting(.text(" \(id) ")).id == id)
        #expect(throws: ConveneError.notFound(kind: "meeting", reference: "\(id + 1)")) { try store.meeting(.id(id + 1)) }
    }

    @Test(".text finds a participant by email, an organisation by short name; unknown ones are named as typed")
    func participantsAndOrganisations() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@anatel.gov.br"))
        #expect(try store.participant(.text("ANA@anatel.gov.br")).id == id)
        #expect(try store.participant(.id(id)).name == "Ana Souza")
        #expect(throws: ConveneError.notFound(kind: "participant", reference: "nobody@example.org")) {
            try store.participant(.text("nobody@example.org"))
        }
        #expect(try store.participants(organisation: .text("BRA")).isEmpty)
        #expect(throws: ConveneError.unknown(field: .organisation, value: "Nowhere", reason: "unknown organisation")) {
            try store.participants(organisation: .text("Nowhere"))
        }
    }
}
