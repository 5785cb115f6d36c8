import Foundation
import GRDB

/// One user action in the audit trail, with the rows it changed.
public struct HistoryEntry: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var summary: String
    public var undoes: Int64?
    public var undoneBy: Int64?
    public var rows: [RowChange]
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
                SELECT id, at, summary, undoes, undoneBy FROM change WHERE NOT isOpen ORDER BY id DESC LIMIT ?
                """, arguments: [limit])
            return try changes.map { change in
                let id: Int64 = change["id"]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ? ORDER BY id
                    """, arguments: [id]).map { row in
                    RowChange(table: row["tableName"], rowKey: row["rowKey"], before: row["before"], after: row["after"])
                }
                return HistoryEntry(id: id, at: change["at"], summary: change["summary"],
                                    undoes: change["undoes"], undoneBy: change["undoneBy"], rows: rows)
            }
        }
    }

    /// Reverts the most recent action that is not itself an undo and not undone yet. The undo
    /// is recorded in the history too. Returns the summary of what was undone. An entry that
    /// changed nothing (written by an older convene, which recorded edits that kept every
    /// value) is passed over.
    @discardableResult
    public func undo() throws -> String {
        try perform("undo") { db, summary in
            guard let target = try Row.fetchOne(db, sql: """
                SELECT id, summary FROM change
                WHERE NOT isOpen AND undoes IS NULL AND undoneBy IS NULL
                  AND EXISTS (SELECT 1 FROM changeRow r WHERE r.changeId = change.id AND r.before IS NOT r.after)
                ORDER BY id DESC LIMIT 1
                """) else {
                throw ConveneError.refused("nothing to undo")
            }
            let targetId: Int64 = target["id"]
            let targetSummary: String = target["summary"]
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let rows = try Row.fetchAll(db, sql: """
                SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ? ORDER BY id DESC
                """, arguments: [targetId])
            for row in rows {
                try ChangeTracking.revert(table: row["tableName"], rowKey: row["rowKey"],
                                          before: row["before"], after: row["after"], db)
            }
            let undoId = try Int64.fetchOne(db, sql: "SELECT id FROM change WHERE isOpen")
            try db.execute(sql: "UPDATE change SET undoes = ? WHERE id = ?", arguments: [targetId, undoId])
            try db.execute(sql: "UPDATE change SET undoneBy = ? WHERE id = ?", arguments: [undoId, targetId])
            summary = "undo: \(targetSummary)"
            return targetSummary
        }
    }
}
