import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Names as the record needs them: Latin-script names, organisation names in the ITU languages, a Member State's country")
struct RecordNamesTests {
    @Test("English documents print the honorific, the Latin-script name, then the name as written in brackets", arguments: [
        ("Ms", "فاطمة", "السيد", "Fatima El-Sayed", "Ms Fatima El-Sayed (فاطمة السيد)"),
        ("Mr", "太郎", "山田", "Taro Yamada", "Mr Taro Yamada (山田太郎)"),
        ("Mr", "太郎", "山田", nil, "Mr 山田太郎"),
        ("Dr", "Иван", "Петров", "Ivan Petrov", "Dr Ivan Petrov (Иван Петров)"),
        ("Ms", "Ana", "Souza", "Ana Souza", "Ms Ana Souza"),
        (nil, "Ana", "Souza", "", "Ana Souza"),
        (nil, "伟", "张", "Zhang Wei", "Zhang Wei (张伟)"),
    ] as [(String?, String, String, String?, String)])
    func inRecord(honorific: String?, given: String, family: String, latin: String?, expected: String) {
        #expect(PersonName.inRecord(honorific: honorific, given: given, family: family, latinName: latin) == expected)
    }

    /// A meeting with Ms Fatima El-Sayed of Egypt as chair, presenter, speaker and owner of an
    /// action point citing a clause.
    static func meeting() throws -> Store {
        let store = try TestSupport.memoryStore()
        let fatima = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "فاطمة", familyName: "السيد",
                                                               organisation: "EGY", latinName: "Fatima El-Sayed"))
        let meeting = RecordReference.id(try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"),
                                                              defaultTimeZone: "Africa/Cairo"))
        _ = try store.invite(meeting: meeting, participants: [.id(fatima)], role: .chair, delegation: nil)
        try store.setAttendance(meeting: meeting, participant: .id(fatima), attendance: .present)
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Opening", presenter: "\(fatima)",
                                                                  clauses: ["R174-2010/resolves-to-instruct-sg/i"]))
        try store.addAction(meeting: meeting, ActionDraft(text: "Circulate the report", owner: "\(fatima)", item: "1",
                                                          clause: "R174-2010/resolves-to-instruct-sg/i"))
        return store
    }

    @Test("the minutes, the agenda and the implementation report name her the same way; lists keep the name as written")
    func exports() throws {
        let store = try Self.meeting()
        let expected = "Ms Fatima El-Sayed (فاطمة السيد)"
        let record = try store.meetingRecord(.text("RD"))
        let minutes = MinutesExport.markdown(record, options: ExportOptions(date: "2027-03-03"))
        #expect(minutes.contains("**Chair:** \(expected) (Egypt)"))
        #expect(minutes.contains("**Egypt:** \(expected)"))
        #expect(minutes.contains("| 1   | Circulate the report | \(expected) |"))
        #expect(AgendaExport.markdown(record, options: ExportOptions(date: "2027-03-01")).contains(expected))
        let report = ImplementationReport.markdown(try store.implementationRecord(resolution: "R174-2010", from: nil, to: nil),
                                                   date: "2027-06-01")
        #expect(report.contains(expected))
        #expect(try store.actions().first?.owner == "Ms فاطمة السيد")
    }

    @Test("the Latin-script name is stored, cleared with an empty value, one line only")
    func latinName() throws {
        let store = try Self.meeting()
        #expect(try store.participant(.id(1)).latinName == "Fatima El-Sayed")
        try store.editParticipant(.id(1), ParticipantDraft(latinName: ""))
        #expect(try store.participant(.id(1)).latinName == nil)
        #expect(throws: ConveneError.self) { try store.editParticipant(.id(1), ParticipantDraft(latinName: "Fatima\nEl-Sayed")) }
    }

    @Test("a participant of a Member State's organisation without a country gets the State's; one given is kept")
    func memberStateCountry() throws {
        let store = try TestSupport.memoryStore()
        let egypt = try store.addParticipant(ParticipantDraft(givenName: "Omar", familyName: "Hassan", organisation: "EGY"))
        #expect(try store.participant(.id(egypt)).country == "EGY")
        let expert = try store.addParticipant(ParticipantDraft(givenName: "Lea", familyName: "Roy", organisation: "EGY", country: "FRA"))
        #expect(try store.participant(.id(expert)).country == "FRA")
        _ = try store.addOrganisation(OrganisationDraft(name: "Geo Data Ltd", category: "geospatial-provider", country: "KEN"))
        let provider = try store.addParticipant(ParticipantDraft(givenName: "Amina", familyName: "Otieno", organisation: "Geo Data Ltd"))
        #expect(try store.participant(.id(provider)).country == nil)
        let moved = try store.addParticipant(ParticipantDraft(givenName: "Ivan", familyName: "Petrov"))
        try store.editParticipant(.id(moved), ParticipantDraft(organisation: "RUS"))
        #expect(try store.participant(.id(moved)).country == "RUS")
        let plan = try store.planParticipantImport(csv: Data("given_name,family_name,organisation\nWei,Zhang,CHN\n".utf8),
                                                   source: "test.csv", options: ParticipantImportOptions())
        _ = try store.importParticipants(plan)
        #expect(try store.participants(filter: "Zhang").first?.country == "CHN")
    }

    @Test("organisations have names in French, Spanish, Arabic and Russian, set, cleared and found by the filter")
    func organisationNames() throws {
        let store = try TestSupport.memoryStore()
        let id = try store.addOrganisation(OrganisationDraft(
            name: "Arab Telecommunication Union", category: "regional-organization",
            otherNames: OrganisationNames(fr: "Union arabe des télécommunications", es: "Unión Árabe de Telecomunicaciones",
                                          ar: "الاتحاد العربي للاتصالات", ru: "Арабский союз электросвязи")))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Karim", familyName: "Nasser", organisation: "\(id)"))
        let listing = try store.organisation(.id(id))
        #expect(listing.nameAr == "الاتحاد العربي للاتصالات" && listing.nameRu == "Арабский союз электросвязи")
        #expect(try store.organisations(OrganisationQuery(filter: "union arabe telecommunications")).map(\.id) == [id])
        #expect(try store.participants(filter: "союз").map(\.familyName) == ["Nasser"])
        #expect(DirectoryFilter.matching(try store.participants(), query: "الاتحاد").map(\.familyName) == ["Nasser"])
        try store.editOrganisation(.id(id), OrganisationEdit(otherNames: OrganisationNames(ru: "")))
        #expect(try store.organisation(.id(id)).nameRu == nil)
        #expect(try store.participants(filter: "союз").isEmpty)
        #expect(throws: ConveneError.self) {
            try store.editOrganisation(.id(id), OrganisationEdit(otherNames: OrganisationNames(fr: "two\nlines")))
        }
    }

    @Test("the filter finds the Latin-script name in the stored keys and in the app's; undo puts the stored key back")
    func latinNameIsFound() throws {
        let store = try Self.meeting()
        #expect(try store.participants(filter: "el-sayed fatima").map(\.id) == [1])
        #expect(DirectoryFilter.matching(try store.participants(), query: "el-sayed fatima").map(\.id) == [1])
        try store.editParticipant(.id(1), ParticipantDraft(latinName: "Fatma Elsayed"))
        #expect(try store.participants(filter: "fatima").isEmpty)
        _ = try store.undo()
        #expect(try store.participants(filter: "fatima").map(\.id) == [1])
    }
}
