import Foundation
import Testing

@Suite("An edit that changes nothing writes nothing; convene where says which files are in use")
struct HonestHistoryTests {
    static func historyCount(_ convene: ConveneProcess) throws -> Int {
        try #require(try convene.json("history", "--json", "--limit", "1000") as? [[String: Any]]).count
    }

    @Test("edits with no options or the same values: 'nothing to change' on stderr, exit 0, no history entry", arguments: [
        ["meeting", "edit", "RD"],
        ["meeting", "edit", "RD", "--title", "Dialogue", "--venue", "Genève"],
        ["participant", "edit", "1"],
        ["participant", "edit", "ana@example.org", "--family", "Souza", "--given", "Ana"],
        ["org", "edit", "Geo Services"],
        ["org", "edit", "Geo Services", "--category", "geospatial-provider"],
        ["agenda", "edit", "RD", "1"],
        ["agenda", "edit", "RD", "1", "--title", "Opening", "--minutes", "10"],
    ])
    func nothingToChange(arguments: [String]) throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@example.org")
        _ = try convene.ok("org", "add", "--name", "Geo Services", "--category", "geospatial-provider")
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30",
                           "--tz", "Europe/Zurich", "--venue", "Genève")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening", "--minutes", "10")
        let before = try Self.historyCount(convene)
        #expect(before == 4)
        let result = try convene.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "nothing to change\n")
        #expect(try Self.historyCount(convene) == before)
        // The next undo undoes the last real change, not the edit that changed nothing.
        #expect(try convene.succeeded("undo").stderr.hasPrefix("undone: agenda add 1 Opening"))
    }

    @Test("an edit that changes one field records only that field")
    func onlyWhatChanged() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("participant", "edit", "1", "--family", "Sousa", "--given", "Ana")
        let entries = try #require(try convene.json("history", "--json", "--limit", "1") as? [[String: Any]])
        #expect((entries.first?["rows"] as? [Any])?.count == 1)
        #expect(try convene.ok("history", "--limit", "1").contains("familyName: Souza → Sousa"))
    }

    @Test("where prints the database, data folder and config file, and creates nothing")
    func whereTheFilesAre() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let result = try convene.run("where")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Database: \(convene.defaultDatabase)\n"))
        #expect(result.stdout.contains("Config:   \(convene.home.path)/config/convene/config.toml\n"))
        #expect(result.stdout.contains("Data:     "))
        #expect(result.stderr.contains("the database does not exist yet"))
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))
        #expect(!FileManager.default.fileExists(atPath: convene.home.appendingPathComponent("data/convene").path))

        let other = convene.home.appendingPathComponent("other.sqlite").path
        let json = try #require(try convene.json("--db", other, "where", "--json") as? [String: Any])
        #expect(json["database"] as? String == other)
        #expect(json["database_exists"] as? Bool == false)
        #expect((json["data_folder"] as? String)?.hasSuffix("Data") == true)
        #expect(json["config_exists"] as? Bool == false)
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test("where without the data folder still names the database, then exits 4")
    func whereWithoutData() throws {
        var convene = try ConveneProcess()
        defer { convene.cleanUp() }
        convene.environment["CONVENE_DATA"] = convene.home.appendingPathComponent("nowhere").path
        let result = try convene.run("where")
        #expect(result.status == 4)
        #expect(result.stdout.contains("Database: \(convene.defaultDatabase)\n"))
        #expect(result.stderr.contains("convene: CONVENE_DATA="))
    }
}
