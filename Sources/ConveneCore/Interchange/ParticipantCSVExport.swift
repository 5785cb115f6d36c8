import GRDB

extension Store {
    /// The directory (or a meeting's invitees, with their invitation columns) as CSV in the
    /// columns `import participants` reads, so that importing it back changes nothing.
    public func participantsCSV(meeting reference: RecordReference? = nil, delimiter: CSVDelimiter = .comma) throws -> String {
        try read { db in
            var writer = CSVWriter(delimiter: delimiter)
            var columns = ParticipantColumn.directory
            if reference != nil { columns += ParticipantColumn.invitation }
            writer.append(columns.map(\.rawValue))
            let meetingId = try reference.map { try MeetingReference.resolve($0, db).requireId() }
            let sql = Self.participantsCSVQuery(forMeeting: meetingId != nil)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: meetingId.map { [$0] } ?? [])
            var cells: [String] = []
            cells.reserveCapacity(columns.count)
            while let row = try rows.next() {
                cells.removeAll(keepingCapacity: true)
                for index in 0..<columns.count {
                    cells.append(row[index] as String? ?? "")
                }
                writer.append(cells)
            }
            return writer.text
        }
    }

    /// The query of `participantsCSV`; a meeting's export takes its id as the argument. The
    /// directory has no invitation columns, so it does not join the invitations at all (a
    /// `LEFT JOIN … ON 0` made SQLite scan every invitation for every participant).
    static func participantsCSVQuery(forMeeting: Bool) -> String {
        let invitationColumns = forMeeting ? "i.role, d.name, i.reply, i.attendance" : "NULL, NULL, NULL, NULL"
        let invitationJoins = forMeeting ? """
            JOIN invitation i ON i.participantId = p.id AND i.meetingId = ?
            LEFT JOIN organisation d ON d.id = i.delegationId
            """ : ""
        return """
            SELECT p.honorific, p.givenName, p.familyName, o.name, o.category, p.function, p.email, p.phone,
                   p.country, p.notes, \(invitationColumns)
            FROM participant p
            LEFT JOIN organisation o ON o.id = p.organisationId
            \(invitationJoins)
            """ + directoryOrder
    }
}
