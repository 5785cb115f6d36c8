import Foundation
import GRDB

/// How a caller names a decision of a meeting: by its number as `decision list` shows it
/// (1, 2, … in agenda order), which shifts when decisions are added or removed before it, or
/// by its stable id (the `id` of `decision list --json`). Either is looked up within the
/// meeting: another meeting's decision names nothing.
public enum DecisionReference: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    case id(Int64)

    public var description: String {
        switch self {
        case let .number(number): "\(number)"
        case let .id(id): "\(id)"
        }
    }
}

/// What `action edit` changes; nil leaves a value as it is. An empty due date, clause or
/// item clears it; the text and the owner cannot be cleared.
public struct ActionEdit: Sendable, Equatable {
    public var text: String?
    /// A participant id, email or name.
    public var owner: String?
    public var due: String?
    public var clause: String?
    /// The agenda item it arose under; `.number("")` detaches it from any item.
    public var item: AgendaItemReference?

    public init(text: String? = nil, owner: String? = nil, due: String? = nil, clause: String? = nil, item: AgendaItemReference? = nil) {
        self.text = text
        self.owner = owner
        self.due = due
        self.clause = clause
        self.item = item
    }
}

extension Store {
    /// Changes a decision's text. Says `.unchanged`, and records nothing, when it is the same.
    @discardableResult
    public func editDecision(meeting reference: RecordReference, _ decisionReference: DecisionReference, text: String) throws -> ChangeOutcome {
        try performRecording("decision edit") { db, summary in
            let (meetingId, number, row) = try resolveDecision(meeting: reference, decisionReference, db)
            guard var decision = try Decision.fetchOne(db, key: row.id) else { return }
            decision.text = try Self.decisionText(text)
            try decision.update(db)
            summary = "decision edit \(number) under \(row.itemNumber) at #\(meetingId)"
        }.outcome
    }

    /// Removes a decision; `convene undo` brings it back.
    public func removeDecision(meeting reference: RecordReference, _ decisionReference: DecisionReference) throws {
        try perform("decision remove") { db, summary in
            let (meetingId, number, row) = try resolveDecision(meeting: reference, decisionReference, db)
            _ = try Decision.deleteOne(db, key: row.id)
            summary = "decision remove \(number) under \(row.itemNumber) at #\(meetingId)"
        }
    }

    /// Changes an action point's text, owner, due date, clause or item (its status is
    /// `setActionStatus`'s). Says `.unchanged`, and records nothing, when every value is the same.
    @discardableResult
    public func editAction(_ reference: RecordReference, _ edit: ActionEdit) throws -> ChangeOutcome {
        try performRecording("action edit") { db, summary in
            var action = try Self.resolveAction(reference, db)
            if let text = edit.text {
                let body = try StoredText.check(text, field: .text).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !body.isEmpty else { throw ConveneError.invalid(field: .text, value: text, reason: "empty action") }
                action.text = body
            }
            if let owner = edit.owner {
                action.ownerId = try ParticipantReference.resolve(.text(owner), db, field: .owner).requireId()
            }
            if let due = edit.due {
                action.due = try FieldValidation.optionalText(due).map { try MeetingTime.parseDate($0, field: .due) }
            }
            if let clause = edit.clause {
                let key = FieldValidation.optionalText(clause)
                if let key { try ClauseCatalog.requireClause(key, field: .clause, db) }
                action.clauseKey = key
            }
            if let item = edit.item {
                if case let .number(number) = item, FieldValidation.optionalText(number) == nil {
                    action.itemId = nil
                } else {
                    action.itemId = try AgendaTree.load(meetingId: action.meetingId, db)
                        .require(item, field: .item, idField: .itemId).item.requireId()
                }
            }
            try action.update(db)
            summary = "action edit #\(action.id ?? 0) at #\(action.meetingId)"
        }.outcome
    }

    /// Removes an action point; `convene undo` brings it back.
    public func removeAction(_ reference: RecordReference) throws {
        try perform("action remove") { db, summary in
            let action = try Self.resolveAction(reference, db)
            try action.delete(db)
            summary = "action remove #\(action.id ?? 0) at #\(action.meetingId)"
        }
    }

    /// The decision a reference names within the meeting, with its number as `decision list`
    /// shows it.
    /// Approved minutes refuse it (`RecordLock`): decisions are part of the record.
    func resolveDecision(meeting reference: RecordReference, _ decisionReference: DecisionReference,
                         _ db: Database) throws -> (meetingId: Int64, number: Int, row: DecisionRow) {
        let meetingId = try MeetingReference.resolve(reference, db).requireId()
        let rows = try decisionRows(meetingId: meetingId, db)
        switch decisionReference {
        case let .number(number):
            guard rows.indices.contains(number - 1) else {
                throw ConveneError.unknown(field: .decisionNumber, value: "\(number)",
                                           reason: rows.isEmpty ? "no decision numbered (the meeting has none)" : "no decision numbered (1 to \(rows.count))")
            }
            try RecordLock.requireDraft(meetingId: meetingId, db)
            return (meetingId, number, rows[number - 1])
        case let .id(id):
            guard let index = rows.firstIndex(where: { $0.id == id }) else {
                throw ConveneError.unknown(field: .decisionId, value: "\(id)", reason: "no decision with id (in this meeting)")
            }
            try RecordLock.requireDraft(meetingId: meetingId, db)
            return (meetingId, index + 1, rows[index])
        }
    }

    static func decisionText(_ text: String) throws -> String {
        let body = try StoredText.check(text, field: .text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ConveneError.invalid(field: .text, value: text, reason: "empty decision") }
        return body
    }

    /// Action points have no other name than their id, so `.text` must be a number. What
    /// changes an action point's text, owner, date, clause or item, or removes it, changes the
    /// record, which approved minutes refuse (`RecordLock`); its status is not record.
    static func resolveAction(_ reference: RecordReference, _ db: Database) throws -> ActionPoint {
        guard let id = reference.key, let action = try ActionPoint.fetchOne(db, key: id) else {
            throw ConveneError.notFound(kind: "action point", reference: reference.description)
        }
        try RecordLock.requireDraft(meetingId: action.meetingId, db)
        return action
    }
}
