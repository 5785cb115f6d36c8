import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Names typed where an id was expected: one match is taken, several are refused with their ids")
struct NameLookupTests {
    func directory() throws -> (Store, ana: Int64, wei: Int64, weiming: Int64, amina: Int64) {
        let store = try TestSupport.memoryStore()
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Aïssatou", familyName: "Diallo", organisation: "SEN"))
        let wei = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "张", organisation: "CHN"))
        let weiming = try store.addParticipant(ParticipantDraft(givenName: "伟明", familyName: "张", organisation: "CHN"))
        let amina = try store.addParticipant(ParticipantDraft(givenName: "أمينة", familyName: "الهاشمي", organisation: "EGY"))
        return (store, ana, wei, weiming, amina)
    }

    @Test("a participant is found by part of a name, without its accents, in Latin, Chinese and Arabic script")
    func participantByName() throws {
        let (store, ana, _, _, amina) = try directory()
        #expect(try store.participant(.text("Diallo")).id == ana)
        #expect(try store.participant(.text("aissatou")).id == ana)
        #expect(try store.participant(.text("الهاشمي")).id == amina)
    }

    @Test("several matches are refused listing each candidate with its id; the one whose whole name was typed is taken")
    func ambiguousParticipant() throws {
        let (store, _, wei, weiming, _) = try directory()
        #expect(throws: ConveneError.ambiguous(kind: "participant", reference: "张",
                                               candidates: ["#\(wei) 张伟 (China)", "#\(weiming) 张伟明 (China)"])) {
            try store.participant(.text("张"))
        }
        #expect(try store.participant(.text("张伟")).id == wei)
        #expect(try store.participant(.text("伟明")).id == weiming)
        #expect(throws: ConveneError.notFound(kind: "participant", reference: "Nobody")) { try store.participant(.text("Nobody")) }
    }

    @Test("a name in an action's owner is resolved; an ambiguous one writes nothing")
    func ownerByName() throws {
        let (store, ana, _, _, _) = try directory()
        let meeting = try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        let id = try store.addAction(meeting: .text("RD"), ActionDraft(text: "Circulate", owner: "diallo"))
        #expect(try store.action(.id(id)).ownerId == ana)
        #expect(throws: ConveneError.self) { try store.addAction(meeting: .id(meeting), ActionDraft(text: "Again", owner: "张")) }
        #expect(try store.actions().count == 1)
    }

    @Test("an organisation is found by words of its name, as the filter finds it")
    func organisationByName() throws {
        let store = try TestSupport.memoryStore()
        let found = try store.organisation(.text("Cote d'Ivoire"))
        #expect(found.country == "CIV")
        #expect(try store.organisation(.text("cote ivoire")).id == found.id)
    }

    @Test("a meeting is found by words of its title; a country by its name")
    func meetingAndCountry() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addMeeting(MeetingDraft(title: "Regional dialogue on Resolution 174", start: "2027-03-02T09:30"),
                                      defaultTimeZone: "UTC")
        _ = try store.addMeeting(MeetingDraft(title: "Regional workshop", start: "2027-04-02T09:30"), defaultTimeZone: "UTC")
        #expect(try store.meeting(.text("dialogue")).id == id)
        #expect(throws: ConveneError.self) { try store.meeting(.text("regional")) }
        let person = try store.addParticipant(ParticipantDraft(givenName: "Kwame", familyName: "Mensah", country: "Ghana"))
        #expect(try store.participant(.id(person)).country == "GHA")
    }
}
