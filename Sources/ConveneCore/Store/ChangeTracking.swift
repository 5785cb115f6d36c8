import GRDB

/// Every write to a tracked table is logged by SQLite triggers into `changeRow`, under the
/// `change` that is open for the current user action. Logging in the database rather than in
/// Swift means cascades and future tables are recorded too, which is what undo relies on.
enum ChangeTracking {
    static func createTables(_ db: Database) throws {
        try db.create(table: "change") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .text).notNull()
            t.column("summary", .text).notNull()
            t.column("isOpen", .boolean).notNull().defaults(to: true)
            t.column("undoes", .integer).references("change", onDelete: .setNull)
            t.column("undoneBy", .integer).references("change", onDelete: .setNull)
        }
        try db.create(table: "changeRow") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("changeId", .integer).notNull().indexed().references("change", onDelete: .cascade)
            t.column("tableName", .text).notNull()
            t.column("rowKey", .integer).notNull()
            t.column("before", .text)
            t.column("after", .text)
        }
    }

    /// Columns computed from the others (the directory's search keys): not user data, so
    /// the history does not hold them, and undo computes them again for the rows it restores.
    /// The meeting's calendar sequence (v7) is kept out too: it only ever grows, so undo must
    /// never put an older number back.
    static let derivedColumns: Set<String> = [SearchKey.column, "calendarSequence"]

    /// The columns the history logs and restores: all but the derived ones.
    static func trackedColumns(_ table: String, _ db: Database) throws -> [String] {
        try db.columns(in: table).map(\.name).filter { !derivedColumns.contains($0) }
    }

    /// (Re)creates the three triggers of a table from its current columns; call it again
    /// in any migration that changes the table's columns.
    static func track(_ table: String, _ db: Database) throws {
        let columns = try trackedColumns(table, db)
        // A table with a derived column logs an update only when it sets a tracked column, so
        // that computing a key again is not an entry of its own. For the other tables every
        // column is tracked, and plain UPDATE (as their shipped triggers say) means the same.
        let hasDerivedColumns = try db.columns(in: table).contains { derivedColumns.contains($0.name) }
        let updateEvent = hasDerivedColumns
            ? "UPDATE OF " + columns.map { "\"\($0)\"" }.joined(separator: ", ")
            : "UPDATE"
        func json(_ prefix: String) -> String {
            "json_object(" + columns.map { "'\($0)', \(prefix).\"\($0)\"" }.joined(separator: ", ") + ")"
        }
        let openChange = "(SELECT id FROM change WHERE isOpen)"
        let when = "WHEN EXISTS (SELECT 1 FROM change WHERE isOpen)"
        for event in ["insert", "update", "delete"] {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \"track_\(table)_\(event)\"")
        }
        try db.execute(sql: """
            CREATE TRIGGER "track_\(table)_insert" AFTER INSERT ON "\(table)" \(when) BEGIN
              INSERT INTO changeRow(changeId, tableName, rowKey, before, after)
              VALUES (\(openChange), '\(table)', NEW.rowid, NULL, \(json("NEW")));
            END;
            CREATE TRIGGER "track_\(table)_update" AFTER \(updateEvent) ON "\(table)" \(when) BEGIN
              INSERT INTO changeRow(changeId, tableName, rowKey, before, after)
              VALUES (\(openChange), '\(table)', NEW.rowid, \(json("OLD")), \(json("NEW")));
            END;
            CREATE TRIGGER "track_\(table)_delete" AFTER DELETE ON "\(table)" \(when) BEGIN
              INSERT INTO changeRow(changeId, tableName, rowKey, before, after)
              VALUES (\(openChange), '\(table)', OLD.rowid, \(json("OLD")), NULL);
            END;
            """)
    }

    /// Deletes rows an action added (undo), in one statement.
    static func delete(table: String, rowKeys: [Int64], _ db: Database) throws {
        let keys = "[" + rowKeys.map(String.init).joined(separator: ",") + "]"
        try db.execute(sql: "DELETE FROM \"\(table)\" WHERE rowid IN (SELECT value FROM json_each(?))", arguments: [keys])
    }

    /// Puts one logged row back as it was before its change. SQLite converts the JSON values
    /// back to their column types, so no per-table code is needed; derived columns are
    /// computed again from the restored values.
    static func revert(table: String, rowKey: Int64, before: String?, after: String?, _ db: Database) throws {
        let columns = try trackedColumns(table, db)
        let quoted = "\"\(table)\""
        switch (before, after) {
        case (nil, _):
            try db.execute(sql: "DELETE FROM \(quoted) WHERE rowid = ?", arguments: [rowKey])
        case let (before?, nil):
            let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let values = columns.map { "json_extract(:row, '$.\"\($0)\"')" }.joined(separator: ", ")
            try db.execute(sql: "INSERT INTO \(quoted)(rowid, \(names)) VALUES (:key, \(values))",
                           arguments: ["row": before, "key": rowKey])
            try SearchKey.refresh(table: table, rowKey: rowKey, db)
        case let (before?, _?):
            let assignments = columns.map { "\"\($0)\" = json_extract(:row, '$.\"\($0)\"')" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE \(quoted) SET \(assignments) WHERE rowid = :key",
                           arguments: ["row": before, "key": rowKey])
            try SearchKey.refresh(table: table, rowKey: rowKey, db)
        }
    }
}
