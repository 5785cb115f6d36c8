import Foundation
import GRDB

/// The fields of `agenda add/edit` and the agenda form. On edit, nil leaves a field as it is.
public struct AgendaItemDraft: Sendable {
    public var title: String?
    /// The parent item, for a sub-item.
    public var parent: AgendaItemReference?
    /// The sibling the new item follows.
    public var after: AgendaItemReference?
    public var minutes: Int?
    public var presenter: String?
    public var documents: [String]?
    public var clauses: [String]?
    public var description: String?
    /// Each speaker's budget in minutes on this item ("" clears it: the meeting's applies).
    public var speakingMinutes: String?

    public init(title: String? = nil, parent: AgendaItemReference? = nil, after: AgendaItemReference? = nil, minutes: Int? = nil,
                presenter: String? = nil, documents: [String]? = nil, clauses: [String]? = nil,
                description: String? = nil, speakingMinutes: String? = nil) {
        self.title = title
        self.parent = parent
        self.after = after
        self.minutes = minutes
        self.presenter = presenter
        self.documents = documents
        self.clauses = clauses
        self.description = description
        self.speakingMinutes = speakingMinutes
    }
}

public enum AgendaMove: String, CaseIterable, Sendable {
    case up, down, `in`, out
}

/// One row of `agenda list`: the item with its number, times, presenter and clause keys.
public struct AgendaRow: Codable, Sendable, Equatable {
    public var number: String
    public var depth: Int
    public var id: Int64
    public var parentId: Int64?
    public var title: String
    public var description: String?
    public var minutes: Int?
    public var totalMinutes: Int
    /// Local date-times in the meeting's time zone.
    public var start: String
    public var end: String
    public var presenterId: Int64?
    public var presenter: String?
    public var documents: [String]
    public var clauses: [String]
    public var notes: String?
    /// The item's own speaking time in minutes, if it overrides the meeting's.
    public var speakingMinutes: Int? = nil
}

/// A meeting's whole agenda.
public struct AgendaListing: Codable, Sendable, Equatable {
    public var meeting: Meeting
    public var items: [AgendaRow]
    public var totalMinutes: Int
}

extension Store {
    @discardableResult
    public func addAgendaItem(meeting reference: RecordReference, _ draft: AgendaItemDraft) throws -> String {
        try perform("agenda add") { db, summary in
            let meeting = try RecordLock.resolveDraft(reference, db)
            let meetingId = try meeting.requireId()
            var tree = try AgendaTree.load(meetingId: meetingId, db)
            guard let rawTitle = draft.title else {
                throw ConveneError.invalid(field: .title, value: "", reason: "an agenda item needs a title; empty title")
            }
            var parentId: Int64? = try draft.parent.map { try tree.require($0, field: .parent, idField: .parentId).item.id } ?? nil
            var position = AgendaPositions.end(of: tree.children(of: parentId))
            if let after = draft.after {
                let sibling = try tree.require(after, field: .after, idField: .afterId)
                if draft.parent != nil, sibling.item.parentId != parentId {
                    throw ConveneError.invalid(field: after.field(number: .after, id: .afterId), value: after.description,
                                               reason: "item is not under the parent item")
                }
                parentId = sibling.item.parentId
                let siblings = tree.children(of: parentId)
                let index = siblings.firstIndex { $0.id == sibling.item.id } ?? siblings.count - 1
                position = try AgendaPositions.makeRoom(after: index, in: siblings, db)
            }
            var item = AgendaItem(meetingId: meetingId, parentId: parentId, position: position,
                                  title: try Self.agendaTitle(rawTitle))
            try applyAgendaFields(draft, to: &item, db)
            try item.insert(db)
            try replaceClauses(of: try item.requireId(), with: draft.clauses ?? [], db)
            tree = try AgendaTree.load(meetingId: meetingId, db)
            let number = tree.entry(id: try item.requireId())?.number ?? "?"
            summary = "agenda add \(number) \(item.title) to #\(meetingId)"
            return number
        }
    }

