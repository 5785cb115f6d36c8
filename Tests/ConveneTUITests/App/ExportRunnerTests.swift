import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

/// The terminal app writes the very exports `convene export` and `convene report` print:
/// the core's golden files, from the same fixture.
@Suite("The terminal app's exports")
struct ExportRunnerTests {
    func written(_ kind: ExportKind, date: String, report: ReportScope = ReportScope()) throws -> String {
        let store = try ExportFixture.store()
        let meeting = try #require(try store.meetings().first?.meeting.id)
        let runner = MarkdownExportRunner(store: store, report: report, today: { date })
        let path = try TestSupport.temporaryFolder().appendingPathComponent("\(kind.rawValue).md").path
        #expect(try runner.export(kind, meeting: meeting, to: path) == path)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("agenda, minutes and report are the core's golden files")
    func goldenFiles() throws {
        GoldenFile.check(try written(.agenda, date: "2027-02-15"), against: ExportFixture.golden("agenda.md"))
        GoldenFile.check(try written(.minutes, date: "2027-03-04"), against: ExportFixture.golden("minutes.md"))
        GoldenFile.check(try written(.report, date: "2027-06-01"), against: ExportFixture.golden("implementation.md"))
    }

    @Test("the report covers the resolution it is given")
    func reportResolution() throws {
        let report = try written(.report, date: "2027-06-01", report: ReportScope(resolution: "R174-2022-RCC"))
        #expect(report.contains("第174号决议"))
        #expect(!report.contains("Res. 174 (Guadalajara, 2010)"))
    }

    @Test("a path typed with ~ is written under the home folder")
    func tilde() {
        #expect(ExportFile.absolutePath("~/minutes.md") == ExportFile.absolutePath(NSHomeDirectory() + "/minutes.md"))
        #expect(ExportFile.absolutePath("/tmp/a/../minutes.md") == "/tmp/minutes.md")
    }

    @Test("~ and $HOME in a typed path stand for the home folder; other text is left alone")
    func homeInTypedPaths() {
        #expect(TypedPath.expand("~/minutes.md", home: "/home/olga") == "/home/olga/minutes.md")
        #expect(TypedPath.expand("$HOME/out/minutes.md", home: "/home/olga") == "/home/olga/out/minutes.md")
        #expect(TypedPath.expand(" ${HOME}/a.md", home: "/home/olga") == "/home/olga/a.md")
        #expect(TypedPath.expand("$HOMEWORK/a.md", home: "/home/olga") == "$HOMEWORK/a.md")
        #expect(TypedPath.expand("minutes~1.md", home: "/home/olga") == "minutes~1.md")
    }
}
