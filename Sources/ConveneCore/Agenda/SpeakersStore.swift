import Foundation
import GRDB

/// One speaker on an agenda item's list: a participant, a delegation, or a participant
/// speaking for a delegation; queued, speaking, or done with the time they spoke.
public struct SpeakerRow: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        case queued, speaking, spoke
    }

    public var id: Int64
    public var meetingId: Int64
    public var itemId: Int64
    public var itemNumber: String
    public var participantId: Int64?
    public var delegationId: Int64?
    /// The participant's name, else the delegation's.
    public var name: String
    public var delegation: String?
    public var position: Int
    public var startedAt: String?
    public var endedAt: String?
    /// The budget in force on the item, in minutes (`SpeakingBudget`).
    public var budgetMinutes: Int

    public var state: State {
        startedAt == nil ? .queued : endedAt == nil ? .speaking : .spoke
    }

    /// How long they spoke (so far, for the one speaking, at `now`), in seconds.
    public func seconds(now: Date = Date()) -> Int? {
        guard let startedAt, let start = Self.parse(startedAt) else { return nil }
        let end = endedAt.flatMap(Self.parse) ?? now
        return max(0, Int(end.timeIntervalSince(start)))
    }

    static func parse(_ timestamp: String) -> Date? {
        ISO8601DateFormatter().date(from: timestamp)
    }
}

/// The speakers' table as stored.
struct Speaker: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "speaker"
    var id: Int64?
    var itemId: Int64
    var participantId: Int64?
    var delegationId: Int64?
    var position: Int
    var startedAt: String?
    var endedAt: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Store {
    /// Adds a speaker at the end of an item's list: a participant, a delegation, or both.
    @discardableResult
    public func addSpeaker(meeting reference: RecordReference, item itemReference: AgendaItemReference,
                           participant: RecordReference?, delegation: RecordReference?) throws -> Int64 {
        try perform("speaker add") { db, summary in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            guard participant != nil || delegation != nil else {
                throw ConveneError.missing(fields: [.owner, .delegation], reason: "a speaker is a participant or a delegation")
            }
            let person = try participant.map { try ParticipantReference.resolve($0, db, field: .owner) }
            let organisation = try delegation.map { try OrganisationReference.resolve($0, field: .delegation, db) }
            let itemId = try entry.item.requireId()
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM speaker WHERE itemId = ?", arguments: [itemId]) ?? 0) + 1
            var speaker = Speaker(itemId: itemId, participantId: person?.id, delegationId: organisation?.id, position: position)
            try speaker.insert(db)
            summary = "speaker add \(person?.displayName ?? organisation?.name ?? "") under \(entry.number) at #\(meetingId)"
            return speaker.id ?? db.lastInsertedRowID
        }
    }

    /// Gives the floor to the next queued speaker of an item: the one speaking (if any) stops,
    /// the next starts. Returns who has the floor now, nil when the list is done.
    @discardableResult
    public func nextSpeaker(meeting reference: RecordReference, item itemReference: AgendaItemReference,
                            at now: Date = Date()) throws -> SpeakerRow? {
        let itemId = try perform("speaker next") { db, summary -> Int64 in
            let meetingId = try RecordLock.resolveDraft(reference, db).requireId()
            let entry = try AgendaTree.load(meetingId: meetingId, db).require(itemReference, field: .itemNumber)
            let itemId = try entry.item.requireId()
            let time = ISO8601DateFormatter().string(from: now)
            try db.execute(sql: "UPDATE speaker SET endedAt = ? WHERE itemId = ? AND startedAt IS NOT NULL AND endedAt IS NULL",
                           arguments: [time, itemId])
            try db.execute(sql: """
                UPDATE speaker SET startedAt = ? WHERE id = (
                  SELECT id FROM speaker WHERE itemId = ? AND startedAt IS NULL ORDER BY position LIMIT 1)
                """, arguments: [time, itemId])
            summary = "speaker next under \(entry.number) at #\(meetingId)"
            return itemId
        }
        return try read { db in try speakerRows(itemIds: [itemId], db).first { $0.state == .speaking } }
    }

    public func removeSpeaker(_ id: Int64) throws {
        try perform("speaker remove") { db, summary in
            guard let speaker = try Speaker.fetchOne(db, key: id) else {
                throw ConveneError.notFound(kind: "speaker", reference: "\(id)")
            }
            try RecordLock.requireDraft(itemId: speaker.itemId, db)
            _ = try Speaker.deleteOne(db, key: id)
            summary = "speaker remove #\(speaker.id ?? id)"
        }
    }

    /// A meeting's speakers in agenda order, then in the order they were listed; or one item's.
    public func speakers(meeting reference: RecordReference, item itemReference: AgendaItemReference? = nil) throws -> [SpeakerRow] {
        try read { db in
            let meetingId = try MeetingReference.resolve(reference, db).requireId()
            let tree = try AgendaTree.load(meetingId: meetingId, db)
            let ids = try itemReference.map { [try tree.require($0, field: .itemNumber).item.requireId()] }
                ?? tree.entries.compactMap(\.item.id)
            return try speakerRows(itemIds: ids, db)
        }
    }

    func speakerRows(itemIds: [Int64], _ db: Database) throws -> [SpeakerRow] {
        guard let first = itemIds.first else { return [] }
        let meetingId = try Int64.fetchOne(db, sql: "SELECT meetingId FROM agendaItem WHERE id = ?", arguments: [first]) ?? 0
        let meeting = try MeetingReference.resolve(.id(meetingId), db)
        let entries = try AgendaTree.load(meetingId: meetingId, db).entries
        let numbers = Dictionary(entries.map { ($0.item.id ?? 0, $0.number) }, uniquingKeysWith: { first, _ in first })
        let budgets = Dictionary(entries.map { ($0.item.id ?? 0, SpeakingBudget.minutes(item: $0.item, meeting: meeting)) },
                                 uniquingKeysWith: { first, _ in first })
        let order = Dictionary(itemIds.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.itemId, s.participantId, s.delegationId, s.position, s.startedAt, s.endedAt,
                   p.honorific, p.givenName, p.familyName, d.name, d.shortName
            FROM speaker s
            LEFT JOIN participant p ON p.id = s.participantId
            LEFT JOIN organisation d ON d.id = s.delegationId
            WHERE s.itemId IN (\(itemIds.map { _ in "?" }.joined(separator: ", ")))
            ORDER BY s.position, s.id
            """, arguments: StatementArguments(itemIds))
        return rows.map { row in
            let given: String? = row[8]
            let delegationName: String? = row[10]
            let person = given.map { PersonName.display(honorific: row[7], given: $0, family: row[9]) }
            let itemId: Int64 = row[1]
            return SpeakerRow(id: row[0], meetingId: meetingId, itemId: itemId, itemNumber: numbers[itemId] ?? "", participantId: row[2], delegationId: row[3],
                              name: person ?? delegationName ?? "", delegation: delegationName, position: row[4],
                              startedAt: row[5], endedAt: row[6],
                              budgetMinutes: budgets[itemId] ?? SpeakingBudget.minutes(item: nil, meeting: meeting))
        }.sorted { (order[$0.itemId] ?? 0, $0.position) < (order[$1.itemId] ?? 0, $1.position) }
    }
}
