import Foundation

/// `convene demo`: a sample database for newcomers, beside the default database in the data
/// folder and never the default database itself, holding one Resolution 174 regional
/// dialogue. It is made through the store's own actions, so every value passes the same
/// checks a user's would, and its history shows how it was made.
public enum DemoDatabase {
    /// The meeting's code; its presence says the demo was made.
    public static let meetingCode = "ARB-2027"

    /// `demo.sqlite` in the folder of the default database.
    public static func path(environment: [String: String]) -> String {
        URL(fileURLWithPath: DatabaseLocation.defaultPath(environment: environment))
            .deletingLastPathComponent().appendingPathComponent("demo.sqlite").path
    }

    /// Fills `store` with the dialogue unless it is there already; true when it was made now.
    @discardableResult
    public static func fillOnce(_ store: Store) throws -> Bool {
        guard try !store.meetings().contains(where: { $0.meeting.code == meetingCode }) else { return false }
        try DemoContent(store: store).make()
        return true
    }
}

/// The dialogue itself: who comes, the agenda with the clauses it discusses, and what was
/// said, decided and asked for.
private struct DemoContent {
    let store: Store

    func make() throws {
        let itu = try store.addOrganisation(OrganisationDraft(
            name: "International Telecommunication Union", category: "international-body", shortName: "ITU",
            nameZh: "国际电信联盟", country: "CHE"))
        let geoCentre = try store.addOrganisation(OrganisationDraft(
            name: "Arab Centre for Geospatial Information", category: "geospatial-provider", shortName: "ACGI", country: "EGY"))
        let mapping = try store.addOrganisation(OrganisationDraft(
            name: "Sahel Open Mapping Cooperative", category: "geospatial-provider", shortName: "SOMC", country: "SEN"))
        let observatory = try store.addOrganisation(OrganisationDraft(
            name: "Regional Open Data Observatory", category: "information-provider", shortName: "RODO", country: "TUN"))
        let university = try store.addOrganisation(OrganisationDraft(
            name: "Université Mohammed V de Rabat", category: "academia", country: "MAR"))

        // (honorific, given, family, organisation, function, email, country, role)
        let people: [(String?, String, String, String, String?, String, String, InvitationRole)] = [
            ("H.E.", "أحمد", "منصور", "EGY", "Chair of the dialogue", "a.mansour@example.eg", "EGY", .chair),
            ("Ms", "Fatou", "Diallo", "\(itu)", "Programme Officer", "fatou.diallo@example.int", "SEN", .secretariat),
            ("Mr", "يوسف", "العلي", "SAU", "Head of delegation", "y.alali@example.sa", "SAU", .delegate),
            ("Ms", "Aïcha", "Benjelloun", "MAR", "Counsellor", "a.benjelloun@example.ma", "MAR", .delegate),
            ("Mr", "Sami", "Ben Saïd", "TUN", "Engineer", "s.bensaid@example.tn", "TUN", .rapporteur),
            (nil, "晓明", "李", "CHN", "处长", "li.xiaoming@example.cn", "CHN", .observer),
            ("Ms", "Ольга", "Смирнова", "RUS", "Эксперт", "o.smirnova@example.ru", "RUS", .observer),
            ("Mr", "João", "São Pedro", "BRA", "Adviser", "joao.saopedro@example.br", "BRA", .observer),
            ("Dr", "ليلى", "حداد", "\(geoCentre)", "Director of geodesy", "l.haddad@example.org", "EGY", .speaker),
            ("Mr", "Ousmane", "Ndiaye", "\(mapping)", "Community mapping lead", "o.ndiaye@example.org", "SEN", .speaker),
            ("Ms", "Leïla", "Trabelsi", "\(observatory)", "Data steward", "l.trabelsi@example.org", "TUN", .speaker),
            ("Prof.", "Karim", "El Fassi", "\(university)", "Professor of information law", "k.elfassi@example.ma", "MAR", .delegate),
        ]
        var ids: [String: Int64] = [:]
        for person in people {
            ids[person.5] = try store.addParticipant(ParticipantDraft(
                honorific: person.0, givenName: person.1, familyName: person.2, organisation: person.3,
                function: person.4, email: person.5, country: person.6))
        }

        let meeting = RecordReference.text(DemoDatabase.meetingCode)
        _ = try store.addMeeting(MeetingDraft(
            code: DemoDatabase.meetingCode,
            title: "Regional dialogue on Resolution 174: illicit use of ICTs and geospatial information",
            start: "2027-03-16T09:30", end: "2027-03-17T17:00", timeZone: "Africa/Cairo", level: "regional",
            region: "Arab States", venue: "Cairo, Smart Village", symbol: "R174-ARB", status: "convened"), defaultTimeZone: "UTC")
        for person in people {
            let state = person.3.allSatisfy(\.isLetter) ? RecordReference.text(person.3) : nil
            _ = try store.invite(meeting: meeting, participants: [.text(person.5)], role: person.7, delegation: state)
            try store.setReply(meeting: meeting, participant: .text(person.5), reply: person.5.hasSuffix(".br") ? .tentative : .accepted)
        }

        let agenda: [(title: String, presenter: String?, clauses: [String], notes: String?, decisions: [String])] = [
            ("Opening of the dialogue", "a.mansour@example.eg", [], nil, []),
            ("Adoption of the agenda", "a.mansour@example.eg", [], nil, ["The agenda was adopted as proposed."]),
            ("ITU's role under Resolution 174", "fatou.diallo@example.int",
             ["R174-2010/resolves-to-instruct-sg/i", "R174-2010/requests-sg"],
             "The Secretariat recalled the instructions to the Secretary-General and the reports made since 2010.",
             ["The meeting took note of the Secretariat's presentation."]),
            ("Geospatial information services and the risk of illicit use", "l.haddad@example.org",
             ["R174-2010/recalling/g", "R174-2010/invites-ms-and-stakeholders"],
             """
             Dr Haddad presented how national mapping agencies publish open geodetic data.

             - ACGI proposed shared guidelines for publishing sensitive layers.
             - SOMC described community mapping in the Sahel and asked for capacity building.
             - The delegation of China (李晓明) noted its national experience with map review.
             """,
             ["The meeting invited providers to share their publication guidelines before the next session."]),
            ("National experiences and public policy", "a.benjelloun@example.ma",
             ["R174-2022-RCC/invites-ms-and-stakeholders/1"],
             "Morocco, Saudi Arabia and Tunisia presented their national frameworks; the Russian Federation (Ольга Смирнова) commented on regional cooperation.",
             []),
            ("Conclusions and next steps", "s.bensaid@example.tn", ["R174-2010/invites-ms"], nil,
             ["The meeting agreed to hold a follow-up dialogue in 2028.", "اتفق الاجتماع على مواصلة الحوار."]),
        ]
        for item in agenda {
            let number = try store.addAgendaItem(meeting: meeting, AgendaItemDraft(
                title: item.title, minutes: 30, presenter: item.presenter, clauses: item.clauses))
            if let notes = item.notes { try store.setNotes(meeting: meeting, item: .number(number), .replace(notes)) }
            for decision in item.decisions { _ = try store.addDecision(meeting: meeting, item: .number(number), text: decision) }
        }
        _ = try store.addAction(meeting: meeting, ActionDraft(
            text: "Circulate draft publication guidelines for sensitive geospatial layers", owner: "l.haddad@example.org",
            item: "4", due: "2027-05-31", clause: "R174-2010/invites-ms-and-stakeholders"))
        _ = try store.addAction(meeting: meeting, ActionDraft(
            text: "Compile the national experiences into a regional summary", owner: "fatou.diallo@example.int",
            item: "5", due: "2027-06-30", clause: "R174-2010/requests-sg"))
        _ = try store.addAction(meeting: meeting, ActionDraft(
            text: "Propose dates and venue for the 2028 dialogue", owner: "a.mansour@example.eg", item: "6", due: "2027-09-01"))
    }
}
