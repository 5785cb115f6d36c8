import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

/// The corpus in the database: loaded by the migration, read back, searched and compared.
@Suite("Resolution corpus in the store")
struct CorpusStoreTests {
    @Test("a new database holds the three shipped documents with their pinned clause counts")
    func migrationLoadsShipped() throws {
        let store = try TestSupport.memoryStore()
        let summaries = try store.resolutions()
        #expect(summaries.map(\.id) == ["R130-2006", "R174-2010", "R174-2022-RCC"])
        #expect(summaries.map(\.clauseCount) == [34, 28, 34])
        #expect(summaries.map(\.headingCount) == [10, 13, 14])
        #expect(summaries.map(\.citation) == [
            "Res. 130 (Rev. Antalya, 2006)", "Res. 174 (Guadalajara, 2010)", "第174号决议（2022年，布加勒斯特，RCC提案）",
        ])
    }

    @Test("a document read back from its rows equals the shipped document")
    func documentsRoundTrip() throws {
        let store = try TestSupport.memoryStore()
        for shipped in try ShippedCorpus.load(dataDirectory: TestSupport.dataDirectory) {
            #expect(try store.resolution(shipped.id) == shipped, "\(shipped.id)")
        }
    }

    @Test("loading the shipped documents is not an undoable change")
    func migrationNotInHistory() throws {
        let store = try TestSupport.memoryStore()
        #expect(try store.history(limit: 10).isEmpty)
    }

    @Test("an unknown document is reported as not found")
    func unknownDocument() throws {
        let store = try TestSupport.memoryStore()
        #expect(throws: ConveneError.notFound(kind: "resolution", reference: "R999-2030")) {
            try store.resolution("R999-2030")
        }
        #expect(throws: ConveneError.notFound(kind: "resolution", reference: "R999-2030")) {
            try store.compareResolutions("R174-2010", "R999-2030")
        }
        #expect(throws: ConveneError.notFound(kind: "resolution", reference: "R999-2030")) {
            try store.searchClauses("ICT", documentId: "R999-2030")
        }
    }

    @Test("a clause is found by key with its citations and footnotes")
    func clauseByKey() throws {
        let store = try TestSupport.memoryStore()
        let clause = try store.clause("R174-2010/recalling/g")
        #expect(clause.citation == "Res. 174 (Guadalajara, 2010), recalling g)")
        #expect(clause.citationMarkdown == "Res. 174 (Guadalajara, 2010), *recalling* g)")
        #expect(clause.clause.text.hasPrefix("Resolutions 50 and 52 (Rev. Johannesburg, 2008)"))
        let footnoted = try store.clause("R174-2022-RCC/recognizing/c")
        #expect(footnoted.clause.footnotes.count == 1)
        #expect(footnoted.citation.hasPrefix("第174号决议（2022年，布加勒斯特，RCC提案），"))
        #expect(throws: ConveneError.notFound(kind: "clause", reference: "R174-2010/recalling/z")) {
            try store.clause("R174-2010/recalling/z")
        }
    }

    @Test("search in the store finds what ClauseSearch finds, across documents or in one")
    func search() throws {
        let store = try TestSupport.memoryStore()
        let documents = try ShippedCorpus.load(dataDirectory: TestSupport.dataDirectory)
        for query in ["illicit use", "ILLICIT use", "隐私权", "小岛屿", "telecommunication standardization bureau"] {
            let expected = ClauseSearch.search(query, in: documents).map(\.key)
            #expect(!expected.isEmpty, "\(query)")
            #expect(try store.searchClauses(query).map(\.clause.key) == expected, "\(query)")
        }
        #expect(try store.searchClauses("", documentId: "R174-2010").count == 28)
        #expect(try store.searchClauses("隐私权").map(\.clause.key) == ["R174-2022-RCC/reaffirming/e"])
        let inOneDocument = try store.searchClauses("ICT", documentId: "R130-2006")
        #expect(!inOneDocument.isEmpty)
        #expect(inOneDocument.allSatisfy { $0.clause.documentId == "R130-2006" })
    }

    @Test("comparing two stored documents gives the parser's comparison")
    func compare() throws {
        let store = try TestSupport.memoryStore()
        let comparison = try store.compareResolutions("R174-2010", "R174-2022-RCC")
        #expect(comparison.onlyInA == [
            "R174-2010/recalling/g", "R174-2010/recognizing-further/a", "R174-2010/recognizing-further/b",
            "R174-2010/invites-ms-and-stakeholders",
        ])
        #expect(comparison.onlyInB.count == 10)
        #expect(comparison.changed.count == 24)
    }

    @Test("agenda items can now link shipped clauses, and unknown keys are still refused")
    func agendaLinks() throws {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "Europe/Zurich")
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Res. 174", clauses: ["R174-2010/recalling/g"]))
        #expect(try store.agenda(meeting: .id(meeting)).items.first?.clauses == ["R174-2010/recalling/g"])
        #expect(throws: ConveneError.self) {
            try store.linkClauses(meeting: .id(meeting), item: "1", keys: ["R174-2010/recalling/z"])
        }
    }
}