    /// Says `.unchanged`, and records nothing, when every value given is the one already stored.
    @discardableResult
    public func editAgendaItem(meeting reference: RecordReference, item itemReference: AgendaItemReference, _ draft: AgendaItemDraft) throws -> ChangeOutcome {
        try performRecording("agenda edit") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            var item = entry.item
            let number = entry.number
            if let title = draft.title { item.title = try Self.agendaTitle(title) }
            try applyAgendaFields(draft, to: &item, db)
            try item.update(db)
            if let clauses = draft.clauses { try replaceClauses(of: try item.requireId(), with: clauses, db) }
            summary = "agenda edit \(number) \(item.title) at #\(meetingId)"
        }.outcome
    }

    /// Moves an item among its siblings or in the tree; returns its new number.
    @discardableResult
    public func moveAgendaItem(meeting reference: RecordReference, item itemReference: AgendaItemReference, _ move: AgendaMove) throws -> String {
        try perform("agenda move") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let tree = try AgendaTree.load(meetingId: meetingId, db)
            let entry = try tree.require(itemReference, field: .itemNumber)
            let item = entry.item, number = entry.number
            var siblings = tree.children(of: item.parentId)
            guard let index = siblings.firstIndex(where: { $0.id == item.id }) else { return number }
            switch move {
            case .up, .down:
                let target = move == .up ? index - 1 : index + 1
                guard siblings.indices.contains(target) else {
                    throw ConveneError.refused("item \(number) is already the \(move == .up ? "first" : "last") at its level; it cannot move \(move.rawValue)")
                }
                siblings.swapAt(index, target)
                try Self.savePositions(siblings, db)
            case .in:
                guard index > 0, let newParentId = siblings[index - 1].id else {
                    throw ConveneError.refused("item \(number) has no item before it to move in under")
                }
                var moved = siblings.remove(at: index)
                moved.parentId = newParentId
                moved.position = AgendaPositions.end(of: tree.children(of: newParentId))
                try moved.update(db)
                try Self.savePositions(siblings, db)
            case .out:
                guard let parentId = item.parentId, let parent = tree.entry(id: parentId)?.item else {
                    throw ConveneError.refused("item \(number) is already at the top level; it cannot move out")
                }
                siblings.remove(at: index)
                try Self.savePositions(siblings, db)
                var outer = tree.children(of: parent.parentId)
                var moved = item
                moved.parentId = parent.parentId
                let parentIndex = outer.firstIndex { $0.id == parentId } ?? outer.count - 1
                outer.insert(moved, at: parentIndex + 1)
                try Self.savePositions(outer, db)
            }
            let newNumber = try AgendaTree.load(meetingId: meetingId, db).entry(id: try item.requireId())?.number ?? "?"
            summary = "agenda move \(number) \(move.rawValue) → \(newNumber) \(item.title) at #\(meetingId)"
            return newNumber
        }
    }

    public func linkClauses(meeting reference: RecordReference, item itemReference: AgendaItemReference, keys: [String]) throws {
        try perform("agenda link") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            let item = entry.item
            let number = entry.number
            let existing = try AgendaClause.filter(Column("itemId") == item.id).order(Column("position")).fetchAll(db).map(\.clauseKey)
            try replaceClauses(of: try item.requireId(), with: existing + keys.filter { !existing.contains($0) }, db)
            summary = "agenda link \(number): \(keys.joined(separator: ", ")) at #\(meetingId)"
        }
    }

    public func unlinkClauses(meeting reference: RecordReference, item itemReference: AgendaItemReference, keys: [String]) throws {
        try perform("agenda unlink") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            let item = entry.item
            let number = entry.number
            let existing = try AgendaClause.filter(Column("itemId") == item.id).order(Column("position")).fetchAll(db).map(\.clauseKey)
            if let missing = keys.first(where: { !existing.contains($0) }) {
                throw ConveneError.unknown(field: .linkedClause, value: missing, reason: "item \(number) is not linked to the clause")
            }
            try replaceClauses(of: try item.requireId(), with: existing.filter { !keys.contains($0) }, db)
            summary = "agenda unlink \(number): \(keys.joined(separator: ", ")) at #\(meetingId)"
        }
    }

    /// Removes an item with its sub-items, clause links and decisions; its action points stay,
    /// no longer under an item.
    public func removeAgendaItem(meeting reference: RecordReference, item itemReference: AgendaItemReference) throws {
        try perform("agenda remove") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let tree = try AgendaTree.load(meetingId: meetingId, db)
            let entry = try tree.require(itemReference, field: .itemNumber)
            let item = entry.item, number = entry.number
            try item.delete(db)
            try Self.savePositions(tree.children(of: item.parentId).filter { $0.id != item.id }, db)
            summary = "agenda remove \(number) \(item.title) at #\(meetingId)"
        }
    }

    public func agenda(meeting reference: RecordReference) throws -> AgendaListing {
        try read { db in try agendaListing(MeetingReference.resolve(reference, db), db) }
    }

    func agendaListing(_ meeting: Meeting, _ db: Database) throws -> AgendaListing {
        let tree = try AgendaTree.load(meetingId: try meeting.requireId(), db)
        let presenters = try Dictionary(
            Participant.filter(keys: Set(tree.entries.compactMap(\.item.presenterId))).fetchAll(db).map { ($0.id ?? 0, $0.displayName) },
            uniquingKeysWith: { first, _ in first })
        let links = try Dictionary(grouping: AgendaClause
            .filter(sql: "itemId IN (SELECT id FROM agendaItem WHERE meetingId = ?)", arguments: [meeting.id])
            .order(Column("position")).fetchAll(db), by: \.itemId)
        let rows = tree.entries.map { entry in
            let id = entry.item.id ?? 0
            return AgendaRow(
                number: entry.number, depth: entry.depth, id: id, parentId: entry.item.parentId, title: entry.item.title,
                description: entry.item.description, minutes: entry.item.minutes, totalMinutes: entry.totalMinutes,
                start: MeetingTime.adding(minutes: entry.startOffset, to: meeting.start),
                end: MeetingTime.adding(minutes: entry.startOffset + entry.totalMinutes, to: meeting.start),
                presenterId: entry.item.presenterId, presenter: entry.item.presenterId.flatMap { presenters[$0] },
                documents: entry.item.documents, clauses: links[id]?.map(\.clauseKey) ?? [], notes: entry.item.notes,
                speakingMinutes: entry.item.speakingMinutes)
        }
        return AgendaListing(meeting: meeting, items: rows, totalMinutes: tree.totalMinutes)
    }

    private func applyAgendaFields(_ draft: AgendaItemDraft, to item: inout AgendaItem, _ db: Database) throws {
        if let minutes = draft.minutes {
            guard (0...24 * 60).contains(minutes) else {
                throw ConveneError.invalid(field: .minutes, value: "\(minutes)", reason: "minutes out of range (0 to 1440)")
            }
            item.minutes = minutes == 0 ? nil : minutes
        }
        if let presenter = draft.presenter {
            item.presenterId = try FieldValidation.optionalText(presenter).map {
                try ParticipantReference.resolve(.text($0), db, field: .presenter).requireId()
            }
        }
        if let documents = draft.documents {
            item.documents = try documents.compactMap { try FieldValidation.optionalText(FieldValidation.singleLine($0, field: .document)) }
        }
        if let description = draft.description {
            item.description = FieldValidation.optionalText(description)
        }
        if let speakingMinutes = draft.speakingMinutes {
            item.speakingMinutes = try SpeakingBudget.parse(speakingMinutes)
        }
    }

    private func replaceClauses(of itemId: Int64, with keys: [String], _ db: Database) throws {
        for key in keys { try ClauseCatalog.requireClause(key, field: .clause, db) }
        let current = try AgendaClause.filter(Column("itemId") == itemId).order(Column("position")).fetchAll(db)
        let wanted = keys.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard current.map(\.clauseKey) != wanted else { return }
        for link in current where !wanted.contains(link.clauseKey) { try link.delete(db) }
        for (position, key) in wanted.enumerated() {
            if var link = current.first(where: { $0.clauseKey == key }) {
                if link.position != position { link.position = position; try link.update(db) }
            } else {
                var link = AgendaClause(itemId: itemId, clauseKey: key, position: position)
                try link.insert(db)
            }
        }
    }

    private static func agendaTitle(_ text: String) throws -> String {
        let title = try FieldValidation.singleLine(text, field: .title)
        guard !title.isEmpty else { throw ConveneError.invalid(field: .title, value: text, reason: "empty title") }
        return title
    }

    private static func savePositions(_ items: [AgendaItem], _ db: Database) throws {
        for (position, var item) in items.enumerated() where item.position != position {
            item.position = position
            try item.update(db)
        }
    }
}

extension AgendaTree {
    static func load(meetingId: Int64, _ db: Database) throws -> AgendaTree {
        AgendaTree(items: try AgendaItem.filter(Column("meetingId") == meetingId).fetchAll(db))
    }

    /// The children of a parent (nil: top level) in order, as stored.
    func children(of parentId: Int64?) -> [AgendaItem] {
        entries.map(\.item).filter { $0.parentId == parentId }
    }
}

