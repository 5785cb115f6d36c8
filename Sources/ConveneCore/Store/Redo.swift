import GRDB

extension Store {
    /// Makes again the change this author's most recent undo reverted, as `C-r` does in the
    /// app. The redo is an ordinary change (so `undo` can take it back again) and marks the
    /// undo it reverts as undone by it, so that the same undo is not redone twice.
    ///
    /// Walking this author's changes from the newest: redos and undos already redone are
    /// passed over; the first other change decides. An undo is redone; anything else (a new
    /// change made after undoing) means there is nothing to redo, as in every editor. Refused,
    /// as undo is, when someone else changed the same records since the undo.
    @discardableResult
    public func redo() throws -> String {
        try perform("redo") { db, summary in
            guard let undo = try latestRedoableUndo(db) else {
                throw ConveneError.refused("nothing to redo: redo makes again what undo reverted, until you make a new change")
            }
            try refuseIfOverwritten(undo.id, summary: undo.summary, db)
            try RecordLock.requireRevertible(changeId: undo.id, db)
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let rows = try Row.fetchAll(db, sql: """
                SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ? ORDER BY id DESC
                """, arguments: [undo.id])
            for row in rows {
                try ChangeTracking.revert(table: row["tableName"], rowKey: row["rowKey"],
                                          before: row["before"], after: row["after"], db)
            }
            let redoId = try Int64.fetchOne(db, sql: "SELECT id FROM change WHERE isOpen")
            try db.execute(sql: "UPDATE change SET undoneBy = ? WHERE id = ?", arguments: [redoId, undo.id])
            let redone = undo.summary.hasPrefix("undo: ") ? String(undo.summary.dropFirst("undo: ".count)) : undo.summary
            summary = "redo: \(redone)"
            return redone
        }
    }

    /// The undo a redo would revert, if any (see `redo`).
    private func latestRedoableUndo(_ db: Database) throws -> (id: Int64, summary: String)? {
        let changes = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.summary, c.undoes, c.undoneBy,
                   EXISTS (SELECT 1 FROM change u WHERE u.undoneBy = c.id AND u.undoes IS NOT NULL) AS isRedo
            FROM change c
            WHERE NOT c.isOpen AND ((c.user = :user AND c.host = :host) OR c.user IS NULL)
              AND EXISTS (SELECT 1 FROM changeRow r WHERE r.changeId = c.id AND r.before IS NOT r.after)
            ORDER BY c.id DESC
            """, arguments: ["user": author.user, "host": author.host])
        while let change = try changes.next() {
            let isUndo = (change["undoes"] as Int64?) != nil
            let isUndone = (change["undoneBy"] as Int64?) != nil
            if change["isRedo"] as Bool { continue }
            if isUndo && isUndone { continue }
            return isUndo && !isUndone ? (change["id"], change["summary"]) : nil
        }
        return nil
    }
}
