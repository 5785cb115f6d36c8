import Foundation
import GRDB

/// Checks a database file before convene writes anything to it, so that a file which is
/// not a convene database, or one written by a newer convene, is left byte-for-byte untouched.
enum DatabaseFileGuard {
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Creates the folder (0700) and an empty file (0600) when nothing exists yet.
    static func prepareNewFile(at path: String) throws {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw ConveneError.unusableDatabase(path: path, reason: "cannot create folder \(folder)")
            }
        }
        guard fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ConveneError.unusableDatabase(path: path, reason: "cannot create the file")
        }
    }

    /// Throws unless the existing file is empty or an SQLite database that convene can migrate.
    static func checkExisting(at path: String, knownMigrations: [String]) throws {
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
        let applied: [String]
        let tableCount: Int
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            (applied, tableCount) = try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                guard try db.tableExists("grdb_migrations") else { return ([], tables) }
                return (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), tables)
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw ConveneError.unusableDatabase(path: path, reason: describe(error))
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

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "it is not an SQLite database"
        case .SQLITE_CORRUPT: "the database is damaged (\(error.message ?? "corrupt"))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: "the database is locked by another program"
        case .SQLITE_READONLY: "the database is read-only"
        case .SQLITE_CANTOPEN: "the file cannot be opened"
        default: error.message ?? "\(error)"
        }
    }
}
