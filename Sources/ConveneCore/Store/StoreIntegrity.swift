import Foundation
import GRDB

/// Runs the pre-write damage check once per store: a command-line write is one short
/// command, so one check covers it.
final class DamageCheck: @unchecked Sendable {
    // Every access holds `lock`.
    private let lock = NSLock()
    private var passed = false

    func runOnce(_ check: () throws -> Void) throws {
        try lock.withLock {
            guard !passed else { return }
            try check()
            passed = true
        }
    }
}

/// What `convene check` found: empty when the database is sound.
public struct IntegrityReport: Sendable, Equatable {
    public var problems: [String]
    /// What was checked, for the "ok" line.
    public var checked: [String]
    public var isSound: Bool { problems.isEmpty }
}

extension Store {
    /// Refuses a write to a read-only or damaged database before anything is written.
    /// `PRAGMA quick_check` reads every page but skips the index cross-checks of
    /// `integrity_check`, which is what makes it cheap enough to run before each command.
    func checkBeforeWriting() throws {
        if isReadOnly {
            throw ConveneError.unusableDatabase(
                path: path, reason: "it is read-only (the file or its folder cannot be written); convene can read it but not change it")
        }
        try writeCheck?.runOnce {
            let result = try wrapDatabaseErrors {
                try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
            }
            if result != ["ok"] {
                let findings = result.joined(separator: "\n").split(separator: "\n").filter { !$0.hasPrefix("***") }
                throw DatabaseFileGuard.damaged(path: path, detail: findings.joined(separator: "; "))
            }
        }
    }

    /// The full check: SQLite's `integrity_check`, foreign keys (no orphan rows), and the
    /// history's own rules (no change left open, undo links in pairs, the latest logged
    /// state of every row equal to the row in its table).
    public func integrityReport() throws -> IntegrityReport {
        do {
            return try fullReport()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            // So damaged that SQLite gave up reading it: that is the finding.
            return IntegrityReport(problems: ["integrity_check: \(error.message ?? "the database is damaged")"],
                                   checked: ["integrity_check"])
        } catch let error as DatabaseError {
            throw DatabaseFileGuard.conveneError(error, path: path)
        }
    }

    private func fullReport() throws -> IntegrityReport {
        try queue.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            if integrity != ["ok"] {
                problems += integrity.map { "integrity_check: \($0)" }
                // The history checks read the damaged pages too: stop at SQLite's verdict.
                return IntegrityReport(problems: problems, checked: ["integrity_check"])
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row["table"], parent: String = row["parent"]
                let rowid: Int64? = row["rowid"]
                problems.append("orphan row: \(table) \(rowid.map(String.init) ?? "?") refers to a missing \(parent)")
            }
            problems += try Self.historyProblems(db)
            return IntegrityReport(problems: problems,
                                   checked: ["integrity_check", "foreign keys", "history"])
        }
    }

    private static func historyProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let open = try Int64.fetchAll(db, sql: "SELECT id FROM change WHERE isOpen")
        problems += open.map { "history: change #\($0) was never closed" }
        let unpaired = try Int64.fetchAll(db, sql: """
            SELECT c.id FROM change c LEFT JOIN change u ON u.id = c.undoneBy
            WHERE c.undoneBy IS NOT NULL AND u.undoes IS NOT c.id
            UNION
            SELECT u.id FROM change u LEFT JOIN change c ON c.id = u.undoes
            WHERE u.undoes IS NOT NULL AND c.undoneBy IS NOT u.id
            """)
        problems += unpaired.map { "history: change #\($0) and its undo do not name each other" }
        let tables = try String.fetchAll(db, sql: "SELECT DISTINCT tableName FROM changeRow ORDER BY tableName")
        for table in tables {
            guard try db.tableExists(table) else {
                problems.append("history: rows logged for a table that does not exist: \(table)")
                continue
            }
            problems += try replayProblems(table: table, db)
        }
        return problems
    }

    /// Rows whose latest logged state differs from the row in the table: the history no
    /// longer replays to the data. Only the columns the log holds are compared, so that
    /// entries written before a migration added a column still count.
    private static func replayProblems(table: String, _ db: Database) throws -> [String] {
        let columns = try db.columns(in: table).map(\.name)
        let differs = columns.map { column in
            "(json_type(latest.after, '$.\"\(column)\"') IS NOT NULL AND json_extract(latest.after, '$.\"\(column)\"') IS NOT current.\"\(column)\")"
        }.joined(separator: " OR ")
        let keys = try Int64.fetchAll(db, sql: """
            SELECT latest.rowKey FROM (
              SELECT rowKey, after FROM changeRow logged
              WHERE tableName = :table
                AND id = (SELECT max(id) FROM changeRow WHERE tableName = :table AND rowKey = logged.rowKey)
            ) latest
            LEFT JOIN "\(table)" current ON current.rowid = latest.rowKey
            WHERE (latest.after IS NULL) <> (current.rowid IS NULL)
               OR (latest.after IS NOT NULL AND (\(differs)))
            ORDER BY latest.rowKey LIMIT 20
            """, arguments: ["table": table])
        return keys.map { "history: \(table) \($0) is not as its latest change left it" }
    }
}
