import Foundation
import Testing

@Suite("Agenda items named by their stable id survive a renumbering")
struct StableReferenceTests {
    /// The ids `agenda list --json` gives, by title.
    static func itemIds(_ convene: ConveneProcess, meeting: String) throws -> [String: Int] {
        let items = try #require(try convene.json("agenda", "list", meeting, "--json") as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.compactMap { item in
            (item["title"] as? String).flatMap { title in (item["id"] as? Int).map { (title, $0) } }
        })
    }

    static func meeting() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich")
        for title in ["Opening", "Budget", "Closing"] { _ = try convene.ok("agenda", "add", "RD", "--title", title) }
        return convene
    }

    @Test("a script saves the ids, removes Opening, and its decision is filed under Budget")
    func decisionUnderSavedId() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        let ids = try Self.itemIds(convene, meeting: "RD")
        let opening = try #require(ids["Opening"]), budget = try #require(ids["Budget"]), closing = try #require(ids["Closing"])
        #expect(Set([opening, budget, closing]).count == 3)
        _ = try convene.ok("agenda", "remove", "RD", "--item-id", "\(opening)")
        _ = try convene.ok("decision", "add", "RD", "--item-id", "\(budget)", "--text", "The budget is adopted.")
        let decisions = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(decisions.count == 1)
        #expect(decisions.first?["item_title"] as? String == "Budget")
        #expect(decisions.first?["item_number"] as? String == "1")
    }

    @Test("every command that names an item takes --item-id, and acts on that item")
    func everyItemCommand() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        let closing = "\(try #require(try Self.itemIds(convene, meeting: "RD")["Closing"]))"
        _ = try convene.ok("agenda", "edit", "RD", "--item-id", closing, "--minutes", "15")
        _ = try convene.ok("agenda", "link", "RD", "--item-id", closing, "R174-2010/recalling/g", "R174-2010/aware/a")
        _ = try convene.ok("agenda", "unlink", "RD", "--item-id", closing, "R174-2010/aware/a")
        _ = try convene.ok("note", "RD", "--item-id", closing, "--text", "Closed at noon.")
        _ = try convene.ok("action", "add", "RD", "--text", "Send thanks", "--owner", "1", "--item-id", closing)
        #expect(try convene.ok("agenda", "move", "RD", "--item-id", closing, "up") == "2")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Thanks", "--parent-id", closing)
        _ = try convene.ok("agenda", "add", "RD", "--title", "Coffee", "--after-id", closing)
        let items = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["Opening", "Closing", "Thanks", "Coffee", "Budget"])
        let moved = try #require(items.first { $0["title"] as? String == "Closing" })
        #expect(moved["minutes"] as? Int == 15)
        #expect(moved["clauses"] as? [String] == ["R174-2010/recalling/g"])
        #expect(moved["notes"] as? String == "Closed at noon.")
        let actions = try #require(try convene.json("action", "list", "--json") as? [[String: Any]])
        #expect(actions.first?["item_number"] as? String == "2")
    }

    @Test("an id of another meeting's item names nothing there: not found, exit 5")
    func otherMeetingsItem() throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        _ = try convene.ok("meeting", "add", "--code", "OTHER", "--title", "Other", "--start", "2027-04-02T09:30")
        _ = try convene.ok("agenda", "add", "OTHER", "--title", "Elsewhere")
        let elsewhere = try #require(try Self.itemIds(convene, meeting: "OTHER")["Elsewhere"])
        let result = try convene.run("decision", "add", "RD", "--item-id", "\(elsewhere)", "--text", "x")
        #expect(result.status == 5)
        #expect(result.stderr == "convene: no agenda item with id '\(elsewhere)' for --item-id (in this meeting)\n")
    }

    @Test("NUMBER and --item-id together, or neither, is a usage error", arguments: [
        ["agenda", "edit", "RD", "1", "--item-id", "1", "--minutes", "5"],
        ["agenda", "edit", "RD", "--minutes", "5"],
        ["agenda", "move", "RD", "1", "up", "--item-id", "1"],
        ["agenda", "link", "RD", "2", "R174-2010/recalling/g", "--item-id", "1"],
        ["note", "RD", "--text", "x"],
        ["agenda", "add", "RD", "--title", "X", "--after", "1", "--after-id", "1"],
        ["action", "add", "RD", "--text", "x", "--owner", "1", "--item", "1", "--item-id", "1"],
    ])
    func exactlyOne(arguments: [String]) throws {
        let convene = try Self.meeting()
        defer { convene.cleanUp() }
        let result = try convene.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("convene: "))
        #expect(result.stdout.isEmpty)
    }
}
