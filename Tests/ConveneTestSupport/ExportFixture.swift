import ConveneCore
import Foundation

/// A regional dialogue with English and Chinese names, hostile text, and clause links to two
/// documents (Res. 174 (Guadalajara, 2010) and the RCC proposal in Chinese); its exports'
/// golden files are in `Fixtures/`. The core's export tests and the terminal app's export
/// tests both use it, so both check the same bytes.
public enum ExportFixture {
    public static let options = ExportOptions(date: "2027-02-15")

    public static func store() throws -> Store {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(
            code: "RD-2027", title: "Regional dialogue on Resolution 174", start: "2027-03-02T09:30", end: "17:30",
            timeZone: "Europe/Zurich", level: "regional", region: "Europe", venue: "Geneva, CICG", symbol: "R174-RD/1"),
            defaultTimeZone: "UTC")
        _ = try store.addOrganisation(OrganisationDraft(name: "Global Geospatial Information Service", category: "geospatial-provider", shortName: "GGIS", country: "CHE"))
        let ana = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "Ana", familyName: "Souza", organisation: "BRA", email: "ana@anatel.gov.br"))
        let taro = try store.addParticipant(ParticipantDraft(givenName: "太郎", familyName: "山田", organisation: "JPN"))
        let fang = try store.addParticipant(ParticipantDraft(givenName: "芳", familyName: "王", organisation: "CHN"))
        let ingrid = try store.addParticipant(ParticipantDraft(givenName: "Ingrid", familyName: "Berg", organisation: "CEPT"))
        let amina = try store.addParticipant(ParticipantDraft(givenName: "Amina", familyName: "Diallo", organisation: "SEN"))
        let hostile = try store.addParticipant(ParticipantDraft(givenName: "A|B <script>", familyName: "*bold* `x`", organisation: "GGIS"))
        let id = RecordReference.id(meeting)
        _ = try store.invite(meeting: id, participants: [.id(ana)], role: .chair, delegation: nil)
        _ = try store.invite(meeting: id, participants: [.id(taro), .id(fang), .id(amina)], role: nil, delegation: nil)
        _ = try store.invite(meeting: id, participants: [.id(ingrid), .id(hostile)], role: .observer, delegation: nil)
        for (who, status) in [(ana, Attendance.present), (taro, .present), (fang, .remote), (ingrid, .present), (amina, .apologies), (hostile, .present)] {
            try store.setAttendance(meeting: id, participant: .id(who), attendance: status)
        }
        try store.addAgendaItem(meeting: id, AgendaItemDraft(title: "Opening of the meeting", minutes: 10))
        try store.addAgendaItem(meeting: id, AgendaItemDraft(title: "Approval of the agenda", minutes: 5, documents: ["R174-RD/1"]))
        try store.addAgendaItem(meeting: id, AgendaItemDraft(
            title: "Implementation of Resolution 174", minutes: 30, presenter: "\(taro)", documents: ["R174-RD/3", "R174-RD/4"],
            clauses: ["R174-2010/resolves-to-instruct-sg/i", "R174-2010/recalling/g"],
            description: "Reports on *illicit use* of ICTs.\n\n# Background\n\nSee the annex."))
        try store.addAgendaItem(meeting: id, AgendaItemDraft(
            title: "RCC proposal | 区域通信联合体提案", parent: "3", minutes: 20, clauses: ["R174-2022-RCC/recalling/f"]))
        try store.addAgendaItem(meeting: id, AgendaItemDraft(title: "Other business", minutes: 10))
        try store.setNotes(meeting: id, item: "3", .replace("""
            The Secretariat presented document R174-RD/3.

            # Discussion

            - Brazil supported the proposal.
            - 日本代表团表示支持。

            Delegates asked for a <b>follow-up</b> | meeting.
            """))
        try store.setNotes(meeting: id, item: "3.1", .replace("王芳介绍了区域通信联合体的提案。"))
        try store.addDecision(meeting: id, item: "3", text: "The meeting took note of the reports.")
        try store.addDecision(meeting: id, item: "3.1", text: "会议同意将提案提交理事会。")
        try store.addAction(meeting: id, ActionDraft(text: "Circulate the report | with annexes", owner: "\(ana)", item: "3",
                                                     due: "2027-04-30", clause: "R174-2010/requests-sg"))
        let done = try store.addAction(meeting: id, ActionDraft(text: "翻译提案", owner: "\(fang)", item: "3.1", due: "2027-03-31"))
        try store.setActionStatus(.id(done), .done)
        try store.recordSession(meeting: id, opened: "09:35", closed: "17:10")
        return store
    }

    /// The golden file of one of this fixture's exports: `agenda.md`, `minutes.md`, `implementation.md`.
    public static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }
}
