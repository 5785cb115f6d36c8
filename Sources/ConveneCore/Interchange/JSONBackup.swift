import Foundation
import GRDB

extension Store {
    /// The whole database (every table but the shipped country list and the history) as
    /// versioned JSON (convene(5), BACKUP FORMAT): one row per line, in id order, with the
    /// columns as SQLite writes them, so that the same data gives the same bytes.
    public func backupJSON() throws -> String {
        try read { db in
            var text = "{\n  \"format\": \"\(BackupFormat.name)\",\n  \"version\": \(BackupFormat.version),\n  \"tables\": {\n"
            for (tableIndex, table) in BackupFormat.tables.enumerated() {
                let columns = try BackupFormat.columns(of: table, db)
                let object = "json_object(" + columns.map { "'\($0)', \"\($0)\"" }.joined(separator: ", ") + ")"
                text += "    \"\(table)\": ["
                let rows = try String.fetchCursor(db, sql: "SELECT \(object) FROM \"\(table)\" ORDER BY rowid")
                var first = true
                while let row = try rows.next() {
                    text += (first ? "\n      " : ",\n      ") + row
                    first = false
                }
                text += (first ? "]" : "\n    ]") + (tableIndex == BackupFormat.tables.count - 1 ? "\n" : ",\n")
            }
            return text + "  }\n}\n"
        }
    }

    /// Writes `backupJSON` into a new file, mode 0600 (it holds a directory of people): the
    /// file appears whole or not at all, and an existing file is never replaced.
    public func writeBackupJSON(to destination: String) throws {
        try NewFile.write(Data(try backupJSON().utf8), to: destination, field: .output)
    }
}

/// A file written beside its target under a temporary name, then linked into place, which
/// fails rather than replace a file of that name.
enum NewFile {
    static func write(_ data: Data, to typedPath: String, field: Field) throws {
        let target = SymbolicLinks.target(of: typedPath)
        if FileManager.default.fileExists(atPath: target) {
            throw ConveneError.refused("\(typedPath) already exists; choose a new name (a backup never replaces a file)")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((target as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ConveneError.fileFailure(field: field, path: typedPath, reason: "cannot create the file (\(String(cString: strerror(errno))))")
        }
        defer { unlink(temporary) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let synced = fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        close(descriptor)
        guard complete, synced else {
            throw ConveneError.fileFailure(field: field, path: typedPath, reason: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        guard link(temporary, target) == 0 else {
            throw ConveneError.refused("cannot write \(typedPath): \(String(cString: strerror(errno)))")
        }
    }
}
