import GRDB

/// What an import wrote.
public struct ParticipantImportResult: Sendable, Equatable {
    public var added: Int
    public var updated: Int
    public var invited: Int
    public var organisationsAdded: Int
}

extension Store {
    /// Writes a plan made by `planParticipantImport` as one action: one transaction, one
    /// history entry, so that one `undo` takes the whole import back. A plan with errors is
    /// refused unless `skippingInvalid`, and then its error rows are left out. A plan read
    /// before another process changed the database is refused: preview again.
    /// `progress` is told how many of the plan's rows have been written.
    public func importParticipants(_ plan: ParticipantImportPlan, skippingInvalid: Bool = false,
                                   progress: ProgressHandler? = nil) throws -> ParticipantImportResult {
        if plan.hasErrors && !skippingInvalid {
            let count = plan.totals.error
            throw ConveneError.invalid(
                field: .importFile, value: plan.source,
                reason: "\(count) row\(count == 1 ? " has an error" : "s have errors"), so nothing was imported "
                    + "(correct \(count == 1 ? "it" : "them"), or import the others with --skip-invalid)")
        }
        return try perform("participant import") { db, summary in
            guard try Int.fetchOne(db, sql: "PRAGMA data_version") == plan.dataVersion else {
                throw ConveneError.refused("another convene changed the data since the preview of \(plan.source); import it again for a new preview")
            }
            // A cache of 8 MB spares SQLite writing most pages
            // out to the log and again at commit.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            var organisationIds: [Int64] = []
            for var organisation in plan.newOrganisations {
                try organisation.insert(db)
                organisationIds.append(try organisation.requireId())
            }
            func resolve(_ organisation: PlannedOrganisation) -> Int64? {
                switch organisation {
                case .absent: nil
                case let .existing(id): id
                case let .new(index): organisationIds[index]
                }
            }
            var result = ParticipantImportResult(added: 0, updated: 0, invited: 0, organisationsAdded: organisationIds.count)
            // Each statement that writes a tracked table fires its history trigger, and SQLite
            // then keeps a statement journal: the first time the statement touches a page, a copy
            // goes to a temporary file. One INSERT per row copied about nine pages per row
            // (3.6 GB for 100,000 rows). So the new rows are gathered in a temporary table
            // without triggers and inserted by one statement, which copies each page once;
            // its trigger still logs every row under this action's history entry.
            try db.execute(sql: """
                CREATE TEMP TABLE importedParticipant(
                    id INTEGER PRIMARY KEY, honorific, givenName, familyName, organisationId, function, email, phone,
                    country, notes, searchKey)
                """)
            let gather = try db.makeStatement(sql: "INSERT INTO temp.importedParticipant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            let update = try db.makeStatement(sql: """
                UPDATE participant SET honorific = ?, givenName = ?, familyName = ?, organisationId = ?, function = ?,
                       email = ?, phone = ?, country = ?, notes = ?, searchKey = ? WHERE id = ?
                """)
            // The ids the new rows will have, known before they are inserted so that their
            // invitations can name them: after every id the table has ever used (AUTOINCREMENT).
            var nextId = try Int64.fetchOne(db, sql: """
                SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'participant'), 0),
                           coalesce((SELECT max(id) FROM participant), 0)) + 1
                """) ?? 1
            var participantIds: [Int64] = []
            participantIds.reserveCapacity(plan.writes.count)
            for write in plan.writes {
                let participant = write.participant
                let values: [(any DatabaseValueConvertible)?] = [
                    participant.honorific, participant.givenName, participant.familyName, resolve(write.organisation),
                    participant.function, participant.email, participant.phone, participant.country, participant.notes,
                    // Folded here rather than held by the plan for every row: 10 MB for
                    // 100,000 rows, against a tenth of a second more in the transaction.
                    participant.searchKey,
                ]
                if let id = participant.id {
                    if write.participantChanged {
                        try update.execute(arguments: StatementArguments(values + [id]))
                        result.updated += 1
                    }
                    participantIds.append(id)
                } else {
                    try gather.execute(arguments: StatementArguments([nextId] + values))
                    participantIds.append(nextId)
                    nextId += 1
                    result.added += 1
                }
                progress?(participantIds.count, plan.writes.count)
            }
            try db.execute(sql: """
                INSERT INTO participant(id, honorific, givenName, familyName, organisationId, function, email, phone, country,
                                        notes, searchKey)
                SELECT * FROM temp.importedParticipant ORDER BY id;
                DROP TABLE temp.importedParticipant;
                """)
            for planned in plan.invitations {
                var invitation = planned.invitation
                invitation.participantId = participantIds[planned.write]
                invitation.delegationId = resolve(planned.delegation)
                if invitation.id == nil {
                    try invitation.insert(db)
                    result.invited += 1
                } else {
                    try invitation.update(db)
                    if !plan.writes[planned.write].participantChanged { result.updated += 1 }
                }
            }
            summary = "participant import \(plan.source): \(result.added) new, \(result.updated) updated"
                + (plan.meetingName.map { ", \(result.invited) invited to \($0)" } ?? "")
            return result
        }
    }
}
