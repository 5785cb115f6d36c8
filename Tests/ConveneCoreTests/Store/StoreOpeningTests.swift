import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("Opening the database file")
struct StoreOpeningTests {
    @Test("a new database gets mode 0600 in a new 0700 folder, in WAL mode")
    func newFilePermissions() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("nested/convene/convene.sqlite").path
        let store = try Store.open(path: path, reference: TestSupport.reference,
                                   options: Store.Options(createsFolder: true))
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(
            atPath: (path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        let journal = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test("reference data: 194 Member States in six regions and six regional organisations")
    func referenceData() throws {
        let store = try TestSupport.memoryStore()
        let memberStates = try store.organisations(OrganisationQuery(category: .memberState))
        #expect(memberStates.count == 194)
        #expect(Set(memberStates.compactMap(\.region)) == Set(ITURegion.allCases))
        #expect(memberStates.allSatisfy { $0.region != nil && $0.country != nil })
        let regional = try store.organisations(OrganisationQuery(category: .regionalOrganization))
        #expect(regional.compactMap(\.shortName).sorted() == ["APT", "ASMG", "ATU", "CEPT", "CITEL", "RCC"])
        let switzerland = memberStates.first { $0.country == "CHE" }
        #expect(switzerland?.name == "Switzerland")
        #expect(switzerland?.nameZh == "瑞士")
        #expect(switzerland?.region == .europe)
    }

    @Test("a text file is refused and left byte-for-byte untouched")
    func notADatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("notes.txt").path
        let content = Data("Minutes of the 3rd meeting\nnot a database at all\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        #expect(throws: ConveneError.unusableDatabase(path: path, reason: "it is not an SQLite database")) {
            try Store.open(path: path, reference: TestSupport.reference)
        }
        #expect(FileManager.default.contents(atPath: path) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("another program's SQLite database is refused and left untouched")
    func foreignDatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes(name) VALUES ('bread')")
        }
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: ConveneError.unusableDatabase(path: path, reason: "it is an SQLite database, but not a convene database")) {
            try Store.open(path: path, reference: TestSupport.reference)
        }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test("a database from a newer convene is refused and left untouched")
    func newerDatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("convene.sqlite").path
        _ = try Store.open(path: path, reference: TestSupport.reference)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99 from the future')")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: ConveneError.self) {
            try Store.open(path: path, reference: TestSupport.reference)
        }
        do {
            _ = try Store.open(path: path, reference: TestSupport.reference)
        } catch let error as ConveneError {
            #expect(error.description.contains("newer convene"))
        }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test("an existing convene database opens again with its data")
    func reopen() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("convene.sqlite").path
        let first = try Store.open(path: path, reference: TestSupport.reference)
        let id = try first.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let second = try Store.open(path: path, reference: ReferenceData(directory: URL(fileURLWithPath: "/nonexistent")))
        #expect(try second.participant(.id(id)).name == "Ana Souza")
    }

    @Test("a damaged database gives a clear error")
    func damaged() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("convene.sqlite").path
        let store = try Store.open(path: path, reference: TestSupport.reference)
        try store.checkpoint()
        var bytes = try #require(FileManager.default.contents(atPath: path))
        for index in 4096..<min(bytes.count, 4096 * 6) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: ConveneError.self) {
            let reopened = try Store.open(path: path, reference: TestSupport.reference)
            _ = try reopened.participants()
        }
    }
}

@Suite("Paths, creation and locking")
struct DatabasePathTests {
    @Test("creating the file never replaces one that appeared meanwhile: same inode, same bytes")
    func createIfAbsent() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("another process's".utf8))
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        try DatabaseFileGuard.createNewFile(at: path, creatingFolder: false)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
        #expect(FileManager.default.contents(atPath: path) == Data("another process's".utf8))
    }

    @Test("a path whose folder is missing is refused unless the folder may be created")
    func missingFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("typo/convene.sqlite").path
        #expect(throws: ConveneError.unusableDatabase(path: path, reason: "the folder \(folder.path)/typo does not exist")) {
            try Store.open(path: path, reference: TestSupport.reference)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
    }

    @Test("empty --db and CONVENE_DB are errors; only the default location may create folders")
    func locations() throws {
        let environment = ["HOME": "/home/olga"]
        #expect(throws: DatabaseLocation.EmptyPath(source: "--db")) {
            try DatabaseLocation.resolved(explicit: "", environment: environment)
        }
        #expect(throws: DatabaseLocation.EmptyPath(source: "CONVENE_DB")) {
            try DatabaseLocation.resolved(explicit: nil, environment: environment.merging(["CONVENE_DB": ""]) { $1 })
        }
        #expect(try DatabaseLocation.resolved(explicit: nil, environment: environment)
            == .init(path: "/home/olga/.local/share/convene/convene.sqlite", isDefault: true))
        #expect(try DatabaseLocation.resolved(explicit: "~/x.sqlite", environment: environment)
            == .init(path: "/home/olga/x.sqlite", isDefault: false))
    }

    @Test("a lock another convene holds is 'busy, try again', never 'locked by another program'")
    func busyIsNotLocked() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        _ = try Store.open(path: path, reference: TestSupport.reference)
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let holder = try DatabaseQueue(path: path)
        let impatient = try DatabaseQueue(path: path, configuration: configuration)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            do {
                try impatient.write { db in try db.execute(sql: "DELETE FROM change") }
                Issue.record("the second writer got the lock")
            } catch let error as DatabaseError {
                let converted = DatabaseFileGuard.conveneError(error, path: path)
                #expect(converted == .busy(path: path))
                #expect(converted.description == "the database \(path) is busy: another convene is writing to it; try again")
            }
            try db.execute(sql: "ROLLBACK")
        }
    }
}
