import ConveneCore
import Foundation
import GRDB

/// Database files as a failing disk leaves them, for the tests of the damage checks.
public enum DamagedDatabase {
    /// A database in a new temporary folder with enough participants to span many pages,
    /// all in the main file (no write-ahead log left beside it).
    public static func populated() throws -> String {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        _ = try Store.open(path: path, reference: TestSupport.reference)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for index in 0..<3000 {
                try db.execute(sql: "INSERT INTO participant(givenName, familyName, notes) VALUES (?, ?, ?)",
                               arguments: ["Given \(index)", "Family \(index)", String(repeating: "note ", count: 20)])
            }
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        return path
    }

    /// Overwrites some pages near the end of the file (participant rows and their indexes)
    /// with garbage; the pages read on opening stay intact.
    public static func damage(_ path: String) throws {
        guard var bytes = FileManager.default.contents(atPath: path), bytes.count > 4096 * 8 else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let middle = bytes.count / 4096 * 4096 - 4096 * 4
        for index in middle..<(middle + 4096 * 3) { bytes[index] = UInt8(truncatingIfNeeded: index &* 2654435761 >> 13) }
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    /// A populated database with garbage in the middle: opens, but fails `quick_check`.
    public static func make() throws -> String {
        let path = try populated()
        try damage(path)
        return path
    }

    /// Removes the temporary folder `populated()` made.
    public static func remove(_ path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
}
