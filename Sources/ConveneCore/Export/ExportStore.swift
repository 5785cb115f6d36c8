import Foundation
import GRDB

extension Store {
    /// One consistent snapshot of everything the agenda and minutes exports print.
    public func meetingRecord(_ reference: RecordReference) throws -> MeetingRecord {
        try read { db in try meetingRecord(MeetingReference.resolve(reference, db), db) }
    }

    func meetingRecord(_ meeting: Meeting, _ db: Database) throws -> MeetingRecord {
        let meetingId = try meeting.requireId()
        let agenda = try agendaListing(meeting, db)
        let invitations = try invitationListings(meetingId: meetingId, db)
        let decisions = try decisionRows(meetingId: meetingId, db)
        let actions = try actionRows(ActionQuery(meeting: .id(meetingId)), db)
        let keys = Set(agenda.items.flatMap(\.clauses) + actions.compactMap(\.clauseKey))
        var record = MeetingRecord(meeting: meeting, agenda: agenda.items, totalMinutes: agenda.totalMinutes,
                                   invitations: invitations, decisions: decisions, actions: actions,
                                   clauses: try CitedClauses.load(keys: keys, db),
                                   speakers: try speakerRows(itemIds: agenda.items.map(\.id), db),
                                   approval: try MinutesApproval.current(of: meeting, db))
        try RecordNames.apply(to: &record, db)
        return record
    }

    /// Per operative clause of a resolution: the agenda items citing it (of meetings starting
    /// within the dates, when given), their decisions, and the action points implementing it.
    public func implementationRecord(resolution: String, from: String?, to: String?) throws -> ImplementationRecord {
        let fromDate = try from.map { try MeetingTime.parseDate($0, field: .from) }
        let toDate = try to.map { try MeetingTime.parseDate($0, field: .to) }
        return try read { db in
            guard let document = try CitedClauses.document(resolution, db) else {
                throw ConveneError.unknown(field: .resolution, value: resolution, reason: "unknown resolution")
            }
            let clauses = try CitedClauses.operative(documentId: document.id, db)
            func inPeriod(_ meeting: Meeting) -> Bool {
                let day = String(meeting.start.prefix(10))
                return (fromDate.map { day >= $0 } ?? true) && (toDate.map { day <= $0 } ?? true)
            }
            let meetings = try Meeting.order(Column("start"), Column("id")).fetchAll(db).filter(inPeriod)
            let activity = try clauseActivity(keys: clauses.map(\.key), meetings: meetings, db)
            let names = try RecordNames.load(ids: activity.actions.values.flatMap { $0.compactMap(\.ownerId) }, db)
            return ImplementationRecord(
                resolutionId: document.id, documentCitation: ResolutionCitation.document(document),
                resolutionTitle: document.metadata.title, clauses: clauses, citations: activity.citations,
                actions: activity.actions.mapValues { $0.map(names.owner) }, from: fromDate, to: toDate)
        }
    }
}

/// The names of people in exports, all made by `PersonName.inRecord` ("Ms Fatima El-Sayed
/// (فاطمة السيد)"), where lists and the app show the name as it is written.
struct RecordNames {
    var byId: [Int64: String]

    static func load(ids: [Int64], _ db: Database) throws -> RecordNames {
        let people = try Participant.filter(keys: Set(ids)).fetchAll(db)
        return RecordNames(byId: Dictionary(people.map { person in
            (person.id ?? 0, PersonName.inRecord(honorific: person.honorific, given: person.givenName, family: person.familyName,
                                                 latinName: person.latinName))
        }, uniquingKeysWith: { first, _ in first }))
    }

    /// Names everyone a meeting's record mentions: attendance, presenters, owners, speakers.
    static func apply(to record: inout MeetingRecord, _ db: Database) throws {
        let names = try load(ids: record.invitations.map(\.participantId) + record.agenda.compactMap(\.presenterId)
                                + record.actions.compactMap(\.ownerId) + record.speakers.compactMap(\.participantId), db)
        for index in record.invitations.indices {
            record.invitations[index].name = names.byId[record.invitations[index].participantId] ?? record.invitations[index].name
        }
        for index in record.agenda.indices {
            if let id = record.agenda[index].presenterId, let name = names.byId[id] { record.agenda[index].presenter = name }
        }
        record.actions = record.actions.map(names.owner)
        for index in record.speakers.indices {
            if let id = record.speakers[index].participantId, let name = names.byId[id] { record.speakers[index].name = name }
        }
    }

    func owner(_ action: ActionRow) -> ActionRow {
        var action = action
        if let id = action.ownerId, let name = byId[id] { action.owner = name }
        return action
    }
}

/// Reads clauses from the corpus tables into the form exports cite them in.
enum CitedClauses {
    static func load(keys: Set<String>, _ db: Database) throws -> [String: CitedClause] {
        guard !keys.isEmpty else { return [:] }
        var documents: [String: ResolutionDocument] = [:]
        var result: [String: CitedClause] = [:]
        for clause in try Clause.filter(keys.contains(Column("key"))).fetchAll(db) {
            if documents[clause.documentId] == nil { documents[clause.documentId] = try document(clause.documentId, db) }
            if let document = documents[clause.documentId] { result[clause.key] = cited(clause, in: document) }
        }
        return result
    }

    static func operative(documentId: String, _ db: Database) throws -> [CitedClause] {
        guard let document = try document(documentId, db) else { return [] }
        return try Clause.all().inDocument(documentId).filter(Column("part") == HeadingPart.operative)
            .fetchAll(db).map { cited($0, in: document) }
    }

    /// A document's metadata (without headings and clauses), enough to cite it.
    static func document(_ id: String, _ db: Database) throws -> ResolutionDocument? {
        try ResolutionRecord.fetchOne(db, key: id)?.document(headings: [], clauses: [])
    }

    private static func cited(_ clause: Clause, in document: ResolutionDocument) -> CitedClause {
        CitedClause(key: clause.key, documentId: clause.documentId,
                    documentCitation: ResolutionCitation.document(document), heading: clause.headingText,
                    itemLabel: ResolutionCitation.itemLabel(clause), text: clause.text, footnotes: clause.footnotes,
                    isOperative: clause.part == .operative, position: clause.position,
                    separator: document.metadata.language.lowercased().hasPrefix("zh") ? "，" : ", ")
    }
}
