import Foundation
import GRDB

/// A backup read and checked, ready to restore: nothing in it is written before all of it
/// has been read.
public struct BackupContents: Sendable {
    public var source: String
    public var version: Int
    /// Rows per table, in `BackupFormat.tables` order, each with every column of the table.
    var tables: [(name: String, rows: [[DatabaseValue]])]

    /// How many rows each table holds, for the preview.
    public var counts: [(table: String, rows: Int)] { tables.map { ($0.name, $0.rows.count) } }
}

extension Store {
    /// Reads and checks a JSON backup: its format and version (a newer one is refused), that
    /// every row has exactly the columns of its table, with values of the right kinds and
    /// tokens convene knows.
    public func readBackup(_ data: Data, source: String) throws -> BackupContents {
        func bad(_ reason: String) -> ConveneError { .invalid(field: .backupFile, value: source, reason: reason) }
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
            throw bad("not a convene backup (not a JSON object)")
        }
        guard root["format"] as? String == BackupFormat.name, let version = (root["version"] as? NSNumber)?.intValue else {
            throw bad("not a convene backup (no \"format\": \"\(BackupFormat.name)\" and version)")
        }
        guard version <= BackupFormat.version else {
            throw bad("a backup in format version \(version), made by a newer convene; this one reads up to version \(BackupFormat.version): restore it with that convene, or upgrade this one")
        }
        guard let tables = root["tables"] as? [String: Any] else { throw bad("no \"tables\" object") }
        if let unknown = Set(tables.keys).subtracting(BackupFormat.tables).sorted().first {
            throw bad("an unknown table '\(unknown)'")
        }
        let columns = try read { db in
            try BackupFormat.tables.map { try BackupFormat.columns(of: $0, db) }
        }
        // A column added after the backup's version (meeting.calendarSequence in version 2)
        // takes its default, or NULL when it has none and may be empty.
        let defaults = try read { db in
            try BackupFormat.tables.map { table in
                try Dictionary(uniqueKeysWithValues: db.columns(in: table).compactMap { column -> (String, DatabaseValue)? in
                    guard version < BackupFormat.version else { return nil }
                    guard let sql = column.defaultValueSQL else { return column.isNotNull ? nil : (column.name, .null) }
                    return (column.name, try DatabaseValue.fetchOne(db, sql: "SELECT \(sql)") ?? .null)
                })
            }
        }
        var contents = BackupContents(source: source, version: version, tables: [])
        for (tableIndex, (table, tableColumns)) in zip(BackupFormat.tables, columns).enumerated() {
            let addedLater = version < BackupFormat.tableAdded[table, default: 1] && tables[table] == nil
            guard let rows = addedLater ? [] : tables[table] as? [Any] else { throw bad("the table '\(table)' is missing or not a list") }
            let tokens = BackupFormat.tokens[table] ?? [:]
            var values: [[DatabaseValue]] = []
            values.reserveCapacity(rows.count)
            for (index, row) in rows.enumerated() {
                let place = "row \(index + 1) of \(table)"
                guard let row = row as? [String: Any] else { throw bad("\(place) is not an object") }
                if let extra = Set(row.keys).subtracting(tableColumns).sorted().first { throw bad("\(place) has an unknown column '\(extra)'") }
                values.append(try tableColumns.map { column in
                    guard let value = row[column] else {
                        if let fallback = defaults[tableIndex][column] { return fallback }
                        throw bad("\(place) lacks the column '\(column)'")
                    }
                    let converted = try Self.databaseValue(value) ?? { throw bad("\(place): '\(column)' is not a text, number or null") }()
                    if let allowed = tokens[column], case let .string(token) = converted.storage, !allowed.contains(token) {
                        throw bad("\(place): unknown \(column) '\(token)'")
                    }
                    return converted
                })
            }
            contents.tables.append((table, values))
        }
        return contents
    }

    private static func databaseValue(_ value: Any) -> DatabaseValue? {
        if value is NSNull { return .null }
        if let text = value as? String { return text.databaseValue }
        if let number = value as? NSNumber {
            let type = String(cString: number.objCType)
            if type == "d" || type == "f" { return number.doubleValue.databaseValue }
            return number.int64Value.databaseValue
        }
        return nil
    }

    /// Restores a backup into a database without participants or meetings of its own: its
    /// organisations and resolutions (the shipped ones, in a new database) are replaced by
    /// the backup's, ids and all, so that backing up again gives the same bytes. One
    /// transaction and one history entry: the restore happens whole or not at all, and
    /// `undo` takes it back. References that do not hold are refused. `progress` is told how
    /// many of the backup's rows have been inserted.
    @discardableResult
    public func restore(_ contents: BackupContents, progress: ProgressHandler? = nil) throws -> [(table: String, rows: Int)] {
        try perform("restore \(contents.source)") { db, summary in
            let participants = try Participant.fetchCount(db), meetings = try Meeting.fetchCount(db)
            guard participants == 0, meetings == 0 else {
                throw ConveneError.refused("""
                    the database already has \(participants) participants and \(meetings) meetings; restore into a new one \
                    (--db NEW.sqlite), or merge with --merge
                    """)
            }
            let backupOrganisations = Set(contents.tables.first { $0.name == "organisation" }?.rows.compactMap { Int64.fromDatabaseValue($0[0]) } ?? [])
            let own = try Int64.fetchAll(db, sql: "SELECT id FROM organisation").filter { !backupOrganisations.contains($0) }
            guard own.isEmpty else {
                throw ConveneError.refused("the database has \(own.count) organisation\(own.count == 1 ? "" : "s") the backup lacks (#\(own[0]) …); restore into a new database (--db NEW.sqlite), or use --merge")
            }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            for table in BackupFormat.tables.reversed() {
                try db.execute(sql: "DELETE FROM \"\(table)\"")
            }
            let total = contents.tables.reduce(0) { $0 + $1.rows.count }
            var inserted = 0
            // An empty table is left alone: even an INSERT of no rows would give its
            // AUTOINCREMENT counter a row of its own in sqlite_sequence.
            for (table, rows) in contents.tables where !rows.isEmpty {
                let names = try BackupFormat.columns(of: table, db)
                let columns = names.map { "\"\($0)\"" }.joined(separator: ", ")
                // As in the participant import: one INSERT per row on a table with history
                // triggers copies pages to a statement journal every time, so the rows are
                // gathered in a temporary table without triggers and inserted by one
                // statement, in the backup's order; the triggers still log every row.
                try db.execute(sql: "CREATE TEMP TABLE restoredRow(\(columns))")
                let gather = try db.makeStatement(sql: """
                    INSERT INTO temp.restoredRow VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                    """)
                for row in rows {
                    try gather.execute(arguments: StatementArguments(row))
                    inserted += 1
                    progress?(inserted, total)
                }
                try db.execute(sql: """
                    INSERT INTO "\(table)"(\(columns)) SELECT * FROM temp.restoredRow ORDER BY rowid;
                    DROP TABLE temp.restoredRow;
                    """)
            }
            try SearchKey.rebuildAll(db)
            // Inserting the agenda raised the meetings' calendar sequences (v7's triggers):
            // they are the backup's again, so that a calendar sees the numbers it saw.
            if let meetings = contents.tables.first(where: { $0.name == "meeting" }) {
                let columns = try BackupFormat.columns(of: "meeting", db)
                if let sequence = columns.firstIndex(of: "calendarSequence"), let id = columns.firstIndex(of: "id") {
                    let update = try db.makeStatement(sql: "UPDATE meeting SET calendarSequence = ? WHERE id = ?")
                    for row in meetings.rows { try update.execute(arguments: [row[sequence], row[id]]) }
                }
            }
            if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                let table: String = broken[0], rowid: Int64? = broken[1], parent: String = broken[2]
                throw ConveneError.invalid(field: .backupFile, value: contents.source,
                                           reason: "\(table) row \(rowid ?? 0) names a \(parent) the backup lacks; nothing was restored")
            }
            summary = "restore \(contents.source): " + contents.counts.filter { $0.rows > 0 && ["participant", "meeting", "organisation"].contains($0.table) }
                .map { "\($0.rows) \($0.table)s" }.joined(separator: ", ")
            return contents.counts
        }
    }
}
