import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Document symbols: each document its own number in the meeting's series")
struct DocumentSymbolTests {
    func meeting(symbol: String?) -> Meeting {
        Meeting(code: "RD", title: "T", start: "2027-03-02T09:30", timeZone: "UTC", symbol: symbol)
    }

    @Test("the agenda is 1 and the summary record 2 in the series, by the default pattern")
    func defaultPattern() {
        #expect(DocumentSymbol.symbol(.agenda, meeting: meeting(symbol: "R174-RD")) == "R174-RD/1")
        #expect(DocumentSymbol.symbol(.minutes, meeting: meeting(symbol: "R174-RD")) == "R174-RD/2")
        #expect(DocumentSymbol.symbol(.report, meeting: meeting(symbol: "R174-RD")) == nil)
        #expect(DocumentSymbol.symbol(.minutes, meeting: meeting(symbol: nil)) == nil, "no series, no symbol")
    }

    @Test("a symbol stored before documents were numbered keeps the agenda's symbol")
    func legacySeries() {
        #expect(DocumentSymbol.series("R174-RD/1") == "R174-RD")
        #expect(DocumentSymbol.series("R174-ARB/2027") == "R174-ARB")
        #expect(DocumentSymbol.series("R174-RD") == "R174-RD")
        #expect(DocumentSymbol.series("C17/A") == "C17/A")
        #expect(DocumentSymbol.series("/3") == "/3")
        #expect(DocumentSymbol.series("") == nil)
        #expect(DocumentSymbol.symbol(.agenda, meeting: meeting(symbol: "R174-RD/1")) == "R174-RD/1")
        #expect(DocumentSymbol.symbol(.minutes, meeting: meeting(symbol: "R174-RD/1")) == "R174-RD/2")
    }

    @Test("a pattern with a language suffix, or without the series")
    func patterns() {
        #expect(DocumentSymbol.symbol(number: 2, series: "R174-RD", pattern: "{series}/{n}-E") == "R174-RD/2-E")
        #expect(DocumentSymbol.symbol(number: 2, series: nil, pattern: "RPM-AMS/{n}") == "RPM-AMS/2")
        #expect(DocumentSymbol.symbol(number: 2, series: nil, pattern: "{series}/{n}") == nil)
    }

    @Test("the export prints its own symbol unless --symbol gives one")
    func exports() throws {
        let store = try ExportFixture.store()
        let agenda = try store.export(.agenda, meeting: .text("RD-2027"), options: ExportFixture.options)
        let minutes = try store.export(.minutes, meeting: .text("RD-2027"), options: ExportFixture.options)
        #expect(agenda.contains("symbol: \"R174-RD/1\"") && agenda.contains("Document R174-RD/1\\\n"))
        #expect(minutes.contains("symbol: \"R174-RD/2\"") && minutes.contains("Document R174-RD/2\\\n"))
        let given = try store.export(.minutes, meeting: .text("RD-2027"), options: ExportOptions(date: "2027-03-04", symbol: "R174-RD/9-E"))
        #expect(given.contains("symbol: \"R174-RD/9-E\"") && given.contains("Document R174-RD/9-E\\\n"))
    }
}
