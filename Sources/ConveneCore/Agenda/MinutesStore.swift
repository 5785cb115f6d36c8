import Foundation
import GRDB

/// How `convene note` changes an item's notes.
public enum NoteChange: Sendable {
    case replace(String)
    case append(String)
}

/// A decision as lists and exports show it.
public struct DecisionRow: Codable, Sendable, Equatable {
    public var id: Int64
    public var meetingId: Int64
    public var itemId: Int64
    public var itemNumber: String
    public var itemTitle: String
    public var text: String
}

/// An action point as lists and exports show it.
public struct ActionRow: Codable, Sendable, Equatable {
    public var id: Int64
    public var meetingId: Int64
    /// The meeting's code, else its title, as tables show it.
    public var meeting: String
    public var meetingCode: String?
    public var meetingTitle: String
    public var itemId: Int64?
    public var itemNumber: String?
    public var text: String
    public var ownerId: Int64?
    public var owner: String?
    public var due: String?
    public var status: ActionStatus
    public var clauseKey: String?
}

public struct ActionQuery: Sendable {
    public var meeting: RecordReference?
    public var openOnly: Bool
    public var owner: RecordReference?
    /// Only the open ones due before this date (YYYY-MM-DD): the overdue ones on that day.
    public var overdueOn: String?

    public init(meeting: RecordReference? = nil, openOnly: Bool = false, owner: RecordReference? = nil, overdueOn: String? = nil) {
        self.meeting = meeting
        self.openOnly = openOnly
        self.owner = owner
        self.overdueOn = overdueOn
    }
}

public struct ActionDraft: Sendable {
    public var text: String
    /// The owner as typed: a participant id or email.
    public var owner: String
    /// The agenda item it arose under.
    public var item: AgendaItemReference?
    public var due: String?
    public var clause: String?

    public init(text: String, owner: String, item: AgendaItemReference? = nil, due: String? = nil, clause: String? = nil) {
        self.text = text
        self.owner = owner
        self.item = item
        self.due = due
        self.clause = clause
    }
}

