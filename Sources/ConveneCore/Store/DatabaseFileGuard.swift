import Foundation
import GRDB

/// Checks a database file before convene writes anything to it, so that a file which is
/// not a convene database, or one written by a newer convene, is left byte-for-byte untouched.
enum DatabaseFileGuard {
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Creates an empty file (0600) when nothing exists yet, and, when asked, its missing
    /// folders (0700). The file is created only if absent (O_CREAT|O_EXCL), as SQLite does:
    /// another process that created it first keeps its file, and this one opens that.
    static func createNewFile(at path: String, creatingFolder: Bool) throws {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
            guard creatingFolder else {
                throw ConveneError.unusableDatabase(path: path, reason: "the folder \(folder) does not exist")
            }
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw ConveneError.unusableDatabase(path: path, reason: "cannot create folder \(folder)")
            }
        }
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            let reason = String(cString: strerror(errno))
            throw ConveneError.unusableDatabase(path: path, reason: "cannot create the file (\(reason))")
        }
    }

    /// What SQLite opens for a database convene may not write. In a folder it cannot write
    /// either, SQLite cannot create the write-ahead log's shared-memory file and refuses even
    /// to read. When no log is left beside the file (the last writer closed it, which moves
    /// the log into the file), the file alone is the whole database, and is opened as
    /// immutable: without locks or shared memory.
    static func readOnlyLocation(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) != 0,
              !FileManager.default.fileExists(atPath: path + "-wal") else { return path }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?immutable=1"
    }

    /// Whether convene may write to the database: the file and its folder (where SQLite
    /// keeps the write-ahead log) are both writable.
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Throws unless the existing file is empty or an SQLite database that convene can migrate.
    static func checkExisting(at path: String, knownMigrations: [String], busyTimeout: TimeInterval) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ConveneError.unusableDatabase(path: path, reason: "it is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ConveneError.unusableDatabase(path: path, reason: "it cannot be read (check its permissions)")
        }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard Array(header) == sqliteHeader else {
            throw ConveneError.unusableDatabase(path: path, reason: "it is not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        // Another convene may be filling a new file or migrating it: wait for it.
        configuration.busyMode = .timeout(busyTimeout)
        let applied: [String]
        let tableCount: Int
        do {
            let queue = try DatabaseQueue(path: readOnlyLocation(path), configuration: configuration)
            (applied, tableCount) = try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                guard try db.tableExists("grdb_migrations") else { return ([], tables) }
                return (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), tables)
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw conveneError(error, path: path)
        }
        if applied.isEmpty && tableCount > 0 {
            throw ConveneError.unusableDatabase(path: path, reason: "it is an SQLite database, but not a convene database")
        }
        let unknown = applied.filter { !knownMigrations.contains($0) }
        if !unknown.isEmpty {
            throw ConveneError.unusableDatabase(
                path: path,
                reason: "it was written by a newer convene (unknown migration '\(unknown[0])'); upgrade convene")
        }
    }

    /// The sentence for an SQLite failure: another convene holding the lock is "busy", which
    /// a retry solves; damage points to the way out.
    static func conveneError(_ error: DatabaseError, path: String) -> ConveneError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        case .SQLITE_CORRUPT: damaged(path: path, detail: error.message ?? "corrupt")
        default: .unusableDatabase(path: path, reason: describe(error))
        }
    }

    /// A damaged database, and how to get the data back without making it worse.
    static func damaged(path: String, detail: String) -> ConveneError {
        .unusableDatabase(path: path, reason: """
            the database is damaged (\(detail)); copy the file first (`convene backup --sqlite COPY`, or cp \
            while no convene runs), then recover the copy with \
            `sqlite3 COPY .recover | sqlite3 RECOVERED.sqlite` and use --db RECOVERED.sqlite
            """)
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "it is not an SQLite database"
        case .SQLITE_CORRUPT: "the database is damaged (\(error.message ?? "corrupt"))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: "another convene is writing to it; try again"
        case .SQLITE_READONLY: "the database is read-only"
        case .SQLITE_CANTOPEN: "the file cannot be opened"
        default: error.message ?? "\(error)"
        }
    }
}
