import Foundation
import GRDB

/// One user action in the audit trail, with the rows it changed.
public struct HistoryEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var summary: String
    public var undoes: Int64?
    public var undoneBy: Int64?
    /// The operating-system user and host that made the change; nil for changes made
    /// before convene recorded them.
    public var user: String?
    public var host: String?
    public var rows: [RowChange]

    /// "olga@registry-3", or nil when unknown.
    public var author: String? {
        guard let user else { return nil }
        return host.map { "\(user)@\($0)" } ?? user
    }
}

/// One row's before and after, as JSON objects of its columns (nil when inserted/deleted).
public struct RowChange: Codable, Sendable, Equatable {
    public var table: String
    public var rowKey: Int64
    public var before: String?
    public var after: String?

    /// "added", "removed", or the changed fields as "field: old → new".
    public var description: String {
        switch (before, after) {
        case (nil, _): return "added"
        case (_, nil): return "removed"
        case let (before?, after?):
            let old = Self.decode(before), new = Self.decode(after)
            if old[HistoryPurge.marker] != nil { return "changed (personal data erased by --purge)" }
            let changed = old.keys.sorted().filter { old[$0] != new[$0] }
            return changed.map { "\($0): \(old[$0] ?? "∅") → \(new[$0] ?? "∅")" }.joined(separator: "; ")
        }
    }

    static func decode(_ json: String) -> [String: String] {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object.mapValues { value in
            if value is NSNull { return "∅" }
            return "\(value)"
        }
    }
}

