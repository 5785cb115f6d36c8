import GRDB

/// Erasing a person from the history: the audit trail keeps who was added or removed (the
/// id and the name), not how to reach them or what was noted about them.
enum HistoryPurge {
    /// The participant columns kept in the history after a purge; every other column
    /// (email, phone, function, notes, organisation, country) is erased.
    static let keptParticipantColumns = ["id", "honorific", "givenName", "familyName"]

    /// Marks a logged state whose personal data was erased; not a column, so undo and
    /// `convene check` pass over it.
    static let marker = "purged"

    /// Rewrites every logged state of the participant, the current change's included, to the
    /// kept columns only, marked as purged.
    static func erasePersonalData(participantId: Int64, _ db: Database) throws {
        func kept(_ state: String) -> String {
            let fields = keptParticipantColumns.map { "'\($0)', json_extract(\(state), '$.\"\($0)\"')" }
                + ["'\(marker)', json('true')"]
            return "CASE WHEN \(state) IS NULL THEN NULL ELSE json_object(\(fields.joined(separator: ", "))) END"
        }
        try db.execute(sql: """
            UPDATE changeRow SET before = \(kept("before")), after = \(kept("after"))
            WHERE tableName = 'participant' AND rowKey = ?
            """, arguments: [participantId])
    }
}
