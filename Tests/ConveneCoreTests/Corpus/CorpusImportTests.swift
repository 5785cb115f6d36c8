import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

/// `importResolution`: seeds reproduce the shipped documents, replace keeps and reports
/// links, undo reverts, bad input writes nothing.
@Suite("Importing resolutions into the store")
struct CorpusImportTests {
    static let rccDraft = ResolutionMetadataDraft(
        id: "R174-2022-RCC", number: "174", title: CorpusFixtures.rccMetadata.title,
        conference: "布加勒斯特，RCC提案", year: 2022, revises: "R174-2014"
    )

    static func seedData(_ seed: CorpusFixtures.Seed) throws -> Data {
        Data(try CorpusFixtures.seedText(seed).utf8)
    }

    /// Res. 174 (2010) without *recalling* g).
    static func res174WithoutRecallingG() throws -> Data {
        let lines = try CorpusFixtures.seedText(.res174Guadalajara).components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("g) Resolutions 50 and 52") })
        return Data(lines.filter { !$0.hasPrefix("g) Resolutions 50 and 52") }.joined(separator: "\n").utf8)
    }

    /// Every row the corpus and history tables hold, to show that nothing changed.
    static func snapshot(_ store: Store) throws -> [String] {
        try store.read { db in
            try ["resolution", "resolutionHeading", "clause", "change", "changeRow"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT rowid, * FROM \"\(table)\" ORDER BY rowid").map { "\(table) \($0)" }
            }
        }
    }

    @Test("each seed text imported over its shipped document reproduces it exactly",
          arguments: CorpusFixtures.Seed.allCases)
    func seedsReproduceShipped(seed: CorpusFixtures.Seed) throws {
        let store = try TestSupport.memoryStore()
        let draft = seed == .res174RCCProposal ? Self.rccDraft : ResolutionMetadataDraft()
        let report = try store.importResolution(data: try Self.seedData(seed), metadata: draft, replace: true)
        let shipped = try #require(try ShippedCorpus.load(dataDirectory: TestSupport.dataDirectory)
            .first { $0.id == report.document.id })
        #expect(report.document == shipped)
        #expect(report.warnings.allSatisfy { $0.kind == .furniture })
        #expect(report.warnings.count == (seed == .res130Antalya ? 1 : 0))
        #expect(report.replaced && report.unchanged)
        #expect(report.brokenLinks.isEmpty)
        #expect(try store.resolution(shipped.id) == shipped)
        #expect(try store.history(limit: 1).isEmpty, "an identical replace is not a change")
    }

    @Test("a seed imported under a new id is a new document whose keys carry that id")
    func importUnderNewId() throws {
        let store = try TestSupport.memoryStore()
        let report = try store.importResolution(
            data: try Self.seedData(.res174Guadalajara),
            metadata: ResolutionMetadataDraft(id: "R174-2014", conference: "Rev. Busan", year: 2014, revises: "R174-2010"))
        #expect(!report.replaced)
        let document = try store.resolution("R174-2014")
        #expect(document.clauses.count == 28)
        #expect(document.metadata.revises == "R174-2010")
        #expect(try store.clause("R174-2014/recalling/g").citation == "Res. 174 (Rev. Busan, 2014), recalling g)")
        #expect(try store.resolutions().count == 4)
        #expect(try store.history(limit: 1).first?.summary == "resolution import R174-2014 (28 clauses)")
    }

    @Test("an existing id is refused without replace and nothing is written")
    func existingIdRefused() throws {
        let store = try TestSupport.memoryStore()
        let before = try Self.snapshot(store)
        #expect(throws: ConveneError.self) {
            try store.importResolution(data: try Self.seedData(.res174Guadalajara))
        }
        #expect(try Self.snapshot(store) == before)
    }

    @Test("the Chinese proposal without metadata names every missing field")
    func chineseNeedsFlags() throws {
        let store = try TestSupport.memoryStore()
        let expected = ConveneError.missing(
            fields: [.resolutionId, .resolutionNumber, .conference, .year, .title],
            reason: "the text has no title line such as 'RESOLUTION 174 (Guadalajara, 2010)' to read its id, number, "
                + "conference and year from")
        #expect(throws: expected) {
            try store.importResolution(data: try Self.seedData(.res174RCCProposal), replace: true)
        }
        #expect(throws: ConveneError.self) {
            try store.importResolution(data: try Self.seedData(.res174RCCProposal),
                                       metadata: ResolutionMetadataDraft(id: "R174-2022-X", number: "174"))
        }
    }

    @Test("language and kind of the Chinese proposal are detected when not given")
    func detectedLanguageAndKind() throws {
        let store = try TestSupport.memoryStore()
        var draft = Self.rccDraft
        draft.id = "R174-2022-COPY"
        let report = try store.importResolution(data: try Self.seedData(.res174RCCProposal), metadata: draft, dryRun: true)
        #expect(report.document.metadata.language == "zh")
        #expect(report.document.metadata.kind == .proposal)
    }

    @Test("bad metadata values are named with their field")
    func badMetadata() throws {
        let store = try TestSupport.memoryStore()
        let data = try Self.seedData(.res174Guadalajara)
        let cases: [(ResolutionMetadataDraft, Field)] = [
            (ResolutionMetadataDraft(id: "R174/2014"), .resolutionId),
            (ResolutionMetadataDraft(id: "R 174"), .resolutionId),
            (ResolutionMetadataDraft(year: 99), .year),
            (ResolutionMetadataDraft(language: "de"), .language),
            (ResolutionMetadataDraft(kind: "decree"), .kind),
            (ResolutionMetadataDraft(title: "  "), .title),
        ]
        for (draft, field) in cases {
            #expect {
                try store.importResolution(data: data, metadata: draft, replace: true)
            } throws: { error in
                guard case let .invalid(errorField, _, _)? = error as? ConveneError else { return false }
                return errorField == field
            }
        }
    }

    @Test("empty, binary, non-UTF-8 and heading-less input is refused and writes nothing",
          arguments: [
              (Data(), "empty"),
              (Data("   \n\n".utf8), "empty"),
              (Data([0x52, 0x45, 0x00, 0x01, 0x02]), "NUL"),
              (Data([0x72, 0xE9, 0x73, 0x6F, 0x6C, 0x76, 0x65, 0x73, 0x0A]), "UTF-8"),
              (Data("Minutes of the meeting\n\nWe met and talked.\n".utf8), "no resolution heading"),
          ])
    func badInput(data: Data, message: String) throws {
        let store = try TestSupport.memoryStore()
        let before = try Self.snapshot(store)
        #expect {
            try store.importResolution(data: data, metadata: ResolutionMetadataDraft(id: "R1-2000"))
        } throws: { error in
            guard case let .refused(text)? = error as? ConveneError else { return false }
            return text.contains(message)
        }
        #expect(try Self.snapshot(store) == before)
    }

    @Test("the news items among the source documents are refused: they are not resolutions",
          arguments: ["news-res174-2010-10-20.txt", "news-pp10-cybersecurity-backgrounder.txt"])
    func newsItemsRefused(name: String) throws {
        let store = try TestSupport.memoryStore()
        let data = try Data(contentsOf: CorpusFixtures.fixturesDirectory.appendingPathComponent(name))
        #expect {
            try store.importResolution(data: data)
        } throws: { error in
            guard case let .refused(text)? = error as? ConveneError else { return false }
            return text.contains("no resolution heading")
        }
        #expect(try store.resolutions().count == 3)
    }

    @Test("a replace keeps every link and reports those whose clause is gone")
    func replaceReportsBrokenLinks() throws {
        let store = try TestSupport.memoryStore()
        let meeting = RecordReference.id(try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "Europe/Zurich"))
        let owner = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(
            title: "Res. 174", clauses: ["R174-2010/recalling/g", "R174-2010/aware/a", "R130-2006/resolves"]))
        try store.addAction(meeting: meeting, ActionDraft(text: "Report", owner: "\(owner)", clause: "R174-2010/recalling/g"))
        try store.addAction(meeting: meeting, ActionDraft(text: "Survey", owner: "\(owner)", clause: "R174-2010/noting/b"))

        let preview = try store.importResolution(data: try Self.res174WithoutRecallingG(), dryRun: true, replace: true)
        #expect(preview.dryRun && preview.replaced)
        #expect(preview.brokenLinks == ["R174-2010/recalling/g"])
        #expect(try store.resolution("R174-2010").clauses.count == 28)

        let report = try store.importResolution(data: try Self.res174WithoutRecallingG(), replace: true)
        #expect(report.brokenLinks == ["R174-2010/recalling/g"])
        #expect(try store.resolution("R174-2010").clauses.count == 27)
        #expect(try store.agenda(meeting: meeting).items[0].clauses == [
            "R174-2010/recalling/g", "R174-2010/aware/a", "R130-2006/resolves",
        ])
        #expect(try store.actions().compactMap(\.clauseKey) == ["R174-2010/recalling/g", "R174-2010/noting/b"])
        #expect(try store.history(limit: 1).first?.summary == "resolution replace R174-2010 (27 clauses)")
    }

    @Test("undo of an import removes the document; undo of a replace brings the old one back")
    func undo() throws {
        let store = try TestSupport.memoryStore()
        let shipped = try store.resolution("R174-2010")
        _ = try store.importResolution(data: try Self.seedData(.res174Guadalajara), metadata: ResolutionMetadataDraft(id: "R174-2014"))
        #expect(try store.undo() == "resolution import R174-2014 (28 clauses)")
        #expect(throws: ConveneError.notFound(kind: "resolution", reference: "R174-2014")) { try store.resolution("R174-2014") }
        #expect(try store.searchClauses("").allSatisfy { $0.clause.documentId != "R174-2014" })

        _ = try store.importResolution(data: try Self.res174WithoutRecallingG(), replace: true)
        #expect(try store.resolution("R174-2010") != shipped)
        try store.undo()
        #expect(try store.resolution("R174-2010") == shipped)
        #expect(try store.resolutions().map(\.clauseCount) == [34, 28, 34])
    }

    @Test("a dry run writes nothing, not even history")
    func dryRunWritesNothing() throws {
        let store = try TestSupport.memoryStore()
        let before = try Self.snapshot(store)
        let report = try store.importResolution(
            data: try Self.seedData(.res174Guadalajara), metadata: ResolutionMetadataDraft(id: "R174-2014"), dryRun: true)
        #expect(report.dryRun && !report.replaced)
        #expect(report.document.clauses.count == 28)
        #expect(try Self.snapshot(store) == before)
    }

    @Test("an unknown heading is imported with a derived slug and a warning with its line")
    func unknownHeadingWarning() throws {
        let store = try TestSupport.memoryStore()
        let text = """
            RESOLUTION 999 (Testville, 2030)

            A test resolution

            The Plenipotentiary Conference of the International Telecommunication Union (Testville, 2030),

            welcoming warmly

            a) that it parses;

            resolves

            to keep going.
            """
        let report = try store.importResolution(data: Data(text.utf8))
        #expect(report.document.id == "R999-2030")
        #expect(report.warnings.map(\.line) == [7])
        #expect(try store.clause("R999-2030/welcoming-warmly/a").clause.text == "that it parses;")
    }
}
