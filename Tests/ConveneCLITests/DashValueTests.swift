import Foundation
import Testing

@Suite("Values that begin with '-' are values, and '-' reads standard input")
struct DashValueTests {
    static func meeting() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich")
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("agenda", "add", "RD", "--title", "-- Break --")
        return convene
    }

    @Test("a Markdown bullet, a title with dashes and a function starting with '-' are stored as typed")
    func storedAsTyped() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        _ = try convene.ok("note", "RD", "1", "--text", "- first point")
        _ = try convene.ok("note", "RD", "1", "--append", "- second point")
        _ = try convene.ok("decision", "add", "RD", "1", "--text", "-1 is not a budget")
        _ = try convene.ok("action", "add", "RD", "--text", "--draft the report", "--owner", "1")
        _ = try convene.ok("participant", "edit", "1", "--function", "-acting- chair", "--notes", "-")
        _ = try convene.ok("agenda", "add", "RD", "--title=-- Lunch --", "--description", "- soup\n- bread")
        let items = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["-- Break --", "-- Lunch --"])
        #expect(items.first?["notes"] as? String == "- first point\n\n- second point")
        #expect(items.last?["description"] as? String == "- soup\n- bread")
        let decisions = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(decisions.first?["text"] as? String == "-1 is not a budget")
        let actions = try #require(try convene.json("action", "list", "--json") as? [[String: Any]])
        #expect(actions.first?["text"] as? String == "--draft the report")
        let participant = try #require(try convene.json("participant", "show", "1", "--json") as? [String: Any])
        #expect(participant["function"] as? String == "-acting- chair")
        #expect(participant["notes"] as? String == "-")
    }

    @Test("--minutes -5 reaches validation: an invalid value, exit 1, not a missing one")
    func negativeMinutes() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        for arguments in [["agenda", "edit", "RD", "1", "--minutes", "-5"], ["agenda", "edit", "RD", "1", "--minutes=-5"]] {
            let result = try convene.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr == "convene: minutes out of range '-5' for --minutes (0 to 1440)\n")
        }
    }

    @Test("--text - and --file - read standard input", arguments: [
        (["note", "RD", "1", "--text", "-"], "notes"),
        (["note", "RD", "1", "--file", "-"], "notes"),
    ])
    func notesFromStandardInput(arguments: [String], field: String) throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        let result = try convene.run(arguments, input: "- from a pipe\n- 第二点\n")
        #expect(result.status == 0, "\(result.stderr)")
        let items = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect((items.first?[field] as? String)?.hasPrefix("- from a pipe\n- 第二点") == true)
    }

    @Test("decision add and action add read --text - from standard input")
    func textFromStandardInput() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        #expect(try convene.run(["decision", "add", "RD", "1", "--text", "-"], input: "قرار: اعتماد الميزانية\n").status == 0)
        #expect(try convene.run(["action", "add", "RD", "--text", "-", "--owner", "1"], input: "Draft the report\n").status == 0)
        let decisions = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(decisions.first?["text"] as? String == "قرار: اعتماد الميزانية")
        let actions = try #require(try convene.json("action", "list", "--json") as? [[String: Any]])
        #expect(actions.first?["text"] as? String == "Draft the report")
    }
}
