import Foundation
import Testing

@Suite("convene demo and convene dev generate on the real binary")
struct SampleDataCommandTests {
    @Test("demo makes the sample database once, beside the default one, then needs a terminal like the app")
    func demo() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let demo = convene.home.appendingPathComponent("data/convene/demo.sqlite").path

        let first = try convene.run("demo")
        #expect(first.status == 2)
        #expect(first.stdout.isEmpty)
        #expect(first.stderr.contains("convene: made the sample database \(demo)"), "\(first.stderr)")
        #expect(first.stderr.contains("convene needs an interactive terminal"), "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: demo))
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))

        let meetings = try #require(try convene.json("meeting", "list", "--db", demo, "--json") as? [[String: Any]])
        #expect(meetings.map { $0["code"] as? String } == ["ARB-2027"])
        let names = try convene.ok("participant", "list", "--db", demo)
        for name in ["أحمد منصور", "李晓明", "Ольга Смирнова", "João São Pedro"] {
            #expect(names.contains(name.split(separator: " ").last ?? ""), "\(name) is missing")
        }
        #expect(try convene.ok("participant", "list", "--db", demo, "--filter", "joao sao").contains("São Pedro"))
        // Names in another script have their Latin form, which the English minutes print first.
        #expect(try convene.ok("export", "minutes", "ARB-2027", "--db", demo, "--date", "2027-03-18")
            .contains("**Chair:** H.E. Ahmed Mansour (أحمد منصور) (Egypt)"))
        let agenda = try convene.ok("agenda", "list", "ARB-2027", "--db", demo)
        #expect(agenda.contains("Geospatial information services"))
        let actions = try #require(try convene.json("action", "list", "--db", demo, "--json") as? [[String: Any]])
        #expect(actions.count == 3)
        #expect(try convene.run("check", "--db", demo).status == 0)

        // Made once: a second run finds it and adds nothing.
        let second = try convene.run("demo")
        #expect(second.status == 2)
        #expect(!second.stderr.contains("made the sample database"))
        let again = try #require(try convene.json("participant", "list", "--db", demo, "--json") as? [[String: Any]])
        #expect(again.count == 12)
    }

    @Test("dev generate is hidden, deterministic for a seed, refuses a database with data, and passes check")
    func generate() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        #expect(!(try convene.ok("--help")).contains("dev"))
        let first = convene.home.appendingPathComponent("first.sqlite").path
        let second = convene.home.appendingPathComponent("second.sqlite").path
        for path in [first, second] {
            let result = try convene.run("dev", "generate", "--participants", "300", "--meetings", "3", "--seed", "9", "--db", path)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("generated 300 participants"), "\(result.stderr)")
            #expect(try convene.run("check", "--db", path).status == 0)
        }
        let listed = try convene.ok("participant", "list", "--db", first, "--json")
        #expect(listed.contains("\"email\""))
        #expect(try convene.ok("participant", "list", "--db", second, "--json") == listed)
        #expect(try convene.ok("meeting", "list", "--db", second, "--json") == (try convene.ok("meeting", "list", "--db", first, "--json")))

        let again = try convene.run("dev", "generate", "--participants", "10", "--db", first)
        #expect(again.status == 6)
        #expect(again.stderr.contains("already has participants"), "\(again.stderr)")
        let withoutDatabase = try convene.run("dev", "generate", "--participants", "10")
        #expect(withoutDatabase.status == 64)
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))
    }
}
