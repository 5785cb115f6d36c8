import Foundation
import GRDB
import Testing

@Suite("Each exit status of EXIT STATUS, from the real binary")
struct ExitStatusCommandTests {
    static func seeded() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@example.org")
        return convene
    }

    @Test("0 success, 1 invalid value, 5 not found, 6 conflict, 64 usage", arguments: [
        (["participant", "list"], Int32(0), ""),
        (["participant", "add", "--given", "X", "--email", "not-an-email"], 1, "invalid email address 'not-an-email' for --email"),
        (["participant", "show", "nobody@example.org"], 5, "no participant 'nobody@example.org'"),
        (["participant", "add", "--given", "X", "--email", "ANA@example.org"], 6, "already has the email 'ANA@example.org' for --email"),
        (["participant", "list", "--nonsense"], 64, "Unknown option '--nonsense'"),
    ])
    func statuses(arguments: [String], status: Int32, message: String) throws {
        let convene = try Self.seeded()
        defer { convene.cleanUp() }
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        if status == 0 {
            #expect(result.stderr.isEmpty)
        } else {
            #expect(result.stderr.hasPrefix("convene: "), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test("7: a file that cannot be read or written")
    func ioFailure() throws {
        let convene = try Self.seeded()
        defer { convene.cleanUp() }
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30")
        let unwritable = try convene.run("export", "agenda", "RD", "-o", convene.home.appendingPathComponent("no/such/folder/a.md").path)
        #expect(unwritable.status == 7)
        #expect(unwritable.stderr.hasPrefix("convene: cannot write the file '"))
        #expect(unwritable.stderr.contains("a.md' for --output ("))
        let unreadable = try convene.run("resolution", "import", convene.home.appendingPathComponent("missing.txt").path)
        #expect(unreadable.status == 7)
        #expect(unreadable.stderr.contains("for FILE"))
    }

    @Test("2: no terminal for the app; 3: a file that is not a database; 4: no shipped data for a new database")
    func environmentStatuses() throws {
        var convene = try ConveneProcess()
        defer { convene.cleanUp() }
        #expect(try convene.run().status == 2)
        let notADatabase = convene.home.appendingPathComponent("notes.txt")
        try Data("not a database\n".utf8).write(to: notADatabase)
        let unusable = try convene.run("--db", notADatabase.path, "participant", "list")
        #expect(unusable.status == 3)
        #expect(unusable.stderr.hasPrefix("convene: cannot use database \(notADatabase.path)"))
        convene.environment["CONVENE_DATA"] = convene.home.appendingPathComponent("nowhere").path
        let missing = try convene.run("participant", "list")
        #expect(missing.status == 4)
        #expect(missing.stderr.hasPrefix("convene: CONVENE_DATA="))
    }

    /// Status 8 comes only after the 30-second busy timeout, too long for the suite: its
    /// mapping is tested in ExitStatusTests and the SQLite conversion in StoreOpeningTests.
    /// Here: a write that meets another process's write lock waits for it instead of failing.
    @Test("8 is rare: a write waits for another process's write lock, then succeeds")
    func busyWaits() throws {
        let convene = try Self.seeded()
        defer { convene.cleanUp() }
        let holder = try DatabaseQueue(path: convene.defaultDatabase)
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let holdFor = 1.0
        DispatchQueue.global().async {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: holdFor)
                try db.execute(sql: "ROLLBACK")
            }
            released.signal()
        }
        locked.wait()
        let start = Date()
        let result = try convene.run("participant", "add", "--given", "Olga", "--family", "Ivanova")
        let waited = Date().timeIntervalSince(start)
        released.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2\n")
        #expect(result.stderr.isEmpty)
        #expect(waited >= holdFor * 0.8, "convene did not wait for the lock (\(waited) s)")
    }
}
