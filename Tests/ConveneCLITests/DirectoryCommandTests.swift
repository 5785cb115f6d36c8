import Foundation
import Testing

@Suite("Directory commands on the real binary")
struct DirectoryCommandTests {
    @Test("add prints the new id alone, on the default XDG database")
    func addPrintsId() throws {
        let convene = try ConveneProcess()
        let result = try convene.run("participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA")
        #expect(result.status == 0)
        #expect(result.stdout == "1\n")
        #expect(FileManager.default.fileExists(atPath: convene.defaultDatabase))
    }

    @Test("CONVENE_DB and --db choose the database, --db first")
    func databaseChoice() throws {
        var convene = try ConveneProcess()
        let fromEnvironment = convene.home.appendingPathComponent("env.sqlite").path
        let fromOption = convene.home.appendingPathComponent("option.sqlite").path
        convene.environment["CONVENE_DB"] = fromEnvironment
        _ = try convene.ok("participant", "add", "--given", "A", "--family", "Env")
        _ = try convene.ok("--db", fromOption, "participant", "add", "--given", "B", "--family", "Option")
        _ = try convene.ok("participant", "add", "--db", fromOption, "--given", "C", "--family", "Option")
        #expect(try convene.ok("participant", "list", "--db", fromOption).contains("C Option"))
        #expect(!(try convene.ok("participant", "list")).contains("Option"))
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))
    }

    @Test("participant list --json has stable field names; the filter folds accents and finds CJK substrings")
    func listAndFilter() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "João", "--family", "São Paulo", "--email", "joao@example.org")
        _ = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN", "--country", "JPN")
        _ = try convene.ok("participant", "add", "--given", "Ingrid", "--family", "Berg", "--org", "CEPT")

        let all = try #require(try convene.json("participant", "list", "--json") as? [[String: Any]])
        #expect(all.count == 3)
        let taro = try #require(all.first { $0["family_name"] as? String == "山田" })
        #expect(taro["name"] as? String == "山田太郎")
        #expect(taro["organisation"] as? String == "Japan")
        #expect(taro["country"] as? String == "JPN")
        #expect(Set(taro.keys).isSuperset(of: ["id", "given_name", "family_name", "name", "organisation_id", "country"]))

        #expect(try convene.ok("participant", "list", "--filter", "sao").contains("João São Paulo"))
        #expect(try convene.ok("participant", "list", "--filter", "太郎").contains("山田太郎"))
        #expect(try convene.ok("participant", "list", "--filter", "japan").contains("山田太郎"))
        #expect(try convene.ok("participant", "list", "--filter", "cept").contains("Ingrid Berg"))
        #expect(!(try convene.ok("participant", "list", "--filter", "cept")).contains("João"))
        #expect(try convene.ok("participant", "list", "--org", "CEPT").contains("Ingrid Berg"))
    }

    @Test("CJK and Latin names line up in the list's columns")
    func columnsLineUp() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN")
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA")
        let lines = try convene.ok("participant", "list").split(separator: "\n").map(String.init)
        let columns = lines.map { line -> Int in
            // Display column where the organisation starts: CJK characters take two columns.
            let prefix = line.components(separatedBy: line.contains("Japan") ? "Japan" : line.contains("Brazil") ? "Brazil" : "ORGANISATION")[0]
            return prefix.reduce(0) { $0 + ($1.unicodeScalars.first!.value >= 0x3000 ? 2 : 1) }
        }
        #expect(Set(columns).count == 1)
    }

    @Test("participant show, edit and remove")
    func showEditRemove() throws {
        let convene = try ConveneProcess()
        let id = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@anatel.gov.br")
        _ = try convene.ok("participant", "edit", id, "--function", "Adviser", "--org", "Brazil")
        let shown = try #require(try convene.json("participant", "show", "ana@anatel.gov.br", "--json") as? [String: Any])
        #expect(shown["function"] as? String == "Adviser")
        #expect(shown["organisation"] as? String == "Brazil")
        _ = try convene.ok("participant", "edit", id, "--email", "")
        #expect(try convene.ok("participant", "show", id).contains("Adviser"))
        #expect(!(try convene.ok("participant", "show", id)).contains("ana@"))
        _ = try convene.ok("participant", "remove", id)
        #expect(try convene.run("participant", "show", id).status == 5)
    }

    @Test("org list filters by category, region and text; org add prints the id")
    func organisations() throws {
        let convene = try ConveneProcess()
        let europe = try #require(try convene.json("org", "list", "--category", "member-state", "--region", "europe", "--json") as? [[String: Any]])
        #expect(europe.contains { $0["country"] as? String == "CHE" })
        #expect(!europe.contains { $0["country"] as? String == "CHN" })
        #expect(europe.allSatisfy { $0["region"] as? String == "Europe" })
        let id = try convene.ok("org", "add", "--name", "Global Geospatial Information Service", "--short", "GGIS",
                                "--category", "geospatial-provider", "--country", "CHE")
        #expect(Int(id) != nil)
        let found = try #require(try convene.json("org", "list", "--filter", "geospatial", "--json") as? [[String: Any]])
        #expect(found.count == 1)
        #expect(found.first?["region"] as? String == "Europe")
        #expect(try convene.ok("org", "list", "--filter", "瑞士").contains("Switzerland"))
    }

    @Test("org edit changes fields and region; org remove refuses while people belong to it; undo restores")
    func organisationEditRemove() throws {
        let convene = try ConveneProcess()
        let id = try convene.ok("org", "add", "--name", "Geo Services", "--category", "geospatial-provider", "--country", "CHE")
        _ = try convene.ok("org", "edit", id, "--short", "GEO", "--country", "SEN", "--name-zh", "地理服务")
        let edited = try #require(try convene.json("org", "list", "--filter", "geo services", "--json") as? [[String: Any]])
        #expect(edited.first?["short_name"] as? String == "GEO")
        #expect(edited.first?["region"] as? String == "Africa")
        _ = try convene.ok("participant", "add", "--given", "Awa", "--family", "Ndiaye", "--org", "GEO")
        let refused = try convene.run("org", "remove", "GEO")
        #expect(refused.status == 6)
        #expect(refused.stderr.contains("has 1 participant"))
        _ = try convene.ok("participant", "remove", "1")
        _ = try convene.ok("org", "remove", "GEO")
        let none = try convene.succeeded("org", "list", "--filter", "geo services")
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "no organisations match\n")
        _ = try convene.ok("undo")
        #expect(try convene.ok("org", "list", "--filter", "geo services").contains("GEO"))
        #expect(try convene.run("org", "edit", "Nowhere", "--short", "X").stderr.contains("unknown organisation 'Nowhere' for ORG"))
    }
}
