import GRDB

/// The JSON backup's format (convene(5), BACKUP FORMAT): its name, its version, and the
/// tables it holds in the order they are restored (a row's references come before it).
enum BackupFormat {
    static let name = "convene-backup"
    /// Raised whenever a table or column is added; an older convene refuses a newer backup.
    /// 2: meetings have `calendarSequence` (v7); a version 1 backup is read with 0.
    /// 3: the official record (v9): `minutesVersion`, Latin-script names, organisation names
    /// in the other languages, symbol patterns, the item clock's stamps (and v8's speaking
    /// minutes, breaks, fixed times and days, which version 2 did not name).
    /// 4: the speakers' list (v8's `speaker`), which no earlier version held.
    static let version = 4
    static let tables = [
        "organisation", "participant", "meeting", "invitation",
        "agendaItem", "agendaClause", "decision", "actionPoint", "speaker", "minutesVersion",
        "resolution", "resolutionHeading", "clause",
    ]

    /// Tables added after version 1, with the version that added them: an older backup has none of their rows.
    static let tableAdded: [String: Int] = ["minutesVersion": 3, "speaker": 4]

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
        "minutesVersion": ["kind": Set(MinutesVersionKind.allCases.map(\.rawValue))],
    ]
}
