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
    public func importParticipants(_ plan: ParticipantImportPlan, skippingInvalid: Bool = false) throws -> ParticipantImportResult {
        if plan.hasErrors && !skippingInvalid {
            let count = plan.totals.error
            throw ConveneError.invalid(
                field: .importFile, value: plan.source,
                reason: "cannot import \(count) row\(count == 1 ? "" : "s") of (nothing was imported; correct \(count == 1 ? "it" : "them"), or import the others with --skip-invalid)")
        }
        return try perform("participant import") { db, summary in
            guard try Int.fetchOne(db, sql: "PRAGMA data_version") == plan.dataVersion else {
                throw ConveneError.refused("another convene changed the data since the preview of \(plan.source); import it again for a new preview")
            }
            // A cache that holds the whole import (128 MB at most) spares SQLite writing pages
            // out to the log and again at commit.
            try db.execute(sql: "PRAGMA cache_size = -131072")
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
            // Prepared once: 100,000 rows through the record types' encoding would cost seconds.
            let insert = try db.makeStatement(sql: """
                INSERT INTO participant(honorific, givenName, familyName, organisationId, function, email, phone, country, notes,
                                        searchKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let update = try db.makeStatement(sql: """
                UPDATE participant SET honorific = ?, givenName = ?, familyName = ?, organisationId = ?, function = ?,
                       email = ?, phone = ?, country = ?, notes = ?, searchKey = ? WHERE id = ?
                """)
            for write in plan.writes {
                var participant = write.participant
                participant.organisationId = resolve(write.organisation)
                let values: [(any DatabaseValueConvertible)?] = [
                    participant.honorific, participant.givenName, participant.familyName, participant.organisationId,
                    participant.function, participant.email, participant.phone, participant.country, participant.notes,
                    participant.searchKey,
                ]
                if let id = participant.id {
                    if write.participantChanged {
                        try update.execute(arguments: StatementArguments(values + [id]))
                        result.updated += 1
                    }
                } else {
                    try insert.execute(arguments: StatementArguments(values))
                    participant.id = db.lastInsertedRowID
                    result.added += 1
                }
                guard var invitation = write.invitation?.invitation, let planned = write.invitation else { continue }
                invitation.participantId = try participant.requireId()
                invitation.delegationId = resolve(planned.delegation)
                if invitation.id == nil {
                    try invitation.insert(db)
                    result.invited += 1
                } else {
                    try invitation.update(db)
                    if !write.participantChanged { result.updated += 1 }
                }
            }
            summary = "participant import \(plan.source): \(result.added) new, \(result.updated) updated"
                + (plan.meetingName.map { ", \(result.invited) invited to \($0)" } ?? "")
            return result
        }
    }
}
