import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("convene backup")
struct BackupTests {
    @Test("the backup is a whole 0600 database with every committed change, none in progress")
    func consistentCopy() throws {
        let folder = try TestSupport.temporaryFolder()
        let store = try Store.open(path: folder.appendingPathComponent("convene.sqlite").path, reference: TestSupport.reference)
        let id = try store.addParticipant(ParticipantDraft(givenName: "晓明", familyName: "李", email: "li@miit.gov.cn"))
        let copyPath = folder.appendingPathComponent("copy.sqlite").path
        // Another connection is in the middle of a write: the copy must not see it.
        let writer = try DatabaseQueue(path: store.path)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO participant(givenName, familyName) VALUES ('Half', 'Written')")
            try store.backup(to: copyPath)
            try db.execute(sql: "ROLLBACK")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: copyPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!FileManager.default.fileExists(atPath: copyPath + "-wal"))
        let copy = try Store.open(path: copyPath, reference: TestSupport.reference)
        #expect(try copy.participants().map(\.id) == [id])
        #expect(try copy.integrityReport().isSound)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("an existing file is never replaced")
    func refusesExisting() throws {
        let folder = try TestSupport.temporaryFolder()
        let store = try Store.open(path: folder.appendingPathComponent("convene.sqlite").path, reference: TestSupport.reference)
        let existing = folder.appendingPathComponent("backup.sqlite").path
        _ = FileManager.default.createFile(atPath: existing, contents: Data("last week's backup".utf8))
        #expect(throws: ConveneError.refused("\(existing) already exists; choose a new name (a backup never replaces a file)")) {
            try store.backup(to: existing)
        }
        #expect(FileManager.default.contents(atPath: existing) == Data("last week's backup".utf8))
    }
}
