import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("The speakers' list of an agenda item")
struct SpeakersTests {
    @Test("speakers queue in order; next gives the floor and stops the one speaking; each is one history entry")
    func queue() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        try store.addAgendaItem(meeting: .text("RD"), AgendaItemDraft(title: "Reports"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Kwame", familyName: "Mensah", organisation: "KEN"))
        try store.addSpeaker(meeting: .text("RD"), item: "1", participant: .text("Mensah"), delegation: .text("Kenya"))
        try store.addSpeaker(meeting: .text("RD"), item: "1", participant: nil, delegation: .text("中国"))
        let start = Date(timeIntervalSince1970: 1_804_680_000)
        #expect(try store.nextSpeaker(meeting: .text("RD"), item: "1", at: start)?.name == "Kwame Mensah")
        let second = try #require(try store.nextSpeaker(meeting: .text("RD"), item: "1", at: start.addingTimeInterval(95)))
        #expect(second.name == "China")
        let rows = try store.speakers(meeting: .text("RD"))
        #expect(rows.map(\.state) == [.spoke, .speaking])
        #expect(rows.first?.seconds() == 95)
        #expect(try store.nextSpeaker(meeting: .text("RD"), item: "1", at: start.addingTimeInterval(200)) == nil)
        #expect(try store.speakers(meeting: .text("RD")).map(\.state) == [.spoke, .spoke])
        try store.undo()
        #expect(try store.speakers(meeting: .text("RD")).map(\.state) == [.spoke, .speaking])
        try store.removeSpeaker(second.id)
        #expect(try store.speakers(meeting: .text("RD")).count == 1)
    }

    @Test("the minutes name who took the floor under each item, delegations first, each once")
    func minutesNameTheSpeakers() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        try store.addAgendaItem(meeting: .text("RD"), AgendaItemDraft(title: "Reports"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Kwame", familyName: "Mensah"))
        for delegation in ["Kenya", "China", "Russian Federation", "Kenya"] {
            try store.addSpeaker(meeting: .text("RD"), item: "1", participant: nil, delegation: .text(delegation))
        }
        try store.addSpeaker(meeting: .text("RD"), item: "1", participant: .text("Mensah"), delegation: nil)
        try store.addSpeaker(meeting: .text("RD"), item: "1", participant: nil, delegation: .text("Japan"))
        for _ in 1...5 { try store.nextSpeaker(meeting: .text("RD"), item: "1") }
        let minutes = try store.export(.minutes, meeting: .text("RD"), options: ExportOptions(date: "2027-03-04"))
        #expect(minutes.contains("Statements were made by the delegations of Kenya, China and Russian Federation, and by Kwame Mensah."))
        #expect(!minutes.contains("Japan"))
    }
}
