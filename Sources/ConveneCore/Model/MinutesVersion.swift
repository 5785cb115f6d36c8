import GRDB

/// What a frozen version of the minutes is: the first approval, a revision (approved again
/// after a reopen), or a corrigendum issued on an approved record.
public enum MinutesVersionKind: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case approval, revision, corrigendum
}

/// One frozen version of a meeting's minutes (migration v9): the Markdown as it was issued,
/// byte for byte, and the data it was rendered from, so that an approved record can be
/// exported again and compared with a later one whatever changes afterwards.
public struct MinutesVersion: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "minutesVersion"

    public var id: Int64?
    public var meetingId: Int64
    /// 1, 2, … within the meeting, in the order issued.
    public var number: Int
    public var kind: MinutesVersionKind
    /// The day the meeting approved it, or the corrigendum was issued (YYYY-MM-DD).
    public var approvedOn: String
    /// When it was frozen (UTC, ISO 8601).
    public var createdAt: String
    /// The document symbol it was issued under ("R174-RD/2(Rev.1)"), if the meeting has one.
    public var symbol: String?
    public var markdown: String
    /// The data the Markdown was rendered from, as JSON.
    public var data: String
    /// A corrigendum's text; a revision's reason (the one given when the record was reopened).
    public var note: String?
    /// When this version stopped being the approved record, and why (`minutes reopen --reason`).
    public var reopenedAt: String?
    public var reopenReason: String?

    public init(id: Int64? = nil, meetingId: Int64, number: Int, kind: MinutesVersionKind, approvedOn: String,
                createdAt: String, symbol: String? = nil, markdown: String, data: String, note: String? = nil,
                reopenedAt: String? = nil, reopenReason: String? = nil) {
        self.id = id
        self.meetingId = meetingId
        self.number = number
        self.kind = kind
        self.approvedOn = approvedOn
        self.createdAt = createdAt
        self.symbol = symbol
        self.markdown = markdown
        self.data = data
        self.note = note
        self.reopenedAt = reopenedAt
        self.reopenReason = reopenReason
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
