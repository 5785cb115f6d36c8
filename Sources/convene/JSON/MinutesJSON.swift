import ConveneCore

/// One item of `agenda list --json`.
struct AgendaItemJSON: Encodable {
    var id: Int64
    var meetingId: Int64
    @Nullable var meetingCode: String?
    var meetingTitle: String
    /// The item this one is a sub-item of.
    @Nullable var parentId: Int64?
    var number: String
    var depth: Int
    var title: String
    @Nullable var description: String?
    @Nullable var minutes: Int?
    var totalMinutes: Int
    var start: String
    var end: String
    var timeZone: String
    @Nullable var presenterId: Int64?
    @Nullable var presenter: String?
    var documents: [String]
    var clauseKeys: [String]
    /// The name `clause_keys` had before 0.2; kept for one release so that scripts keep working.
    var clauses: [String]
    @Nullable var notes: String?
    /// A break: not numbered (its `number` is "B1", "B2"…).
    var isBreak: Bool
    /// The meeting day, from 1.
    var day: Int
    /// The time the item is fixed to start at, if it is.
    @Nullable var fixedStart: String?
    /// Before a fixed start: the free minutes, negative when the items before it overrun it.
    @Nullable var gapMinutes: Int?
    /// True when `total_minutes` is the sum of the sub-items' (the item has no minutes of its own).
    var sumOfSubItems: Bool
    /// The item clock: when the item first started, and how many seconds it ran (null while running).
    @Nullable var actualStart: String?
    @Nullable var actualSeconds: Int?

    init(_ row: AgendaRow, of meeting: Meeting) {
        id = row.id
        meetingId = meeting.id ?? 0
        meetingCode = meeting.code
        meetingTitle = meeting.title
        parentId = row.parentId
        number = row.number
        depth = row.depth
        title = row.title
        description = row.description
        minutes = row.minutes
        totalMinutes = row.totalMinutes
        start = Timestamp.rfc3339(local: row.start, timeZone: meeting.timeZone)
        end = Timestamp.rfc3339(local: row.end, timeZone: meeting.timeZone)
        timeZone = meeting.timeZone
        presenterId = row.presenterId
        presenter = row.presenter
        documents = row.documents
        clauseKeys = row.clauses
        clauses = row.clauses
        notes = row.notes
        isBreak = row.isBreak
        day = row.day
        fixedStart = row.fixedStart.map { Timestamp.rfc3339(local: $0, timeZone: meeting.timeZone) }
        gapMinutes = row.gapBefore
        sumOfSubItems = row.timeFromSubItems
        actualStart = row.actualStart.map { Timestamp.rfc3339(local: $0, timeZone: meeting.timeZone) }
        actualSeconds = row.actualSeconds
    }

    static func items(_ agenda: AgendaListing) -> [AgendaItemJSON] {
        agenda.items.map { AgendaItemJSON($0, of: agenda.meeting) }
    }
}

/// `decision list --json` and `decision show --json`.
struct DecisionJSON: Encodable {
    var id: Int64
    var meetingId: Int64
    @Nullable var meetingCode: String?
    var meetingTitle: String
    var itemId: Int64
    var itemNumber: String
    var itemTitle: String
    var text: String

    init(_ decision: DecisionRow, of meeting: Meeting) {
        id = decision.id
        meetingId = decision.meetingId
        meetingCode = meeting.code
        meetingTitle = meeting.title
        itemId = decision.itemId
        itemNumber = decision.itemNumber
        itemTitle = decision.itemTitle
        text = decision.text
    }
}

/// `action list --json`, `action show --json` and the action points of the report.
struct ActionJSON: Encodable {
    var id: Int64
    var meetingId: Int64
    @Nullable var meetingCode: String?
    var meetingTitle: String
    @Nullable var itemId: Int64?
    @Nullable var itemNumber: String?
    var text: String
    @Nullable var ownerId: Int64?
    @Nullable var owner: String?
    /// YYYY-MM-DD: a day, not an instant.
    @Nullable var due: String?
    var status: ActionStatus
    /// An action point cites at most one clause, but the field has the shape it has everywhere.
    var clauseKeys: [String]
    /// Before 0.2: the clause key alone, and the meeting's code or else its title. Kept for
    /// one release so that scripts keep working; use `clause_keys` and `meeting_code`.
    @Nullable var clauseKey: String?
    var meeting: String

    init(_ action: ActionRow) {
        id = action.id
        meetingId = action.meetingId
        meetingCode = action.meetingCode
        meetingTitle = action.meetingTitle
        itemId = action.itemId
        itemNumber = action.itemNumber
        text = action.text
        ownerId = action.ownerId
        owner = action.owner
        due = action.due
        status = action.status
        clauseKeys = action.clauseKey.map { [$0] } ?? []
        clauseKey = action.clauseKey
        meeting = action.meeting
    }
}
