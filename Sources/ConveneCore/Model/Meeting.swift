import GRDB

public enum MeetingLevel: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case international, regional, national
}

public enum MeetingStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case draft, convened, held
    case minutesApproved = "minutes-approved"
}

/// A stakeholder meeting. Start and end are local wall-clock times ("2027-03-02T09:30")
/// in `timeZone`, which is what invitations and agendas print.
public struct Meeting: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "meeting"

    public var id: Int64?
    public var code: String?
    public var title: String
    public var level: MeetingLevel
    public var region: String?
    public var start: String
    public var end: String?
    public var timeZone: String
    public var venue: String?
    public var onlineLink: String?
    public var symbol: String?
    public var status: MeetingStatus
    /// When the chair opened and closed the meeting (local date-time), for the minutes.
    public var openedAt: String?
    public var closedAt: String?
    public var minutesStatus: MinutesStatus
    /// The iCalendar SEQUENCE: raised by the database whenever what an invitation shows
    /// changes (migration v7), so that calendars take a re-sent invitation as an update.
    public var calendarSequence: Int
    /// Each speaker's budget in minutes unless an item has its own (nil: `SpeakingBudget.fallbackMinutes`).
    public var speakingMinutes: Int?
    /// How the meeting's documents are numbered (nil: `{series}/{n}`).
    public var symbolPattern: String?

    public init(id: Int64? = nil, code: String? = nil, title: String, level: MeetingLevel = .international,
                region: String? = nil, start: String, end: String? = nil, timeZone: String,
                venue: String? = nil, onlineLink: String? = nil, symbol: String? = nil,
                status: MeetingStatus = .draft, openedAt: String? = nil, closedAt: String? = nil,
                minutesStatus: MinutesStatus = .draft, calendarSequence: Int = 0, speakingMinutes: Int? = nil,
                symbolPattern: String? = nil) {
        self.id = id
        self.code = code
        self.title = title
        self.level = level
        self.region = region
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.venue = venue
        self.onlineLink = onlineLink
        self.symbol = symbol
        self.status = status
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.minutesStatus = minutesStatus
        self.calendarSequence = calendarSequence
        self.speakingMinutes = speakingMinutes
        self.symbolPattern = symbolPattern
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
