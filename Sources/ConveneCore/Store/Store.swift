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
    /// Who the changes made through this store are recorded as.
    public let author: ChangeAuthor
    /// The file or its folder cannot be written: reads work, writes are refused.
    public let isReadOnly: Bool
    /// Checks the file for damage before the first write, when the caller asked for it.
    let writeCheck: DamageCheck?

    private init(path: String, queue: DatabaseQueue, reference: ReferenceData, author: ChangeAuthor,
                 isReadOnly: Bool, checkBeforeWriting: Bool) {
        self.path = path
        self.queue = queue
        self.reference = reference
        self.author = author
        self.isReadOnly = isReadOnly
        writeCheck = checkBeforeWriting ? DamageCheck() : nil
    }

    /// The same database, its changes recorded as `author`'s (tests of several organisers).
    public func acting(as author: ChangeAuthor) -> Store {
        Store(path: path, queue: queue, reference: reference, author: author,
              isReadOnly: isReadOnly, checkBeforeWriting: writeCheck != nil)
    }

    /// How a store is opened.
    public struct Options: Sendable {
        /// Create the missing folders of the path (the default XDG location only: a typed
        /// path with a missing folder is more likely a typo than a wish).
        public var createsFolder = false
        /// Run `PRAGMA quick_check` before the first write (the command line, where a write
        /// is one short command); reads never wait for it.
        public var checksBeforeWriting = false
        public var author = ChangeAuthor.current

        public init(createsFolder: Bool = false, checksBeforeWriting: Bool = false, author: ChangeAuthor = .current) {
            self.createsFolder = createsFolder
            self.checksBeforeWriting = checksBeforeWriting
            self.author = author
        }
    }

    /// Opens (creating on first use) the database at `path` and brings it up to date.
    /// A file convene cannot use is reported and left untouched; one that cannot be written
    /// (file or folder) is opened read-only.
    /// A symbolic link is followed, and the file it points to used (created if absent).
    public static func open(path typedPath: String, reference: ReferenceData, options: Options = Options()) throws -> Store {
        let path = SymbolicLinks.target(of: typedPath)
        if FileManager.default.fileExists(atPath: path) {
            try DatabaseFileGuard.checkExisting(at: path, knownMigrations: Schema.identifiers, busyTimeout: busyTimeout)
        } else {
            try DatabaseFileGuard.createNewFile(at: path, creatingFolder: options.createsFolder)
        }
        let readOnly = !DatabaseFileGuard.isWritable(path)
        do {
            var configuration = configuration()
            configuration.readonly = readOnly
            let queue = try DatabaseQueue(path: readOnly ? DatabaseFileGuard.readOnlyLocation(path) : path,
                                          configuration: configuration)
            if readOnly {
                guard try queue.read(Schema.pendingMigrations).isEmpty else {
                    throw ConveneError.unusableDatabase(
                        path: path, reason: "it is read-only, and this convene must upgrade it before using it")
                }
            } else {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try bringUpToDate(queue, reference: reference)
            }
            return Store(path: path, queue: queue, reference: reference, author: options.author,
                         isReadOnly: readOnly, checkBeforeWriting: options.checksBeforeWriting)
        } catch let error as DatabaseError {
            throw DatabaseFileGuard.conveneError(error, path: path)
        }
    }

    /// A private database in memory, for tests and previews.
    public static func inMemory(reference: ReferenceData, author: ChangeAuthor = .current) throws -> Store {
        let queue = try DatabaseQueue(configuration: configuration())
        try bringUpToDate(queue, reference: reference)
        return Store(path: ":memory:", queue: queue, reference: reference, author: author,
                     isReadOnly: false, checkBeforeWriting: false)
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

    /// How long a write waits for another process's write to finish. Far longer than the
    /// longest write convene makes (filling a new database, importing a resolution: about a
    /// second), so that convene processes queue up rather than fail.
    static let busyTimeout: TimeInterval = 30

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
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
        try checkBeforeWriting()
        return try wrapDatabaseErrors {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO change(at, summary, isOpen, user, host) VALUES (?, ?, 1, ?, ?)",
                               arguments: [Self.timestamp(), summary, author.user, author.host])
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

    func wrapDatabaseErrors<T>(_ block: () throws -> T) throws -> T {
        do {
            return try block()
        } catch let error as DatabaseError {
            throw DatabaseFileGuard.conveneError(error, path: path)
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
