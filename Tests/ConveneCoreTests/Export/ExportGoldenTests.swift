import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Exports match their reviewed golden files")
struct ExportGoldenTests {
    @Test("the agenda export")
    func agenda() throws {
        let store = try ExportFixture.store()
        GoldenFile.check(try store.export(.agenda, meeting: .text("RD-2027"), options: ExportFixture.options),
                         against: ExportFixture.golden("agenda.md"))
    }

    @Test("the minutes export")
    func minutes() throws {
        let store = try ExportFixture.store()
        GoldenFile.check(try store.export(.minutes, meeting: .text("RD-2027"), options: ExportOptions(date: "2027-03-04")),
                         against: ExportFixture.golden("minutes.md"))
    }

    @Test("the implementation report")
    func implementation() throws {
        let store = try ExportFixture.store()
        GoldenFile.check(try store.export(.report, meeting: nil, options: ExportOptions(date: "2027-06-01")),
                         against: ExportFixture.golden("implementation.md"))
    }

    @Test("the agenda and minutes need a meeting")
    func meetingRequired() throws {
        let store = try ExportFixture.store()
        for kind in [ExportKind.agenda, .minutes] {
            #expect(throws: ConveneError.refused("choose a meeting to export its \(kind.rawValue)")) {
                try store.export(kind, meeting: nil, options: ExportFixture.options)
            }
        }
    }

    @Test("the same data gives byte-identical exports")
    func deterministic() throws {
        let first = try ExportFixture.store(), second = try ExportFixture.store()
        #expect(MinutesExport.markdown(try first.meetingRecord(.text("RD-2027")), options: ExportFixture.options)
            == MinutesExport.markdown(try second.meetingRecord(.text("RD-2027")), options: ExportFixture.options))
        #expect(AgendaExport.markdown(try first.meetingRecord(.text("RD-2027")), options: ExportFixture.options)
            == AgendaExport.markdown(try second.meetingRecord(.text("RD-2027")), options: ExportFixture.options))
    }
}
