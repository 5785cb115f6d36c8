import Foundation
import GRDB

/// One item of a meeting's agenda. Items form a tree; numbers (1, 2.1, 2.1.1) are not stored
/// but follow from the position among siblings, so they renumber on every move.
public struct AgendaItem: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "agendaItem"

    public var id: Int64?
    public var meetingId: Int64
    public var parentId: Int64?
    /// 0-based among siblings.
    public var position: Int
    public var title: String
    /// Markdown.
    public var description: String?
    public var minutes: Int?
    public var presenterId: Int64?
    /// Document symbols such as "R174-RD/3", in the order given.
    public var documents: [String]
    /// The minutes' notes for the item (Markdown).
    public var notes: String?
    /// Each speaker's budget in minutes on this item, overriding the meeting's.
    public var speakingMinutes: Int?
    /// When the item clock first started on the item (local date-time), and how long it ran.
    public var actualStart: String?
    public var actualSeconds: Int?

    public init(id: Int64? = nil, meetingId: Int64, parentId: Int64? = nil, position: Int, title: String,
                description: String? = nil, minutes: Int? = nil, presenterId: Int64? = nil,
                documents: [String] = [], notes: String? = nil, speakingMinutes: Int? = nil,
                actualStart: String? = nil, actualSeconds: Int? = nil) {
        self.id = id
        self.meetingId = meetingId
        self.parentId = parentId
        self.position = position
        self.title = title
        self.description = description
        self.minutes = minutes
        self.presenterId = presenterId
        self.documents = documents
        self.notes = notes
        self.speakingMinutes = speakingMinutes
        self.actualStart = actualStart
        self.actualSeconds = actualSeconds
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A resolution clause an agenda item addresses. The key is checked when linked but kept when
/// a replaced resolution drops it, so that the loss can be reported rather than hidden.
public struct AgendaClause: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "agendaClause"

    public var id: Int64?
    public var itemId: Int64
    public var clauseKey: String
    public var position: Int

    public init(id: Int64? = nil, itemId: Int64, clauseKey: String, position: Int) {
        self.id = id
        self.itemId = itemId
        self.clauseKey = clauseKey
        self.position = position
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A decision recorded under an agenda item.
public struct Decision: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "decision"

    public var id: Int64?
    public var itemId: Int64
    public var text: String
    public var position: Int

    public init(id: Int64? = nil, itemId: Int64, text: String, position: Int) {
        self.id = id
        self.itemId = itemId
        self.text = text
        self.position = position
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

public enum ActionStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case open, done, dropped
}

/// An action point of a meeting: who does what by when, optionally under an item and a clause.
public struct ActionPoint: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "actionPoint"

    public var id: Int64?
    public var meetingId: Int64
    public var itemId: Int64?
    public var text: String
    public var ownerId: Int64?
    /// YYYY-MM-DD.
    public var due: String?
    public var status: ActionStatus
    public var clauseKey: String?

    public init(id: Int64? = nil, meetingId: Int64, itemId: Int64? = nil, text: String, ownerId: Int64?,
                due: String? = nil, status: ActionStatus = .open, clauseKey: String? = nil) {
        self.id = id
        self.meetingId = meetingId
        self.itemId = itemId
        self.text = text
        self.ownerId = ownerId
        self.due = due
        self.status = status
        self.clauseKey = clauseKey
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

public enum MinutesStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case draft, approved
}

extension AgendaItem {
    /// Decoded by hand: the Codable path cost more than the query itself, and every agenda
    /// command and export reads the whole tree.
    public init(row: Row) throws {
        id = row["id"]
        meetingId = row["meetingId"]
        parentId = row["parentId"]
        position = row["position"]
        title = row["title"]
        description = row["description"]
        minutes = row["minutes"]
        presenterId = row["presenterId"]
        notes = row["notes"]
        speakingMinutes = row["speakingMinutes"]
        actualStart = row["actualStart"]
        actualSeconds = row["actualSeconds"]
        let json: String = row["documents"] ?? "[]"
        documents = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
    }
}
