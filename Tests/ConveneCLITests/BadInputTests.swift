import Foundation
import GRDB
import Testing

@Suite("Bad input: a clear message on stderr beginning convene:, the documented status, nothing written")
struct BadInputTests {
    /// A database with one participant and one meeting, and its bytes after a clean close.
    static func seeded() throws -> (ConveneProcess, Data) {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@anatel.gov.br")
        _ = try convene.ok("meeting", "add", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich")
        let bytes = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        return (convene, bytes)
    }

    static let cases: [([String], String, Int32)] = [
        (["participant", "add", "--given", "X", "--family", "Y", "--country", "ZZZ"], "unknown country code 'ZZZ' for --country", 1),
        (["participant", "add", "--given", "X", "--family", "Y", "--email", "not-an-email"], "invalid email address 'not-an-email' for --email", 1),
        (["participant", "add", "--given", "X", "--family", "Y", "--email", "ANA@anatel.gov.br"], "'ANA@anatel.gov.br' for --email", 6),
        (["participant", "add", "--given", "X", "--family", "Y", "--org", "Nowhere Inc"], "unknown organisation 'Nowhere Inc' for --org", 5),
        (["participant", "add", "--given", "X", "--family", "Y", "--org", "99999"], "unknown organisation '99999' for --org", 5),
        (["participant", "edit", "42", "--family", "Z"], "no participant '42'", 5),
        (["participant", "remove", "42"], "no participant '42'", 5),
        (["meeting", "add", "--title", "T", "--start", "2027-02-30T09:00"], "'2027-02-30T09:00' for --start", 1),
        (["meeting", "add", "--title", "T", "--start", "tomorrow"], "'tomorrow' for --start", 1),
        (["meeting", "add", "--title", "T", "--start", "2027-03-02T09:30", "--tz", "Mars/Olympus"], "'Mars/Olympus' for --tz", 1),
        (["meeting", "add", "--title", "T", "--start", "2027-03-02T09:30", "--end", "08:00"], "'08:00' for --end", 1),
        (["meeting", "add", "--title", "T", "--start", "2027-03-02T09:30", "--level", "galactic"], "'galactic' for --level", 1),
        (["meeting", "edit", "7", "--title", "X"], "no meeting '7'", 5),
        (["org", "add", "--name", "X", "--category", "pirates"], "unknown category 'pirates' for --category", 1),
        (["org", "add", "--name", "X", "--category", "academia", "--country", "XX"], "'XX' for --country", 1),
        (["org", "list", "--region", "Atlantis"], "'Atlantis' for --region", 1),
        (["invite", "1", "42"], "no participant '42'", 5),
        (["invite", "9", "1"], "no meeting '9'", 5),
        (["reply", "1", "1", "accepted"], "is not invited to meeting #1", 6),
    ]

    @Test("each bad value is named on stderr and the database file stays byte-for-byte the same",
          arguments: cases)
    func rejected(arguments: [String], message: String, status: Int32) throws {
        let (convene, before) = try Self.seeded()
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments)")
        #expect(result.stderr.hasPrefix("convene: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }

    @Test("usage errors are argument-parser's own, begin 'convene:' and end with the usage")
    func usage() throws {
        let convene = try ConveneProcess()
        let result = try convene.run("participant", "list", "--bogus")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("convene: Unknown option '--bogus'\n"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: convene participant list"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))
    }

    static let unlistedValues: [([String], String)] = [
        (["reply", "1", "1", "maybe"], "'maybe' is invalid for '<reply>'. Please provide one of 'invited', 'accepted', 'tentative' or 'declined'."),
        (["attend", "1", "1", "sleeping"], "'sleeping' is invalid for '<attendance>'. Please provide one of 'present', 'remote', 'apologies' or 'absent'."),
        (["invite", "1", "1", "--role", "emperor"], "'emperor' is invalid for '--role <role>'"),
    ]

    @Test("a value outside a listed set is a usage error naming the allowed values; nothing is written",
          arguments: unlistedValues)
    func unlisted(arguments: [String], message: String) throws {
        let (convene, before) = try Self.seeded()
        let result = try convene.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("convene: The value "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }

    @Test("help lists the allowed values, goes to standard output and exits 0")
    func helpListsValues() throws {
        let convene = try ConveneProcess()
        let reply = try convene.run("reply", "--help")
        #expect(reply.status == 0)
        #expect(reply.stderr.isEmpty)
        // Help wraps its lines, so compare the words.
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(words(reply.stdout).contains("(values: invited, accepted, tentative, declined)"), "\(reply.stdout)")
        let invite = try convene.run("invite", "--help")
        #expect(words(invite.stdout).contains("(values: chair, vice-chair, secretariat, rapporteur, speaker, delegate, observer)"),
                "\(invite.stdout)")
    }

    @Test("a reply, attendance or role is accepted in any case, as before")
    func valuesInAnyCase() throws {
        let (convene, _) = try Self.seeded()
        _ = try convene.ok("invite", "1", "1", "--role", "Vice-Chair")
        _ = try convene.ok("reply", "1", "1", "ACCEPTED")
        _ = try convene.ok("attend", "1", "1", "Present")
        let shown = try #require(try convene.json("meeting", "show", "1", "--json") as? [String: Any])
        let invitation = try #require((shown["invitations"] as? [[String: Any]])?.first)
        #expect(invitation["role"] as? String == "vice-chair")
        #expect(invitation["reply"] as? String == "accepted")
        #expect(invitation["attendance"] as? String == "present")
    }

    @Test("a file that is not a database: clear message, exit 3, file untouched")
    func notADatabase() throws {
        let convene = try ConveneProcess()
        let path = convene.home.appendingPathComponent("agenda.md").path
        let content = Data("# Agenda\n\n1. Opening\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        let result = try convene.run("--db", path, "participant", "list")
        #expect(result.status == 3)
        #expect(result.stderr.contains("is not an SQLite database"))
        #expect(FileManager.default.contents(atPath: path) == content)
        let adding = try convene.run("--db", path, "participant", "add", "--given", "A", "--family", "B")
        #expect(adding.status == 3)
        #expect(FileManager.default.contents(atPath: path) == content)
    }

    @Test("a database from a newer convene: clear message, exit 3, file untouched")
    func newerDatabase() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "A", "--family", "B")
        try DatabaseQueue(path: convene.defaultDatabase).writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9 agendas from the future')")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = FileManager.default.contents(atPath: convene.defaultDatabase)
        let result = try convene.run("participant", "list")
        #expect(result.status == 3)
        #expect(result.stderr.contains("newer convene"))
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }

    @Test("hostile text in names is stored as typed and never reaches the terminal raw")
    func hostileNames() throws {
        let convene = try ConveneProcess()
        let id = try convene.ok("participant", "add", "--given", "Robert'); DROP TABLE participant;--", "--family", "A|B *x* <script>")
        let shown = try #require(try convene.json("participant", "show", id, "--json") as? [String: Any])
        #expect(shown["given_name"] as? String == "Robert'); DROP TABLE participant;--")
        let escape = try convene.run("participant", "add", "--given", "Evil\u{1B}[2J", "--family", "X")
        #expect(escape.status == 1)
        #expect(escape.stderr.contains("control characters"))
        #expect(!escape.stderr.contains("\u{1B}"))
    }
}
