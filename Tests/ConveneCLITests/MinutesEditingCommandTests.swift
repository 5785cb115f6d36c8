import Foundation
import Testing

@Suite("decision edit|remove and action edit|remove on the real binary")
struct MinutesEditingCommandTests {
    /// A meeting RD with items 1 and 2, decisions under 2 then 1 (numbered 1: item 1's), an
    /// action point (id 1) of Ana's, and the database bytes after setup.
    static func minutes() throws -> (ConveneProcess, Data) {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--honorific", "Ms", "--given", "Ana", "--family", "Souza", "--email", "ana@anatel.gov.br")
        _ = try convene.ok("participant", "add", "--given", "فاطمة", "--family", "السيد")
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Reports")
        _ = try convene.ok("decision", "add", "RD", "2", "--text", "The reports were noted.")
        _ = try convene.ok("decision", "add", "RD", "1", "--text", "The agenda was adopted.")
        _ = try convene.ok("action", "add", "RD", "--text", "Circulate the report", "--owner", "1", "--item", "1")
        let bytes = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        return (convene, bytes)
    }

    @Test("decision list numbers the decisions in agenda order; edit and remove take that number or --decision-id")
    func decisions() throws {
        let (convene, _) = try Self.minutes()
        defer { convene.cleanUp() }
        let list = try convene.ok("decision", "list", "RD").split(separator: "\n").map(String.init)
        #expect(list[0].hasPrefix("N  ID  ITEM  DECISION"))
        #expect(list[1].hasPrefix("1  2   1     The agenda was adopted."))
        #expect(list[2].hasPrefix("2  1   2     The reports were noted."))
        #expect(try convene.ok("decision", "edit", "RD", "1", "--text", "The agenda was adopted as amended.") == "")
        _ = try convene.ok("decision", "edit", "RD", "--decision-id", "1", "--text", "The meeting noted the reports.")
        let edited = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(edited.map { $0["text"] as? String } == ["The agenda was adopted as amended.", "The meeting noted the reports."])
        let same = try convene.run("decision", "edit", "RD", "2", "--text", "The meeting noted the reports.")
        #expect(same.status == 0 && same.stderr == "nothing to change\n")
        _ = try convene.ok("decision", "remove", "RD", "1")
        #expect(try convene.ok("history", "--limit", "1").contains("decision remove 1 under 1 at #1"))
        let left = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(left.map { $0["id"] as? Int } == [1])
        _ = try convene.ok("undo")
        #expect((try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])).count == 2)
    }

    @Test("action edit changes what it is given (owner by name); action remove is one undoable change")
    func actions() throws {
        let (convene, _) = try Self.minutes()
        defer { convene.cleanUp() }
        _ = try convene.ok("action", "edit", "1", "--text", "Circulate the revised report", "--owner", "السيد",
                           "--due", "2027-04-30", "--clause", "R174-2010/recalling/g", "--item", "2")
        var action = try #require(try convene.json("action", "show", "1", "--json") as? [String: Any])
        #expect(action["text"] as? String == "Circulate the revised report")
        #expect(action["owner_id"] as? Int == 2)
        #expect(action["due"] as? String == "2027-04-30")
        #expect(action["item_number"] as? String == "2")
        _ = try convene.ok("action", "edit", "1", "--due", "", "--item", "")
        action = try #require(try convene.json("action", "show", "1", "--json") as? [String: Any])
        #expect(action["due"] is NSNull && action["item_number"] is NSNull)
        _ = try convene.ok("action", "remove", "1")
        #expect(try convene.run("action", "show", "1").status == 5)
        _ = try convene.ok("undo")
        #expect(try convene.ok("action", "show", "1").contains("Circulate the revised report"))
    }

    @Test("after minutes approve, decision and action edits and removals are a conflict (exit 6) and write nothing; action done still works",
          arguments: [
              ["decision", "edit", "RD", "1", "--text", "Changed."],
              ["decision", "remove", "RD", "--decision-id", "1"],
              ["action", "edit", "1", "--due", "2027-06-30"],
              ["action", "remove", "1"],
          ])
    func approvedRecord(arguments: [String]) throws {
        let (convene, _) = try Self.minutes()
        defer { convene.cleanUp() }
        _ = try convene.ok("minutes", "approve", "RD", "--date", "2027-03-10")
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run(arguments)
        #expect(result.status == 6)
        #expect(result.stderr == "convene: the minutes of RD are approved; `convene minutes reopen RD` or issue a corrigendum\n")
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
        _ = try convene.ok("action", "done", "1")
    }

    static let refusals: [([String], String, Int32)] = [
        (["decision", "edit", "RD", "3", "--text", "x"], "no decision numbered '3' for N (1 to 2)", 5),
        (["decision", "remove", "RD", "--decision-id", "9"], "'9' for --decision-id", 5),
        (["decision", "edit", "RD", "1", "--text", " "], "empty decision", 1),
        (["decision", "remove", "NOPE", "1"], "no meeting 'NOPE'", 5),
        (["action", "edit", "9", "--text", "x"], "no action point '9'", 5),
        (["action", "edit", "1", "--owner", "Nobody Known"], "'Nobody Known' for --owner", 5),
        (["action", "edit", "1", "--due", "2027-02-30"], "'2027-02-30' for --due", 1),
        (["action", "edit", "1", "--item", "7"], "'7' for --item", 5),
        (["action", "remove", "9"], "no action point '9'", 5),
        (["decision", "edit", "RD", "--text", "x"], "Missing expected argument '<n>' (or --decision-id <id>)", 64),
        (["decision", "remove", "RD", "1", "--decision-id", "1"], "not both", 64),
        (["action", "edit", "1"], "Give at least one of --text", 64),
        (["action", "edit", "1", "--item", "1", "--item-id", "1"], "not both", 64),
    ]

    @Test("refusals: one line, the documented status, the database byte-for-byte the same", arguments: refusals)
    func refused(arguments: [String], message: String, status: Int32) throws {
        let (convene, before) = try Self.minutes()
        defer { convene.cleanUp() }
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("convene: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }
}