extension Store {
    /// The most recent user actions, newest first.
    public func history(limit: Int) throws -> [HistoryEntry] {
        try read { db in
            let changes = try Row.fetchAll(db, sql: """
                SELECT id, at, summary, undoes, undoneBy, user, host FROM change WHERE NOT isOpen ORDER BY id DESC LIMIT ?
                """, arguments: [limit])
            return try changes.map { change in
                let id: Int64 = change["id"]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ? ORDER BY id
                    """, arguments: [id]).map { row in
                    RowChange(table: row["tableName"], rowKey: row["rowKey"], before: row["before"], after: row["after"])
                }
                return HistoryEntry(id: id, at: change["at"], summary: change["summary"],
                                    undoes: change["undoes"], undoneBy: change["undoneBy"],
                                    user: change["user"], host: change["host"], rows: rows)
            }
        }
    }

    /// Who made the newest change ("olga@registry-1"), nil when unknown or none: for the app's
    /// notice when another process changed the data.
    public func latestChangeAuthor() throws -> String? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT user, host FROM change WHERE NOT isOpen ORDER BY id DESC LIMIT 1"),
                  let user: String = row["user"] else { return nil }
            let host: String? = row["host"]
            return host.map { "\(user)@\($0)" } ?? user
        }
    }

    /// Reverts this author's most recent action that is not itself an undo and not undone
    /// yet (changes from before authors were recorded count as anyone's), so that organisers
    /// sharing a database each walk back their own work. Refused when a later change by
    /// someone else touched the same rows: reverting would silently overwrite it. The undo
    /// is recorded in the history too. Returns the summary of what was undone. An entry that
    /// changed nothing (written by an older convene, which recorded edits that kept every
    /// value) is passed over.
    @discardableResult
    public func undo() throws -> String {
        try perform("undo") { db, summary in
            guard let target = try Row.fetchOne(db, sql: """
                SELECT id, summary FROM change
                WHERE NOT isOpen AND undoes IS NULL AND undoneBy IS NULL
                  AND ((user = :user AND host = :host) OR user IS NULL)
                  AND EXISTS (SELECT 1 FROM changeRow r WHERE r.changeId = change.id AND r.before IS NOT r.after)
                ORDER BY id DESC LIMIT 1
                """, arguments: ["user": author.user, "host": author.host]) else {
                throw try nothingToUndo(db)
            }
            let targetId: Int64 = target["id"]
            let targetSummary: String = target["summary"]
            try refuseIfOverwritten(targetId, summary: targetSummary, db)
            try RecordLock.requireRevertible(changeId: targetId, db)
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let rows = try Row.fetchAll(db, sql: """
                SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ? ORDER BY id DESC
                """, arguments: [targetId])
            // The rows an action added are deleted a run at a time, by one statement per run of
            // one table: one DELETE per row made SQLite copy pages into a statement journal for
            // every row (the delete trigger logs each), and undoing an import of 100,000 took a minute.
            var added: (table: String, rowKeys: [Int64])?
            func deleteAdded() throws {
                guard let run = added else { return }
                try ChangeTracking.delete(table: run.table, rowKeys: run.rowKeys, db)
                added = nil
            }
            for row in rows {
                let table: String = row["tableName"], rowKey: Int64 = row["rowKey"], before: String? = row["before"]
                if before == nil {
                    if added?.table != table {
                        try deleteAdded()
                        added = (table, [])
                    }
                    added?.rowKeys.append(rowKey)
                    continue
                }
                try deleteAdded()
                try ChangeTracking.revert(table: table, rowKey: rowKey, before: before, after: row["after"], db)
            }
            try deleteAdded()
            let undoId = try Int64.fetchOne(db, sql: "SELECT id FROM change WHERE isOpen")
            try db.execute(sql: "UPDATE change SET undoes = ? WHERE id = ?", arguments: [targetId, undoId])
            try db.execute(sql: "UPDATE change SET undoneBy = ? WHERE id = ?", arguments: [undoId, targetId])
            summary = "undo: \(targetSummary)"
            return targetSummary
        }
    }

    /// "nothing to undo", saying so when others have changes left that this author may not undo.
    private func nothingToUndo(_ db: Database) throws -> ConveneError {
        let others = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM change WHERE NOT isOpen AND undoes IS NULL AND undoneBy IS NULL
              AND EXISTS (SELECT 1 FROM changeRow r WHERE r.changeId = change.id AND r.before IS NOT r.after)
            """) ?? 0
        guard others > 0 else { return .refused("nothing to undo") }
        return .refused("nothing to undo: none of the changes left are yours (\(author.description)); see `convene history`")
    }

    /// Throws when a later change by another author, still in effect, changed a row that
    /// `changeId` changed. A later change and its own later undo cancel out and are ignored.
    func refuseIfOverwritten(_ changeId: Int64, summary: String, _ db: Database) throws {
        guard let later = try Row.fetchOne(db, sql: """
            SELECT later.id, later.summary, later.user, later.host, mine.tableName, mine.rowKey
            FROM changeRow mine
            JOIN changeRow theirs ON theirs.tableName = mine.tableName AND theirs.rowKey = mine.rowKey
                                  AND theirs.changeId > mine.changeId AND theirs.before IS NOT theirs.after
            JOIN change later ON later.id = theirs.changeId
            WHERE mine.changeId = :change AND NOT later.isOpen
              AND later.undoneBy IS NULL
              AND NOT (later.undoes IS NOT NULL AND later.undoes > :change)
              AND (later.user IS NOT :user OR later.host IS NOT :host)
            ORDER BY later.id LIMIT 1
            """, arguments: ["change": changeId, "user": author.user, "host": author.host]) else { return }
        let user: String? = later["user"], host: String? = later["host"]
        let who = user.map { name in host.map { "\(name)@\($0)" } ?? name } ?? "an unknown user"
        let table: String = later["tableName"], rowKey: Int64 = later["rowKey"], laterId: Int64 = later["id"]
        let laterSummary: String = later["summary"]
        throw ConveneError.refused("""
            cannot undo #\(changeId) (\(summary)): \(who) changed the same record (\(table) \(rowKey)) \
            afterwards in #\(laterId) (\(laterSummary)); undoing yours would overwrite theirs. \
            Ask \(user ?? "them") to undo #\(laterId) first, or change the record by hand
            """)
    }
}
