import Foundation
import Testing

@Suite("Agenda and minutes commands on the real binary")
struct AgendaCommandTests {
    /// A meeting RD with two participants (ids 1 and 2) and the database bytes after setup.
    static func meeting() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30",
                           "--tz", "Europe/Zurich", "--code", "RD")
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@anatel.gov.br")
        _ = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田")
        return convene
    }

    @Test("agenda add prints numbers; list shows times and totals; move prints the new number")
    func agendaFlow() throws {
        let convene = try Self.meeting()
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Opening", "--minutes", "10") == "1")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Reports", "--minutes", "30", "--presenter", "2",
                               "--doc", "R174-RD/3", "--doc", "R174-RD/4") == "2")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Approval of the agenda", "--after", "1", "--minutes", "5") == "2")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "CEPT", "--parent", "3", "--minutes", "15") == "3.1")
        let rows = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(rows.map { $0["number"] as? String } == ["1", "2", "3", "3.1"])
        #expect(rows.map { $0["start"] as? String }
                == ["2027-03-02T09:30:00+01:00", "2027-03-02T09:40:00+01:00", "2027-03-02T09:45:00+01:00", "2027-03-02T09:45:00+01:00"])
        #expect(rows[2]["presenter"] as? String == "山田太郎")
        #expect(rows[2]["documents"] as? [String] == ["R174-RD/3", "R174-RD/4"])
        // The parent's own 30 minutes are its time; its sub-item starts with it (issue 11).
        #expect(rows[2]["total_minutes"] as? Int == 30)
        #expect(rows[2]["sum_of_sub_items"] as? Bool == false)
        let text = try convene.ok("agenda", "list", "RD")
        #expect(text.contains("Total: 45 min, 09:30–10:15"))
        #expect(try convene.ok("agenda", "move", "RD", "3", "up") == "2")
        #expect(try convene.ok("agenda", "move", "RD", "2.1", "out") == "3")
        _ = try convene.ok("agenda", "edit", "RD", "3", "--title", "CEPT report", "--minutes", "20")
        #expect(try convene.ok("agenda", "list", "RD").contains("CEPT report"))
        _ = try convene.ok("agenda", "remove", "RD", "3")
        #expect(!(try convene.ok("agenda", "list", "RD")).contains("CEPT"))
    }

    @Test("agenda clock start|stop stamps the item and the meeting; a second start is a conflict; export agenda --actual shows it")
    func clock() throws {
        let convene = try Self.meeting()
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening", "--minutes", "10")
        _ = try convene.ok("agenda", "add", "RD", "--title", "预算", "--minutes", "20")
        let start = try convene.run(["agenda", "clock", "RD", "1", "start"])
        #expect(start.status == 0 && start.stdout.isEmpty)
        #expect(start.stderr.hasPrefix("clock started on item 1 at "), "\(start.stderr)")
        let moved = try convene.run(["agenda", "clock", "RD", "2", "start"])
        #expect(moved.stderr.contains("; item 1's clock stopped"), "\(moved.stderr)")
        let again = try convene.run(["agenda", "clock", "RD", "2", "start"])
        #expect(again.status == 6 && again.stderr.contains("the clock of item 2 is already running"), "\(again.stderr)")
        let stop = try convene.run(["agenda", "clock", "RD", "--item-id", "2", "stop"])
        #expect(stop.status == 0 && stop.stderr.hasPrefix("clock stopped on item 2 at "), "\(stop.stderr)")
        let rows = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(rows.allSatisfy { ($0["actual_start"] as? String)?.hasSuffix("+01:00") == true || ($0["actual_start"] as? String)?.hasSuffix("+02:00") == true || ($0["actual_start"] as? String)?.hasSuffix("Z") == true })
        #expect(rows.allSatisfy { $0["actual_seconds"] is Int })
        let meeting = try #require(try convene.json("meeting", "show", "RD", "--json") as? [String: Any])
        #expect((meeting["meeting"] as? [String: Any])?["opened_at"] is String)
        #expect((meeting["meeting"] as? [String: Any])?["closed_at"] is String)
        let export = try convene.ok("export", "agenda", "RD", "--actual", "--date", "2027-02-01")
        #expect(export.contains("| Actual "))
        #expect(try convene.run(["agenda", "clock", "RD", "1", "pause"]).status == 64)
    }

    @Test("--break, --at and --day: breaks are named B1, fixed times and later days show in list and JSON; an overrun warns")
    func breaksTimesAndDays() throws {
        let convene = try Self.meeting()
        _ = try convene.ok("meeting", "edit", "RD", "--end", "2027-03-03T17:30")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Opening", "--minutes", "120") == "1")
        #expect(try convene.ok("agenda", "add", "RD", "--break", "--minutes", "15") == "B1")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Panel", "--minutes", "60") == "2")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Lunch", "--break", "--at", "12:30", "--minutes", "90") == "B2")
        #expect(try convene.ok("agenda", "add", "RD", "--title", "Day two", "--day", "2", "--minutes", "30") == "3")
        let rows = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(rows.map { $0["number"] as? String } == ["1", "B1", "2", "B2", "3"])
        #expect(rows.map { $0["is_break"] as? Bool } == [false, true, false, true, false])
        #expect(rows.map { $0["day"] as? Int } == [1, 1, 1, 1, 2])
        #expect(rows[1]["title"] as? String == "Coffee break")
        #expect(rows[3]["fixed_start"] as? String == "2027-03-02T12:30:00+01:00")
        #expect(rows[3]["gap_minutes"] as? Int == -15)
        #expect(rows[4]["start"] as? String == "2027-03-03T09:30:00+01:00")
        let list = try convene.run(["agenda", "list", "RD"])
        #expect(list.stdout.contains("1    B2   12:30 fixed  90   Lunch"), "\(list.stdout)")
        #expect(list.stderr.contains("warning: Lunch (B2) is fixed at 12:30, but the items before it run until 12:45 (15 min over)."))
        func words(_ text: String) -> String { text.split(separator: " ").joined(separator: " ") }
        _ = try convene.ok("agenda", "edit", "RD", "B2", "--at", "")
        #expect(words(try convene.ok("agenda", "list", "RD")).contains("1 B2 12:45 90 Lunch"))
        _ = try convene.ok("agenda", "edit", "RD", "b2", "--no-break", "--title", "Working lunch")
        #expect(words(try convene.ok("agenda", "list", "RD")).contains("1 3 12:45 90 Working lunch"))
        for (arguments, message, status) in [
            (["agenda", "add", "RD", "--title", "X", "--day", "3"], "'3' for --day", Int32(1)),
            (["agenda", "add", "RD", "--title", "X", "--at", "noon"], "'noon' for --at", 1),
            (["agenda", "add", "RD", "--title", "X", "--parent", "B1"], "B1 is a break", 6),
            (["decision", "add", "RD", "B1", "--text", "No"], "a break has no decisions", 6),
            (["agenda", "add", "RD"], "--title", 64),
        ] {
            let result = try convene.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test("notes, decisions, action points and approval")
    func minutesFlow() throws {
        let convene = try Self.meeting()
        _ = try convene.ok("agenda", "add", "RD", "--title", "Reports")
        _ = try convene.ok("note", "RD", "1", "--text", "The RCC presented its proposal.")
        _ = try convene.ok("note", "RD", "1", "--append", "Delegates welcomed it.")
        let notesFile = convene.home.appendingPathComponent("notes.md")
        try "## Discussion\n\nFrom a file.\n".write(to: notesFile, atomically: true, encoding: .utf8)
        _ = try convene.ok("note", "RD", "1", "--file", notesFile.path)
        let rows = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(rows.first?["notes"] as? String == "## Discussion\n\nFrom a file.")
        #expect(Int(try convene.ok("decision", "add", "RD", "1", "--text", "The meeting noted the report.")) != nil)
        let decisions = try #require(try convene.json("decision", "list", "RD", "--json") as? [[String: Any]])
        #expect(decisions.first?["item_number"] as? String == "1")
        #expect(decisions.first?["item_id"] as? Int == rows.first?["id"] as? Int)
        #expect(decisions.first?["meeting_code"] as? String == "RD")
        let action = try convene.ok("action", "add", "RD", "--text", "Circulate the report", "--owner", "ana@anatel.gov.br",
                                    "--item", "1", "--due", "2027-04-30")
        #expect(try convene.ok("action", "list", "--open").contains("Circulate the report"))
        _ = try convene.ok("action", "done", action)
        #expect(!(try convene.ok("action", "list", "--open")).contains("Circulate"))
        let all = try #require(try convene.json("action", "list", "--meeting", "RD", "--json") as? [[String: Any]])
        #expect(all.first?["status"] as? String == "done")
        #expect(all.first?["owner"] as? String == "Ana Souza")
        _ = try convene.ok("minutes", "approve", "RD")
        let shown = try #require(try convene.json("meeting", "show", "RD", "--json") as? [String: Any])
        #expect((shown["meeting"] as? [String: Any])?["status"] as? String == "minutes-approved")
    }

    static let badCases: [([String], String, Int32)] = [
        (["agenda", "add", "NOPE", "--title", "X"], "no meeting 'NOPE'", 5),
        (["agenda", "add", "RD", "--title", "X", "--parent", "9"], "'9' for --parent", 5),
        (["agenda", "add", "RD", "--title", "X", "--presenter", "99"], "'99' for --presenter", 5),
        (["agenda", "add", "RD", "--title", "X", "--minutes=-5"], "'-5' for --minutes", 1),
        (["agenda", "add", "RD", "--title", "X", "--minutes", "2000"], "'2000' for --minutes", 1),
        (["agenda", "edit", "RD", "4", "--title", "X"], "'4' for NUMBER", 5),
        (["agenda", "move", "RD", "1", "up"], "cannot move up", 6),
        (["agenda", "remove", "RD", "2.1"], "'2.1' for NUMBER", 5),
        (["note", "RD", "7", "--text", "x"], "'7' for NUMBER", 5),
        (["decision", "add", "RD", "3", "--text", "x"], "'3' for NUMBER", 5),
        (["action", "add", "RD", "--text", "x", "--owner", "1", "--due", "soon"], "'soon' for --due", 1),
        (["action", "add", "RD", "--text", "x", "--owner", "1", "--due", "2027-02-30"], "'2027-02-30' for --due", 1),
        (["action", "add", "RD", "--text", "x", "--owner", "nobody@example.org"], "'nobody@example.org' for --owner", 5),
        (["action", "add", "RD", "--text", "x", "--owner", "1", "--item", "5"], "'5' for --item", 5),
        (["action", "done", "42"], "no action point '42'", 5),
        (["note", "RD", "1", "--file", "/nonexistent/notes.md"], "'/nonexistent/notes.md' for --file", 7),
    ]

    @Test("bad agenda and minutes input: clear message, exit 1, database unchanged", arguments: badCases)
    func rejected(arguments: [String], message: String, status: Int32) throws {
        let convene = try Self.meeting()
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Reports")
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }

    @Test("an unknown direction is a usage error that lists the directions; case does not matter")
    func directions() throws {
        let convene = try Self.meeting()
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Reports")
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run("agenda", "move", "RD", "1", "sideways")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("convene: The value 'sideways' is invalid for '<direction>'"), "\(result.stderr)")
        #expect(result.stderr.contains("'up', 'down', 'in' or 'out'"))
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
        #expect(try convene.ok("agenda", "move", "RD", "2", "UP") == "1")
    }
}
