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
        return MeetingRecord(meeting: meeting, agenda: agenda.items, totalMinutes: agenda.totalMinutes,
                             invitations: invitations, decisions: decisions, actions: actions,
                             clauses: try CitedClauses.load(keys: keys, db),
                             speakers: try speakerRows(itemIds: agenda.items.map(\.id), db),
                             approval: try MinutesApproval.current(of: meeting, db))
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
            return ImplementationRecord(
                resolutionId: document.id, documentCitation: ResolutionCitation.document(document),
                resolutionTitle: document.metadata.title, clauses: clauses, citations: activity.citations, actions: activity.actions,
                from: fromDate, to: toDate)
        }
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
