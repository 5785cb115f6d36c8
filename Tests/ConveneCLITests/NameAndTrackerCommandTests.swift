import Foundation
import Testing

@Suite("The meeting day on the command line: names for ids, the action tracker, redo")
struct NameAndTrackerCommandTests {
    @Test("a name is taken where an id or email is; an ambiguous one lists the candidates, exits 1 and writes nothing")
    func names() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Aïssatou", "--family", "Diallo", "--org", "Cote d'Ivoire")
        _ = try convene.ok("participant", "add", "--given", "伟", "--family", "张", "--org", "中国")
        _ = try convene.ok("participant", "add", "--given", "伟明", "--family", "张")
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC")
        _ = try convene.ok("invite", "regional dialogue", "diallo", "张伟")
        #expect(try convene.ok("participant", "show", "diallo").contains("Côte d'Ivoire"))

        let before = try convene.ok("history", "--limit", "1")
        let ambiguous = try convene.run("invite", "RD", "张")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'张' matches several participants: #2 张伟 (China), #3 张伟明"), "\(ambiguous.stderr)")
        #expect(try convene.ok("history", "--limit", "1") == before)
    }

    @Test("action list puts the overdue first; --overdue and --owner by name narrow it")
    func actionList() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("participant", "add", "--given", "芳", "--family", "王")
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC")
        _ = try convene.ok("action", "add", "RD", "--text", "Later", "--owner", "Souza", "--due", "2999-01-01")
        _ = try convene.ok("action", "add", "RD", "--text", "Late", "--owner", "王芳", "--due", "2001-01-01")
        let lines = try convene.ok("action", "list").split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("Late"))
        #expect(lines[2].contains("Later"))
        let overdue = try convene.ok("action", "list", "--overdue")
        #expect(overdue.contains("Late") && !overdue.contains("Later"))
        #expect(try convene.ok("action", "list", "--owner", "ana souza").contains("Later"))
    }

    @Test("redo makes again what undo reverted; with nothing to redo it says so and exits 6")
    func redo() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.succeeded("undo")
        #expect(try convene.ok("participant", "list").isEmpty)
        #expect(try convene.succeeded("redo").stderr == "redone: participant add #1 Ana Souza\n")
        #expect(try convene.ok("participant", "list").contains("Ana Souza"))
        let nothing = try convene.run("redo")
        #expect(nothing.status == 6)
        #expect(nothing.stderr.contains("nothing to redo"))
    }

    @Test("the implementation report counts overdue action points per clause, in Markdown and JSON")
    func reportCountsOverdue() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let clause = "R174-2010/resolves-to-instruct-sg/i"
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC")
        _ = try convene.ok("action", "add", "RD", "--text", "Late", "--owner", "Souza", "--due", "2027-04-01", "--clause", clause)
        _ = try convene.ok("action", "add", "RD", "--text", "Later", "--owner", "Souza", "--due", "2027-09-01", "--clause", clause)
        let markdown = try convene.ok("report", "implementation", "--date", "2027-06-01")
        #expect(markdown.contains("Action points: 2 open (1 overdue), 0 done"))
        let report = try #require(try convene.json("report", "implementation", "--date", "2027-06-01", "--json") as? [String: Any])
        let clauses = try #require(report["clauses"] as? [[String: Any]])
        #expect(clauses.first { $0["key"] as? String == clause }?["overdue_actions"] as? Int == 1)
        #expect(clauses.first { $0["key"] as? String != clause }?["overdue_actions"] as? Int == 0)
    }
}
