import Foundation
import Testing
@testable import ConveneCore

/// Searching clauses and comparing two documents.
@Suite("Clause search and comparison")
struct CorpusSearchTests {
    private func shipped() throws -> [ResolutionDocument] {
        try ShippedCorpus.load(dataDirectory: CorpusFixtures.dataDirectory)
    }

    @Test("search ignores case and finds every word, in document order")
    func words() throws {
        let hits = ClauseSearch.search("GEOSPATIAL providers", in: try shipped())
        #expect(hits.map(\.key) == ["R174-2010/requests-sg"])
        let spam = ClauseSearch.search("Spam", in: try shipped()).map(\.key)
        #expect(spam == [
            "R130-2006/recognizing/c", "R130-2006/aware/a", "R130-2006/noting/c",
            "R130-2006/instructs-sg-and-directors/1/i", "R130-2006/instructs-bdt-director/1",
            "R174-2010/recalling/e", "R174-2010/recalling/g",
        ])
    }

    @Test("search ignores diacritics: florianopolis finds Florianópolis")
    func diacritics() throws {
        #expect(ClauseSearch.search("florianopolis", in: try shipped()).map(\.key) == ["R130-2006/aware/b"])
    }

    @Test("Chinese substrings are found")
    func chinese() throws {
        let hits = ClauseSearch.search("隐私权", in: try shipped())
        #expect(hits.map(\.key) == ["R174-2022-RCC/reaffirming/e"])
        #expect(ClauseSearch.search("小岛屿", in: try shipped()).map(\.key) == ["R174-2022-RCC/recognizing/c"])
    }

    @Test("search covers the heading and can be restricted to one document")
    func headingAndDocument() throws {
        let documents = try shipped()
        let hits = ClauseSearch.search("telecommunication standardization bureau", in: documents, documentId: "R130-2006")
        #expect(hits.map(\.key) == [
            "R130-2006/instructs-tsb-director/1", "R130-2006/instructs-tsb-director/1/i",
            "R130-2006/instructs-tsb-director/1/ii", "R130-2006/instructs-tsb-director/2",
        ])
        #expect(ClauseSearch.search("", in: documents, documentId: "R174-2010").count == 28)
        #expect(ClauseSearch.search("spam", in: documents, documentId: "R174-2022-RCC").isEmpty)
    }

    @Test("results keep document order: documents as given, clauses by position")
    func order() throws {
        let documents = try shipped()
        let hits = ClauseSearch.search("ICT", in: documents.reversed())
        let positions = hits.map { hit in
            (documents.reversed().firstIndex { $0.id == hit.documentId } ?? -1, hit.position)
        }
        // Order can only be checked on hits in several documents, several in one of them.
        let documentIndices = Set(positions.map(\.0))
        #expect(documentIndices.count >= 2)
        #expect(documentIndices.contains { index in positions.filter { $0.0 == index }.count >= 2 })
        #expect(positions.map(\.0) == positions.map(\.0).sorted())
        for documentIndex in documentIndices {
            let within = positions.filter { $0.0 == documentIndex }.map(\.1)
            #expect(within == within.sorted())
        }
    }

    @Test("comparing Res. 174 (2010) with the RCC proposal shows added, removed and changed clauses")
    func compareRevisions() throws {
        let documents = try shipped()
        let res174 = try #require(documents.first { $0.id == "R174-2010" })
        let rcc = try #require(documents.first { $0.id == "R174-2022-RCC" })
        let comparison = ResolutionComparison.compare(res174, rcc)
        #expect(comparison.onlyInA == [
            "R174-2010/recalling/g", "R174-2010/recognizing-further/a", "R174-2010/recognizing-further/b",
            "R174-2010/invites-ms-and-stakeholders",
        ])
        #expect(comparison.onlyInB == [
            "R174-2022-RCC/reaffirming/e", "R174-2022-RCC/reaffirming/f",
            "R174-2022-RCC/recognizing/a", "R174-2022-RCC/recognizing/b", "R174-2022-RCC/recognizing/c",
            "R174-2022-RCC/resolves-to-instruct-sg/iii", "R174-2022-RCC/resolves-to-instruct-sg/iv",
            "R174-2022-RCC/invites-council",
            "R174-2022-RCC/invites-ms-and-stakeholders/1", "R174-2022-RCC/invites-ms-and-stakeholders/2",
        ])
        // Different languages: every shared clause reads differently.
        #expect(comparison.changed.count == 24)
        #expect(comparison.unchanged.isEmpty)
        #expect(comparison.changed.first?.relativeKey == "aware/a")
    }

    @Test("a document compared with itself has no differences")
    func compareSame() throws {
        let document = try CorpusFixtures.parsed(.res130Antalya).document
        let comparison = ResolutionComparison.compare(document, document)
        #expect(comparison.onlyInA.isEmpty && comparison.onlyInB.isEmpty && comparison.changed.isEmpty)
        #expect(comparison.unchanged.count == document.clauses.count)
    }

    @Test("one changed clause between two revisions is reported with both texts")
    func compareOneChange() throws {
        let old = try CorpusFixtures.parsed(.res174Guadalajara).document
        var new = old
        new.metadata.id = "R174-2014"
        new.clauses = new.clauses.map { clause in
            var copy = clause
            copy.key = "R174-2014/" + clause.relativeKey
            copy.documentId = "R174-2014"
            if clause.relativeKey == "invites-ms" { copy.text = "to provide support." }
            return copy
        }
        let comparison = ResolutionComparison.compare(old, new)
        #expect(comparison.changed.map(\.relativeKey) == ["invites-ms"])
        #expect(comparison.changed.first?.keyInB == "R174-2014/invites-ms")
        #expect(comparison.changed.first?.textInB == "to provide support.")
        #expect(comparison.onlyInA.isEmpty && comparison.onlyInB.isEmpty)
    }
}
