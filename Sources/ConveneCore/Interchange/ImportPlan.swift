/// What importing one row would do.
public enum ImportRowStatus: String, Codable, CaseIterable, Sendable {
    case new, update, unchanged, error
}

/// One row of the preview: its line in the file, the person, what happens, and for an
/// error the column and the reason.
public struct ImportRowPreview: Sendable, Equatable {
    public var line: Int
    public var status: ImportRowStatus
    /// The participant as the row names them ("" when the row has no name).
    public var name: String
    public var email: String?
    /// The header name of the column at fault (nil when the whole row is).
    public var column: String?
    public var reason: String?
    /// For an update: the columns whose values change.
    public var changes: [String]

    public init(line: Int, status: ImportRowStatus, name: String, email: String? = nil, column: String? = nil,
                reason: String? = nil, changes: [String] = []) {
        self.line = line
        self.status = status
        self.name = name
        self.email = email
        self.column = column
        self.reason = reason
        self.changes = changes
    }
}

/// How many rows of each status.
public struct ImportTotals: Sendable, Equatable, Codable {
    public var new = 0, update = 0, unchanged = 0, error = 0

    public subscript(status: ImportRowStatus) -> Int {
        get {
            switch status {
            case .new: new
            case .update: update
            case .unchanged: unchanged
            case .error: error
            }
        }
        set {
            switch status {
            case .new: new = newValue
            case .update: update = newValue
            case .unchanged: unchanged = newValue
            case .error: error = newValue
            }
        }
    }

    /// "3 new, 1 update, 0 unchanged, 1 error".
    public var description: String {
        "\(new) new, \(update) update\(update == 1 ? "" : "s"), \(unchanged) unchanged, \(error) error\(error == 1 ? "" : "s")"
    }
}

/// How to read a participants file.
public struct ParticipantImportOptions: Sendable {
    /// Also invite every row's participant to this meeting, with the invitation columns.
    public var meeting: RecordReference?
    /// Nil: detected from the header row.
    public var delimiter: CSVDelimiter?
    /// An empty cell clears the stored value (of an optional field) instead of keeping it.
    public var clearEmpty: Bool

    public init(meeting: RecordReference? = nil, delimiter: CSVDelimiter? = nil, clearEmpty: Bool = false) {
        self.meeting = meeting
        self.delimiter = delimiter
        self.clearEmpty = clearEmpty
    }
}

/// The preview of an import, and what the write will do: made from one read of the
/// database, before any write transaction.
public struct ParticipantImportPlan: Sendable {
    public var source: String
    public var delimiter: CSVDelimiter
    /// In the file's order.
    public var rows: [ImportRowPreview]
    public var totals: ImportTotals
    /// Header names nothing reads, and invitation columns of a file imported without a meeting.
    public var unknownColumns: [String]
    public var ignoredColumns: [String]
    /// The meeting's code or title, when the rows are also invited.
    public var meetingName: String?

    /// What the write does for the rows that are not errors (nor unchanged).
    var writes: [PlannedWrite]
    /// The invitations to write, in the order of their participants' writes.
    var invitations: [PlannedInvitation]
    var newOrganisations: [Organisation]
    var meetingId: Int64?
    /// `PRAGMA data_version` when the plan was read: the write refuses a plan another process
    /// has made stale.
    var dataVersion: Int

    /// The rows with errors first, then in the file's order: how the previews show them.
    public var rowsErrorsFirst: [ImportRowPreview] {
        rows.filter { $0.status == .error } + rows.filter { $0.status != .error }
    }

    public var hasErrors: Bool { totals.error > 0 }
    /// Whether importing would change anything.
    public var hasChanges: Bool { !writes.isEmpty }
}

/// Where a planned participant's organisation comes from.
enum PlannedOrganisation: Sendable, Equatable {
    case absent
    case existing(Int64)
    /// The index into `newOrganisations`.
    case new(Int)
}

/// One participant to insert or update, and their invitation.
struct PlannedWrite: Sendable {
    /// With an id for an update.
    var participant: Participant
    var organisation: PlannedOrganisation
    var participantChanged: Bool
}

/// Kept apart from `PlannedWrite`: most imports invite nobody, and 100,000 empty places for
/// an invitation would take 7 MB.
struct PlannedInvitation: Sendable {
    /// The index of the participant's write in `writes`.
    var write = 0
    /// With an id for an update.
    var invitation: Invitation
    var delegation: PlannedOrganisation
}
