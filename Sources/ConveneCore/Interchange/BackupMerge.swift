import GRDB

/// What a merge did to one table's rows.
public struct MergeCounts: Sendable, Equatable {
    public var added = 0, updated = 0, kept = 0

    public init(added: Int = 0, updated: Int = 0, kept: Int = 0) {
        self.added = added
        self.updated = updated
        self.kept = kept
    }
}

extension Store {
    /// Merges a backup into this database by natural keys: organisations by name,
    /// participants by email (else name and organisation), meetings by code, invitations by
    /// meeting and participant, resolutions by id. A record found is updated to the backup's
    /// values (or kept when they are the same); one not found is added with a new id, and
    /// every reference to it rewritten. A meeting's agenda, decisions and action points are
    /// added when the meeting is new or has no agenda yet, and kept otherwise. One
    /// transaction and one history entry: all or nothing, and `undo` takes it back.
    @discardableResult
    public func merge(_ contents: BackupContents) throws -> [(table: String, counts: MergeCounts)] {
        try perform("restore --merge \(contents.source)") { db, summary in
            var merger = try BackupMerger(contents, db)
            try merger.run()
            try SearchKey.rebuildAll(db)
            if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                let table: String = broken[0], rowid: Int64? = broken[1], parent: String = broken[2]
                throw ConveneError.invalid(field: .backupFile, value: contents.source,
                                           reason: "\(table) row \(rowid ?? 0) names a \(parent) the backup lacks; nothing was merged")
            }
            let counts = BackupFormat.tables.map { ($0, merger.counts[$0] ?? MergeCounts()) }
            summary = "restore --merge \(contents.source): " + counts.filter { $0.1.added + $0.1.updated > 0 }
                .map { "\($0.0) +\($0.1.added) ~\($0.1.updated)" }.joined(separator: ", ")
            return counts
        }
    }
}

/// One merge: the backup's rows by table, the id each backup id became, and the counts.
private struct BackupMerger {
    let db: Database
    var rows: [String: [[String: DatabaseValue]]] = [:]
    var counts: [String: MergeCounts] = [:]
    var organisations: [Int64: Int64] = [:]
    var participants: [Int64: Int64] = [:]
    var meetings: [Int64: Int64] = [:]
    var items: [Int64: Int64] = [:]
    /// Backup meeting ids whose agenda, decisions and action points are added.
    var meetingsTakingAgenda: Set<Int64> = []

    init(_ contents: BackupContents, _ db: Database) throws {
        self.db = db
        for (table, tableRows) in contents.tables {
            let columns = try BackupFormat.columns(of: table, db)
            rows[table] = tableRows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
        }
    }

