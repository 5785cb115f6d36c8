import Foundation
import GRDB

/// Whether an edit changed anything; one that did not is not recorded in the history.
public enum ChangeOutcome: Sendable, Equatable {
    case changed
    case unchanged
}

/// The one SQLite file convene keeps everything in. Every user action goes through
/// `perform`, which makes it one transaction with its history entry.
public final class Store: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// The shipped data, for actions that need more than the database (the heading table).
    let reference: ReferenceData

    private init(path: String, queue: DatabaseQueue, reference: ReferenceData) {
        self.path = path
        self.queue = queue
        self.reference = reference
    }

    /// Opens (creating on first use) the database at `path` and brings it up to date.
    /// A file convene cannot use is reported and left untouched.
    public static func open(path: String, reference: ReferenceData) throws -> Store {
        if FileManager.default.fileExists(atPath: path) {
            try DatabaseFileGuard.checkExisting(at: path, knownMigrations: Schema.identifiers)
        } else {
            try DatabaseFileGuard.prepareNewFile(at: path)
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try bringUpToDate(queue, reference: reference)
            return Store(path: path, queue: queue, reference: reference)
        } catch let error as DatabaseError {
            throw ConveneError.unusableDatabase(path: path, reason: DatabaseFileGuard.describe(error))
        }
    }

    /// A private database in memory, for tests and previews.
    public static func inMemory(reference: ReferenceData) throws -> Store {
        let queue = try DatabaseQueue(configuration: configuration())
        try bringUpToDate(queue, reference: reference)
        return Store(path: ":memory:", queue: queue, reference: reference)
    }

    /// Runs the pending migrations and inserts the shipped rows they call for, as one
    /// exclusive transaction: of two processes opening a new database at once, the second
    /// waits, then finds nothing left to do. Most opens have nothing to do, and find that
    /// out without taking the write lock.
    private static func bringUpToDate(_ queue: DatabaseQueue, reference: ReferenceData) throws {
        guard try !queue.read(Schema.pendingMigrations).isEmpty else { return }
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                let applied = try Schema.migrate(db)
                try ShippedData.insert(afterMigrations: applied, reference: reference, db)
                return .commit
            }
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// Reads in a consistent snapshot.
    public func read<T>(_ block: (Database) throws -> T) throws -> T {
        try wrapDatabaseErrors { try queue.read(block) }
    }

    /// Runs one user action as one transaction, recorded in the history under `summary`
    /// (which the action may refine once it knows, say, the new id).
    func perform<T>(_ summary: String, _ block: (Database, inout String) throws -> T) throws -> T {
        try performRecording(summary, block).result
    }

    /// `perform`, also telling whether the action changed anything. An UPDATE that writes the
    /// values a row already has still fires the change-tracking trigger; such rows are dropped
    /// here, for every action, and an action left with no rows leaves no history entry, so
    /// `undo` never "undoes" a change that changed nothing.
    func performRecording<T>(_ summary: String, _ block: (Database, inout String) throws -> T) throws
        -> (result: T, outcome: ChangeOutcome) {
        try wrapDatabaseErrors {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO change(at, summary, isOpen) VALUES (?, ?, 1)",
                               arguments: [Self.timestamp(), summary])
                let changeId = db.lastInsertedRowID
                var finalSummary = summary
                let result = try block(db, &finalSummary)
                try db.execute(sql: "UPDATE change SET isOpen = 0, summary = ? WHERE id = ?",
                               arguments: [finalSummary, changeId])
                try db.execute(sql: "DELETE FROM changeRow WHERE changeId = ? AND before IS after", arguments: [changeId])
                if try Int.fetchOne(db, sql: "SELECT count(*) FROM changeRow WHERE changeId = ?", arguments: [changeId]) == 0 {
                    try db.execute(sql: "DELETE FROM change WHERE id = ?", arguments: [changeId])
                    return (result, .unchanged)
                }
                return (result, .changed)
            }
        }
    }

    /// Changes made by any process since the last call differ in value: for live refresh.
    public func dataVersion() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    static func timestamp(_ date: Date = Date()) -> String {
        var formatter = Date.ISO8601FormatStyle()
        formatter.timeZone = TimeZone(identifier: "UTC") ?? .current
        return date.formatted(formatter)
    }

    private func wrapDatabaseErrors<T>(_ block: () throws -> T) throws -> T {
        do {
            return try block()
        } catch let error as DatabaseError {
            throw ConveneError.database(error, path: path)
        }
    }
}

extension Store {
    /// Moves the write-ahead log into the main file (before copying the file, say).
    public func checkpoint() throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
