import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

/// `resolution import` of files holding several documents, `--only`, `--strict`, and a dry
/// run of an id already stored.
@Suite("Importing several documents from one file")
struct CorpusMultiImportTests {
    static func layout(_ name: String) throws -> Data {
        try Data(contentsOf: CorpusFixtures.fixturesDirectory.appendingPathComponent("layouts/\(name).txt"))
    }

    @Test("every document of the file is imported in one change, which undo takes back")
    func importsEach() throws {
        let store = try TestSupport.memoryStore()
        let reports = try store.importResolutions(data: try Self.layout("two-documents-en"))
        #expect(reports.map(\.document.id) == ["R130-2014", "R174-2014"])
        #expect(try store.clause("R174-2014/instructs-sg/2").clause.text == "to report,")
        #expect(try store.clause("R130-2014/resolves").clause.text == "to continue this work.")
        _ = try store.undo()
        #expect(throws: ConveneError.self) { try store.clause("R130-2014/resolves") }
        #expect(throws: ConveneError.self) { try store.clause("R174-2014/instructs-sg/2") }
    }

    @Test("--only picks one document by its id or the start of it")
    func only() throws {
        let store = try TestSupport.memoryStore()
        let reports = try store.importResolutions(data: try Self.layout("two-documents-zh"), only: "R174")
        #expect(reports.map(\.document.id) == ["R174-2014"])
        #expect(throws: ConveneError.self) { try store.clause("R130-2014/resolves") }
        #expect(throws: ConveneError.refused("no document in the file matches --only R999; it holds R130-2014, R174-2014")) {
            try store.importResolutions(data: try Self.layout("two-documents-zh"), only: "R999")
        }
    }

    @Test("metadata options are refused for a file of several documents unless one is picked")
    func metadataNeedsOne() throws {
        let store = try TestSupport.memoryStore()
        #expect(throws: ConveneError.self) {
            try store.importResolutions(data: try Self.layout("two-documents-en"), metadata: ResolutionMetadataDraft(year: 2015))
        }
        let reports = try store.importResolutions(
            data: try Self.layout("two-documents-en"), metadata: ResolutionMetadataDraft(id: "R174-2014-X"), only: "R174-2014")
        #expect(reports.map(\.document.id) == ["R174-2014-X"])
    }

    @Test("--strict refuses a text with warnings and writes nothing; a clean text passes")
    func strict() throws {
        let store = try TestSupport.memoryStore()
        let before = try store.resolutions().count
        #expect(throws: ConveneError.self) {
            try store.importResolutions(data: try Self.layout("edges-en"), strict: true)
        }
        #expect(try store.resolutions().count == before)
        let reports = try store.importResolutions(data: try Self.layout("two-documents-en"), strict: true)
        #expect(reports.count == 2)
    }

    @Test("a dry run of an id already stored previews it and says --replace is needed")
    func dryRunExisting() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.importResolutions(data: try Self.layout("edges-en"))
        let changed = Data(try String(decoding: Self.layout("edges-en"), as: UTF8.self)
            .replacingOccurrences(of: "to support this resolution.", with: "to support it.").utf8)
        let reports = try store.importResolutions(data: changed, dryRun: true)
        #expect(reports.map(\.needsReplace) == [true])
        #expect(reports.first?.document.clause(key: "R174-2014/invites-ms")?.text == "to support it.")
        #expect(try store.clause("R174-2014/invites-ms").clause.text == "to support this resolution.")
        #expect(throws: ConveneError.self) { try store.importResolutions(data: changed) }
    }

    @Test("the preview marks a clause holding a page header run into its text")
    func suspiciousMarked() throws {
        let store = try TestSupport.memoryStore()
        let text = "RESOLUTION 9 (Testville, 2030)\n\nTest\n\nThe Plenipotentiary Conference (Testville, 2030),\n\n"
            + "reaffirming\na) a global culture of 380 Res. 174 cybersecurity;\nb) another text,\n"
        let reports = try store.importResolutions(data: Data(text.utf8), dryRun: true)
        #expect(reports.first?.suspiciousClauseKeys == ["R9-2030/reaffirming/a"])
        #expect(reports.first?.warnings.map(\.kind) == [.suspicious])
    }
}