extension Store {
    public func setNotes(meeting reference: RecordReference, item itemReference: AgendaItemReference, _ change: NoteChange) throws {
        try perform("note") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            var item = entry.item
            let number = entry.number
            switch change {
            case let .replace(text):
                item.notes = FieldValidation.optionalText(try StoredText.check(text, field: .text))
            case let .append(text):
                let addition = try StoredText.check(text, field: .text).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !addition.isEmpty else { return }
                item.notes = [item.notes, addition].compactMap { $0 }.joined(separator: "\n\n")
            }
            try item.update(db)
            summary = "note \(number) \(item.title) at #\(meetingId)"
        }
    }

    @discardableResult
    public func addDecision(meeting reference: RecordReference, item itemReference: AgendaItemReference, text: String) throws -> Int64 {
        try perform("decision add") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            let item = entry.item
            let number = entry.number
            if item.isBreak { throw Self.breakRefusal(number, carries: "decisions") }
            let body = try Self.decisionText(text)
            let position = try Decision.filter(Column("itemId") == item.id).fetchCount(db)
            var decision = Decision(itemId: try item.requireId(), text: body, position: position)
            try decision.insert(db)
            summary = "decision add under \(number) at #\(meetingId)"
            return try decision.requireId()
        }
    }

    /// Decisions of a meeting in agenda order.
    public func decisions(meeting reference: RecordReference) throws -> [DecisionRow] {
        try read { db in try decisionRows(meetingId: MeetingReference.resolve(reference, db).requireId(), db) }
    }

    func decisionRows(meetingId: Int64, _ db: Database) throws -> [DecisionRow] {
        let tree = try AgendaTree.load(meetingId: meetingId, db)
        let byItem = Dictionary(grouping: try Decision
            .filter(sql: "itemId IN (SELECT id FROM agendaItem WHERE meetingId = ?)", arguments: [meetingId])
            .order(Column("position"), Column("id")).fetchAll(db), by: \.itemId)
        return tree.entries.flatMap { entry in
            (byItem[entry.item.id ?? 0] ?? []).map { decision in
                DecisionRow(id: decision.id ?? 0, meetingId: meetingId, itemId: decision.itemId, itemNumber: entry.number,
                            itemTitle: entry.item.title, text: decision.text)
            }
        }
    }

    @discardableResult
    public func addAction(meeting reference: RecordReference, _ draft: ActionDraft) throws -> Int64 {
        try perform("action add") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let text = try StoredText.check(draft.text, field: .text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw ConveneError.invalid(field: .text, value: draft.text, reason: "empty action") }
            let owner = try ParticipantReference.resolve(.text(draft.owner), db, field: .owner)
            let itemId = try draft.item.map {
                let entry = try AgendaTree.load(meetingId: meetingId, db).require($0, field: .item)
                if entry.isBreak { throw Self.breakRefusal(entry.number, carries: "action points") }
                return try entry.item.requireId()
            }
            let due = try draft.due.flatMap(FieldValidation.optionalText).map { try MeetingTime.parseDate($0, field: .due) }
            let clause = draft.clause.flatMap(FieldValidation.optionalText)
            if let clause { try ClauseCatalog.requireClause(clause, field: .clause, db) }
            var action = ActionPoint(meetingId: meetingId, itemId: itemId, text: text, ownerId: try owner.requireId(),
                                     due: due, clauseKey: clause)
            try action.insert(db)
            let id = try action.requireId()
            summary = "action add #\(id) for \(owner.displayName) at #\(meetingId)"
            return id
        }
    }

    /// Action points have no other name than their id, so `.text` must be a number.
    public func setActionStatus(_ reference: RecordReference, _ status: ActionStatus) throws {
        try perform("action \(status.rawValue)") { db, summary in
            guard let number = reference.key, var action = try ActionPoint.fetchOne(db, key: number) else {
                throw ConveneError.notFound(kind: "action point", reference: reference.description)
            }
            guard action.status != status else {
                throw ConveneError.refused("action point #\(number) is already \(status.rawValue)")
            }
            action.status = status
            try action.update(db)
            summary = "action \(status.rawValue) #\(number)"
        }
    }

    /// One decision by its id (decisions have no other name).
    public func decision(_ reference: RecordReference) throws -> DecisionRow {
        try read { db in
            guard let id = reference.key, let decision = try Decision.fetchOne(db, key: id),
                  let item = try AgendaItem.fetchOne(db, key: decision.itemId),
                  let row = try decisionRows(meetingId: item.meetingId, db).first(where: { $0.id == id }) else {
                throw ConveneError.notFound(kind: "decision", reference: reference.description)
            }
            return row
        }
    }

    /// One action point by its id.
    public func action(_ reference: RecordReference) throws -> ActionRow {
        try read { db in
            guard let id = reference.key, let action = try ActionPoint.fetchOne(db, key: id),
                  let row = try actionRows(ActionQuery(meeting: .id(action.meetingId)), db).first(where: { $0.id == id }) else {
                throw ConveneError.notFound(kind: "action point", reference: reference.description)
            }
            return row
        }
    }

    public func actions(_ query: ActionQuery = ActionQuery()) throws -> [ActionRow] {
        try read { db in try actionRows(query, db) }
    }

    func actionRows(_ query: ActionQuery, _ db: Database) throws -> [ActionRow] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let meeting = query.meeting {
            conditions.append("a.meetingId = ?")
            _ = arguments.append(contentsOf: [try MeetingReference.resolve(meeting, db).requireId()])
        }
        if query.openOnly { conditions.append("a.status = 'open'") }
        if let today = query.overdueOn {
            conditions.append("a.status = 'open' AND a.due < ?")
            _ = arguments.append(contentsOf: [today])
        }
        if let owner = query.owner {
            conditions.append("a.ownerId = ?")
            _ = arguments.append(contentsOf: [try ParticipantReference.resolve(owner, db, field: .owner).requireId()])
        }
        var itemNumbers: [Int64: [Int64: String]] = [:]
        return try actionRows(where: conditions, arguments: arguments, db) { meetingId in
            if let numbers = itemNumbers[meetingId] { return numbers }
            let tree = try AgendaTree.load(meetingId: meetingId, db)
            let numbers = Dictionary(tree.entries.map { ($0.item.id ?? 0, $0.number) }, uniquingKeysWith: { first, _ in first })
            itemNumbers[meetingId] = numbers
            return numbers
        }
    }

    /// The action points matching `conditions` (SQL over `a`, the action point, and `m`, its
    /// meeting) in meeting order. `itemNumbers` gives a meeting's agenda numbers by item id, so
    /// that a caller which already holds the agendas does not load them again.
    func actionRows(where conditions: [String], arguments: StatementArguments, _ db: Database,
                    itemNumbers: (Int64) throws -> [Int64: String]) throws -> [ActionRow] {
        // Columns read by position: a meeting may have hundreds of action points.
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.meetingId, a.itemId, a.text, a.ownerId, a.due, a.status, a.clauseKey,
                   m.code, m.title, p.honorific, p.givenName, p.familyName
            FROM actionPoint a
            JOIN meeting m ON m.id = a.meetingId
            LEFT JOIN participant p ON p.id = a.ownerId
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY m.start, a.meetingId, a.id
            """, arguments: arguments)
        return try rows.map { row in
            let meetingId: Int64 = row[1]
            let itemId: Int64? = row[2]
            let code: String? = row[8]
            let title: String = row[9]
            let given: String? = row[11]
            return ActionRow(
                id: row[0], meetingId: meetingId, meeting: code ?? title, meetingCode: code, meetingTitle: title,
                itemId: itemId, itemNumber: try itemId.flatMap { try itemNumbers(meetingId)[$0] }, text: row[3], ownerId: row[4],
                owner: given.map { PersonName.display(honorific: row[10], given: $0, family: row[12]) },
                due: row[5], status: row[6], clauseKey: row[7])
        }
    }

    /// Records when the chair opened or closed the meeting (local date-time).
    public func recordSession(meeting reference: RecordReference, opened: String?, closed: String?) throws {
        try perform("minutes times") { db, summary in
            var meeting = try RecordLock.resolveDraft(reference, db)
            if let opened {
                meeting.openedAt = try MeetingTime.parse(
                    opened.count == 5 ? String(meeting.start.prefix(11)) + opened : opened, field: .opened)
            }
            if let closed {
                let value = try MeetingTime.parseEnd(closed, start: meeting.openedAt ?? meeting.start, field: .closed)
                meeting.closedAt = value
            }
            try meeting.update(db)
            summary = "minutes times #\(meeting.id ?? 0) \(meeting.title)"
        }
    }
}
