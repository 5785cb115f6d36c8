import GRDB

/// The JSON backup's format (convene(5), BACKUP FORMAT): its name, its version, and the
/// tables it holds in the order they are restored (a row's references come before it).
enum BackupFormat {
    static let name = "convene-backup"
    /// Raised whenever a table or column is added; an older convene refuses a newer backup.
    /// 2: meetings have `calendarSequence` (v7); a version 1 backup is read with 0.
    static let version = 2
    static let tables = [
        "organisation", "participant", "meeting", "invitation",
        "agendaItem", "agendaClause", "decision", "actionPoint",
        "resolution", "resolutionHeading", "clause",
    ]

    /// A table's columns as the backup holds them: derived ones (the search keys) are left
    /// out and computed again by a restore.
    static func columns(of table: String, _ db: Database) throws -> [String] {
        try db.columns(in: table).map(\.name).filter { $0 != SearchKey.column }
    }

    /// Columns whose values are tokens, and the tokens allowed: checked before a restore writes.
    static let tokens: [String: [String: Set<String>]] = [
        "organisation": ["category": Set(StakeholderCategory.allCases.map(\.rawValue)),
                         "region": Set(ITURegion.allCases.map(\.rawValue))],
        "meeting": ["level": Set(MeetingLevel.allCases.map(\.rawValue)), "status": Set(MeetingStatus.allCases.map(\.rawValue)),
                    "minutesStatus": Set(MinutesStatus.allCases.map(\.rawValue))],
        "invitation": ["role": Set(InvitationRole.allCases.map(\.rawValue)), "reply": Set(Reply.allCases.map(\.rawValue)),
                       "attendance": Set(Attendance.allCases.map(\.rawValue))],
        "actionPoint": ["status": Set(ActionStatus.allCases.map(\.rawValue))],
    ]
}
