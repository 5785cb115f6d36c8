import Foundation
import Testing

@Suite("--speaking-minutes: the meeting's default and an agenda item's own")
struct SpeakingMinutesCommandTests {
    func budgets(_ convene: ConveneProcess) throws -> [Int] {
        let speakers = try #require(try JSONSerialization.jsonObject(
            with: Data(try convene.ok("speaker", "list", "RD", "--json").utf8)) as? [[String: Any]])
        #expect(speakers.count == 2)
        return speakers.compactMap { $0["speaking_minutes"] as? Int }
    }

    @Test("speaker list shows the time in force: the item's, else the meeting's, else 3; \"\" clears; undo takes a change back")
    func budgetInForce() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30",
                           "--tz", "UTC", "--speaking-minutes", "2")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        _ = try convene.ok("agenda", "add", "RD", "--title", "报告", "--speaking-minutes", "5")
        _ = try convene.ok("speaker", "add", "RD", "1", "--delegation", "Kenya")
        _ = try convene.ok("participant", "add", "--given", "ليلى", "--family", "حداد", "--org", "Egypt")
        _ = try convene.ok("speaker", "add", "RD", "2", "--participant", "حداد")
        #expect(try budgets(convene) == [2, 5])
        let table = try convene.ok("speaker", "list", "RD").split(separator: "\n")
        #expect(table.first?.hasSuffix("BUDGET") == true)
        #expect(table.count == 3 && table[1].hasSuffix("2 min") && table[2].hasSuffix("5 min"), "\(table)")

        _ = try convene.ok("agenda", "edit", "RD", "2", "--speaking-minutes", "")
        _ = try convene.ok("meeting", "edit", "RD", "--speaking-minutes", "")
        #expect(try budgets(convene) == [3, 3])
        _ = try convene.ok("undo")
        #expect(try budgets(convene) == [2, 2])
        _ = try convene.ok("agenda", "edit", "RD", "1", "--speaking-minutes", "10")
        #expect(try budgets(convene) == [10, 2])
    }

    @Test("a value that is not 1 to 60 whole minutes is refused naming the option, exit 1, nothing written",
          arguments: [["meeting", "edit", "RD"], ["agenda", "edit", "RD", "1"], ["agenda", "add", "RD", "--title", "Later"]])
    func refused(_ command: [String]) throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC")
        _ = try convene.ok("agenda", "add", "RD", "--title", "Opening")
        let before = try convene.ok("history", "--limit", "1")
        let result = try convene.run(command + ["--speaking-minutes", "90"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'90' for --speaking-minutes (whole minutes, 1 to 60)"), "\(result.stderr)")
        #expect(try convene.ok("history", "--limit", "1") == before)
    }
}
