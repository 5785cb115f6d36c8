import Foundation
import GRDB

extension Store {
    /// Copies the database, as one consistent snapshot even while others write to it (which
    /// copying the file and its write-ahead log with `cp` does not promise), into a new file
    /// (0600) at `destination`. An existing file is refused rather than replaced: a backup
    /// must never destroy an earlier one. The copy is written beside the destination under a
    /// temporary name and renamed into place once complete.
    public func backup(to destination: String) throws {
        let target = SymbolicLinks.target(of: destination)
        if FileManager.default.fileExists(atPath: target) {
            throw ConveneError.refused("\(destination) already exists; choose a new name (a backup never replaces a file)")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((target as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        try DatabaseFileGuard.createNewFile(at: temporary, creatingFolder: false)
        var finished = false
        defer {
            if !finished {
                for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
            }
        }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try queue.backup(to: copy)
            // One self-contained file: no log left beside it.
            try copy.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try copy.close()
        } catch let error as DatabaseError {
            throw DatabaseFileGuard.conveneError(error, path: path)
        }
        // link(2) fails if the name was taken meanwhile, where rename(2) would replace it.
        guard link(temporary, target) == 0 else {
            throw ConveneError.refused("cannot write the backup \(destination): \(String(cString: strerror(errno)))")
        }
        unlink(temporary)
        finished = true
    }
}