    mutating func run() throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try mergeOrganisations()
        try mergeParticipants()
        try mergeMeetings()
        try mergeInvitations()
        try addAgendas()
        try mergeResolutions()
    }

    private func id(_ row: [String: DatabaseValue], _ column: String = "id") -> Int64? {
        row[column].flatMap { Int64.fromDatabaseValue($0) }
    }

    private func text(_ row: [String: DatabaseValue], _ column: String) -> String? {
        row[column].flatMap { String.fromDatabaseValue($0) }
    }

    /// `row` with references rewritten through `maps` (a backup id no map has stays: the
    /// final foreign-key check reports it).
    private func rewritten(_ row: [String: DatabaseValue], _ maps: [String: [Int64: Int64]]) -> [String: DatabaseValue] {
        var row = row
        for (column, map) in maps {
            if let old = id(row, column), let new = map[old] { row[column] = new.databaseValue }
        }
        return row
    }

    private func insert(_ table: String, _ row: [String: DatabaseValue], keepingId: Bool = false) throws -> Int64 {
        let columns = row.keys.filter { keepingId || $0 != "id" }.sorted()
        try db.execute(sql: """
            INSERT INTO "\(table)"(\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) \
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """, arguments: StatementArguments(columns.map { row[$0] ?? .null }))
        return db.lastInsertedRowID
    }

    /// Updates the stored row `key` to the backup's values of `columns`; says whether any differed.
    private mutating func update(_ table: String, key: Int64, _ row: [String: DatabaseValue], columns: [String]) throws -> Bool {
        guard let stored = try Row.fetchOne(db, sql: "SELECT * FROM \"\(table)\" WHERE id = ?", arguments: [key]) else { return false }
        let changed = columns.filter { stored[$0] as DatabaseValue != (row[$0] ?? .null) }
        guard !changed.isEmpty else { return false }
        try db.execute(sql: "UPDATE \"\(table)\" SET \(changed.map { "\"\($0)\" = ?" }.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(changed.map { row[$0] ?? .null } + [key.databaseValue]))
        return true
    }

    private mutating func count(_ table: String, added: Bool = false, updated: Bool = false) {
        var counts = self.counts[table] ?? MergeCounts()
        if added { counts.added += 1 } else if updated { counts.updated += 1 } else { counts.kept += 1 }
        self.counts[table] = counts
    }

    private mutating func mergeOrganisations() throws {
        for row in rows["organisation"] ?? [] {
            guard let backupId = id(row) else { continue }
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                                                 arguments: [text(row, "name")]) {
                organisations[backupId] = existing
                count("organisation", updated: try update("organisation", key: existing, row,
                                                          columns: ["nameZh", "shortName", "category", "country", "region",
                                                                    "nameFr", "nameEs", "nameAr", "nameRu"]))
            } else {
                organisations[backupId] = try insert("organisation", row)
                count("organisation", added: true)
            }
        }
    }

    private mutating func mergeParticipants() throws {
        for backupRow in rows["participant"] ?? [] {
            guard let backupId = id(backupRow) else { continue }
            let row = rewritten(backupRow, ["organisationId": organisations])
            let existing: Int64?
            if let email = text(row, "email") {
                existing = try Int64.fetchOne(db, sql: "SELECT id FROM participant WHERE email = ? COLLATE NOCASE", arguments: [email])
            } else {
                existing = try Int64.fetchOne(db, sql: """
                    SELECT id FROM participant WHERE givenName = ? AND familyName = ? AND organisationId IS ? ORDER BY id LIMIT 1
                    """, arguments: [row["givenName"], row["familyName"], row["organisationId"]])
            }
            if let existing {
                participants[backupId] = existing
                count("participant", updated: try update("participant", key: existing, row, columns: [
                    "honorific", "givenName", "familyName", "organisationId", "function", "email", "phone", "country", "notes", "latinName",
                ]))
            } else {
                participants[backupId] = try insert("participant", row)
                count("participant", added: true)
            }
        }
    }

    private mutating func mergeMeetings() throws {
        for row in rows["meeting"] ?? [] {
            guard let backupId = id(row) else { continue }
            let existing = try text(row, "code").flatMap {
                try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE code = ? COLLATE NOCASE", arguments: [$0])
            }
            if let existing {
                meetings[backupId] = existing
                // Approved minutes change only by reopening them: the meeting stays as it is.
                let minutesStatus = try String.fetchOne(db, sql: "SELECT minutesStatus FROM meeting WHERE id = ?", arguments: [existing])
                guard minutesStatus != MinutesStatus.approved.rawValue else {
                    count("meeting")
                    continue
                }
                let takesAgenda = try Int.fetchOne(db, sql: "SELECT count(*) FROM agendaItem WHERE meetingId = ?", arguments: [existing]) == 0
                if takesAgenda { meetingsTakingAgenda.insert(backupId) }
                var columns = ["title", "level", "region", "start", "end", "timeZone", "venue", "onlineLink", "symbol",
                               "openedAt", "closedAt", "symbolPattern"]
                // An approval comes only with the agenda and the frozen versions it belongs to;
                // a meeting keeping its own agenda keeps its own approval state.
                let backupApproved = text(row, "minutesStatus") == MinutesStatus.approved.rawValue
                if takesAgenda {
                    columns += ["status", "minutesStatus"]
                } else if !backupApproved {
                    columns.append("status")
                }
                count("meeting", updated: try update("meeting", key: existing, row, columns: columns))
            } else {
                meetings[backupId] = try insert("meeting", row)
                meetingsTakingAgenda.insert(backupId)
                count("meeting", added: true)
            }
        }
    }

    private mutating func mergeInvitations() throws {
        for backupRow in rows["invitation"] ?? [] {
            let row = rewritten(backupRow, ["meetingId": meetings, "participantId": participants, "delegationId": organisations])
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM invitation WHERE meetingId = ? AND participantId = ?",
                                                 arguments: [row["meetingId"], row["participantId"]]) {
                count("invitation", updated: try update("invitation", key: existing, row,
                                                        columns: ["role", "delegationId", "reply", "attendance"]))
            } else {
                _ = try insert("invitation", row)
                count("invitation", added: true)
            }
        }
    }

    /// The agendas, decisions and action points of the meetings that take them; the others'
    /// are kept as they are.
    private mutating func addAgendas() throws {
        var added: [(backupId: Int64, parent: Int64?)] = []
        for backupRow in rows["agendaItem"] ?? [] {
            guard let backupId = id(backupRow), let meeting = id(backupRow, "meetingId") else { continue }
            guard meetingsTakingAgenda.contains(meeting) else {
                count("agendaItem")
                continue
            }
            var row = rewritten(backupRow, ["meetingId": meetings, "presenterId": participants])
            row["parentId"] = .null
            items[backupId] = try insert("agendaItem", row)
            added.append((backupId, id(backupRow, "parentId")))
            count("agendaItem", added: true)
        }
        // Parents after every item has its new id: a parent may come later in id order.
        for (backupId, parent) in added {
            guard let parent, let item = items[backupId] else { continue }
            try db.execute(sql: "UPDATE agendaItem SET parentId = ? WHERE id = ?", arguments: [items[parent] ?? parent, item])
        }
        for table in ["agendaClause", "decision"] {
            for backupRow in rows[table] ?? [] {
                guard let item = id(backupRow, "itemId"), items[item] != nil else {
                    count(table)
                    continue
                }
                _ = try insert(table, rewritten(backupRow, ["itemId": items]))
                count(table, added: true)
            }
        }
        for backupRow in rows["actionPoint"] ?? [] {
            guard let meeting = id(backupRow, "meetingId"), meetingsTakingAgenda.contains(meeting) else {
                count("actionPoint")
                continue
            }
            _ = try insert("actionPoint", rewritten(backupRow, ["meetingId": meetings, "itemId": items, "ownerId": participants]))
            count("actionPoint", added: true)
        }
        // An item's speakers' list comes with the item.
        for backupRow in rows["speaker"] ?? [] {
            guard let item = id(backupRow, "itemId"), items[item] != nil else {
                count("speaker")
                continue
            }
            _ = try insert("speaker", rewritten(backupRow, ["itemId": items, "participantId": participants, "delegationId": organisations]))
            count("speaker", added: true)
        }
        // The frozen versions of the minutes belong with the agenda they were rendered from.
        for backupRow in rows["minutesVersion"] ?? [] {
            guard let meeting = id(backupRow, "meetingId"), meetingsTakingAgenda.contains(meeting) else {
                count("minutesVersion")
                continue
            }
            _ = try insert("minutesVersion", rewritten(backupRow, ["meetingId": meetings]))
            count("minutesVersion", added: true)
        }
    }

    /// Resolutions by id: one this database has is kept, with its headings and clauses.
    private mutating func mergeResolutions() throws {
        var addedDocuments: Set<String> = []
        for row in rows["resolution"] ?? [] {
            guard let documentId = text(row, "id") else { continue }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM resolution WHERE id = ?", arguments: [documentId]) ?? 0 > 0 {
                count("resolution")
            } else {
                _ = try insert("resolution", row, keepingId: true)
                addedDocuments.insert(documentId)
                count("resolution", added: true)
            }
        }
        for table in ["resolutionHeading", "clause"] {
            for row in rows[table] ?? [] {
                guard let document = text(row, "documentId"), addedDocuments.contains(document) else {
                    count(table)
                    continue
                }
                _ = try insert(table, row)
                count(table, added: true)
            }
        }
    }
}
