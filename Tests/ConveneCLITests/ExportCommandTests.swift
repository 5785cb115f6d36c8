import Foundation
import Testing

@Suite("Export and report commands on the real binary")
struct ExportCommandTests {
    static func meeting() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30",
                           "--tz", "Europe/Zurich", "--code", "RD", "--symbol", "R174-RD/1")
        _ = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN")
        _ = try convene.ok("invite", "RD", "1")
        _ = try convene.ok("attend", "RD", "1", "present")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Resolution 174", "--minutes", "30",
                           "--clause", "R174-2010/resolves-to-instruct-sg/i")
        _ = try convene.ok("decision", "add", "RD", "1", "--text", "Noted.")
        return convene
    }

    @Test("export agenda and minutes print Markdown; -o writes the file and says where")
    func exports() throws {
        let convene = try Self.meeting()
        let agenda = try convene.ok("export", "agenda", "RD", "--date", "2027-02-15")
        #expect(agenda.hasPrefix("---\ntitle: \"Draft agenda\""))
        #expect(agenda.contains("| No. | Item"))
        #expect(agenda.contains("*resolves to instruct the Secretary-General* i)"))
        let file = convene.home.appendingPathComponent("minutes.md").path
        let result = try convene.run("export", "minutes", "RD", "-o", file, "--date", "2027-03-03")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "wrote \(file)\n")
        let minutes = try String(contentsOfFile: file, encoding: .utf8)
        #expect(minutes.contains("- **Japan:** 山田太郎"))
        #expect(minutes.contains("**Decision:** Noted."))
        let again = try convene.ok("export", "minutes", "RD", "--date", "2027-03-03")
        #expect(again + "\n" == minutes, "same data and date, same bytes")
    }

    @Test("report implementation lists addressed and open operative clauses")
    func report() throws {
        let convene = try Self.meeting()
        let report = try convene.ok("report", "implementation", "--date", "2027-06-01")
        #expect(report.contains("1 of 7 operative clauses addressed."))
        #expect(report.contains("## Clauses not yet addressed"))
        let chinese = try convene.ok("report", "implementation", "--resolution", "R174-2022-RCC", "--date", "2027-06-01")
        #expect(chinese.contains("0 of"))
    }

    static let badCases: [([String], String, Int32)] = [
        (["export", "agenda", "NOPE"], "no meeting 'NOPE'", 5),
        (["export", "minutes", "RD", "--date", "soon"], "'soon' for --date", 1),
        (["export", "minutes", "RD", "-o", "/"], "'/' for --output", 7),
        (["export", "agenda", "RD", "-o", "/nonexistent/folder/agenda.md"], "for --output", 7),
        (["report", "implementation", "--resolution", "R999"], "'R999' for --resolution", 5),
        (["report", "implementation", "--from", "2027-13-01"], "'2027-13-01' for --from", 1),
    ]

    @Test("bad export input: clear message, exit 1, nothing written", arguments: badCases)
    func rejected(arguments: [String], message: String, status: Int32) throws {
        let convene = try Self.meeting()
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }

    @Test("a failed export leaves an existing file as it was")
    func atomic() throws {
        let convene = try Self.meeting()
        let file = convene.home.appendingPathComponent("agenda.md")
        try "previous version\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try convene.run("export", "agenda", "RD", "-o", file.path, "--date", "31-12-2027")
        #expect(result.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous version\n")
    }
}
