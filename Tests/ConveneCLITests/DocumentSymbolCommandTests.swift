import Foundation
import Testing

@Suite("Document symbols on the real binary: the series, the pattern, the symbol of each export")
struct DocumentSymbolCommandTests {
    static func meeting() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30",
                           "--tz", "Europe/Zurich", "--code", "RD", "--symbol", "R174-RD")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        return convene
    }

    static func symbol(_ markdown: String) -> String? {
        markdown.split(separator: "\n").first { $0.hasPrefix("symbol: ") }.map { String($0.dropFirst("symbol: ".count)) }
    }

    @Test("the agenda is /1 and the summary record /2; --symbol-pattern adds a suffix; \"\" returns to the default")
    func pattern() throws {
        let convene = try Self.meeting()
        #expect(Self.symbol(try convene.ok("export", "agenda", "RD", "--date", "2027-02-15")) == "\"R174-RD/1\"")
        #expect(Self.symbol(try convene.ok("export", "minutes", "RD", "--date", "2027-03-03")) == "\"R174-RD/2\"")

        _ = try convene.ok("meeting", "edit", "RD", "--symbol-pattern", "{series}/{n}-E")
        let minutes = try convene.ok("export", "minutes", "RD", "--date", "2027-03-03")
        #expect(Self.symbol(minutes) == "\"R174-RD/2-E\"")
        #expect(minutes.contains("Document R174-RD/2-E\\\n"))
        #expect(Self.symbol(try convene.ok("export", "minutes", "RD", "--date", "2027-03-03", "--symbol", "X/9")) == "\"X/9\"")

        let show = try convene.ok("meeting", "show", "RD")
        #expect(show.contains("{series}/{n}-E"))
        #expect(show.contains("R174-RD/1-E agenda, R174-RD/2-E summary record"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try convene.ok("meeting", "list", "--json").utf8)) as? [[String: Any]])
        #expect(json.first?["symbol_pattern"] as? String == "{series}/{n}-E")
        #expect(json.first?["agenda_symbol"] as? String == "R174-RD/1-E")
        #expect(json.first?["minutes_symbol"] as? String == "R174-RD/2-E")

        _ = try convene.ok("meeting", "edit", "RD", "--symbol-pattern", "")
        #expect(Self.symbol(try convene.ok("export", "minutes", "RD", "--date", "2027-03-03")) == "\"R174-RD/2\"")

        _ = try convene.ok("meeting", "add", "--title", "Patterned", "--start", "2027-04-02T09:30", "--code", "P",
                           "--symbol-pattern", "RPM-AMS/{n}")
        #expect(Self.symbol(try convene.ok("export", "agenda", "P", "--date", "2027-02-15")) == "\"RPM-AMS/1\"", "no series needed")
    }

    @Test("a meeting without a series has no symbol, as before")
    func noSeries() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Plain", "--start", "2027-03-02T09:30", "--code", "PL")
        let minutes = try convene.ok("export", "minutes", "PL", "--date", "2027-03-03")
        #expect(Self.symbol(minutes) == "\"\"")
        #expect(!minutes.contains("Document "))
    }

    static let badPatterns: [(String, String)] = [
        ("{series}", "exactly once"), ("{n}/{n}", "exactly once"), ("{series}/{series}/{n}", "only once"),
        ("{series}/{num}/{n}", "{series} and {n}"), ("{series}\n/{n}", "--symbol-pattern"),
    ]

    @Test("a bad pattern: one line naming --symbol-pattern, exit 1, nothing written", arguments: badPatterns)
    func rejected(pattern: String, message: String) throws {
        let convene = try Self.meeting()
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run("meeting", "edit", "RD", "--symbol-pattern", pattern)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--symbol-pattern") && result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }
}
