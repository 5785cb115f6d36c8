import Foundation
import Testing
@testable import ConveneCore

/// The shipped files in Data/resolutions, and importing the same texts by hand.
@Suite("Shipped corpus")
struct CorpusShippedTests {
    @Test("the three shipped documents load with no warning but Res. 130's page header left out")
    func loads() throws {
        let parsed = try ShippedCorpus.loadParsed(dataDirectory: CorpusFixtures.dataDirectory)
        #expect(parsed.map(\.document.id) == ["R130-2006", "R174-2010", "R174-2022-RCC"])
        #expect(parsed.map { $0.warnings.map(\.description) } == [
            ["line 143: left out 'Res. 130 434' as page furniture (running header, page number or footer)"], [], [],
        ])
    }

    @Test("shipped metadata says what each document is")
    func metadata() throws {
        let documents = try ShippedCorpus.load(dataDirectory: CorpusFixtures.dataDirectory)
        let byId = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        let res174 = try #require(byId["R174-2010"])
        #expect(res174.metadata == ResolutionMetadata(
            id: "R174-2010", number: "174",
            title: "ITU's role with regard to international public policy issues relating to the risk of illicit use of information and communication technologies",
            conference: "Guadalajara", year: 2010, language: "en", kind: .resolution
        ))
        #expect(byId["R130-2006"]?.metadata.conference == "Rev. Antalya")
        #expect(byId["R130-2006"]?.metadata.revises == "R130-2002")
        #expect(byId["R174-2022-RCC"]?.metadata == CorpusFixtures.rccMetadata)
    }

    @Test("each shipped file holds its seed text unchanged after the header")
    func seedTextUnchanged() throws {
        let pairs: [(String, CorpusFixtures.Seed)] = [
            ("R174-2010", .res174Guadalajara), ("R130-2006", .res130Antalya), ("R174-2022-RCC", .res174RCCProposal),
        ]
        for (id, seed) in pairs {
            let url = CorpusFixtures.dataDirectory.appendingPathComponent("resolutions/\(id).txt")
            let source = try ResolutionFile.read(try String(contentsOf: url, encoding: .utf8), source: url.path)
            #expect(source.text == (try CorpusFixtures.seedText(seed)), "\(id)")
            #expect(source.metadata.id == id)
        }
    }

    @Test("importing the English seed texts without metadata gives the shipped documents")
    func importInfersMetadata() throws {
        let shipped = try ShippedCorpus.load(dataDirectory: CorpusFixtures.dataDirectory)
        for seed in [CorpusFixtures.Seed.res174Guadalajara, .res130Antalya] {
            let imported = try CorpusFixtures.parser().parse(text: CorpusFixtures.seedText(seed)).document
            #expect(shipped.first { $0.id == imported.id } == imported, "\(seed)")
        }
    }

    @Test("importing the Chinese proposal with its metadata gives the shipped document")
    func importWithMetadata() throws {
        let shipped = try ShippedCorpus.load(dataDirectory: CorpusFixtures.dataDirectory)
        let data = Data(try CorpusFixtures.seedText(.res174RCCProposal).utf8)
        let imported = try CorpusFixtures.parser().parse(data: data, metadata: CorpusFixtures.rccMetadata).document
        #expect(shipped.first { $0.id == "R174-2022-RCC" } == imported)
    }

    @Test("a title line in capitals is read as the conference")
    func capitalTitleLine() throws {
        let text = "RESOLUTION 174 (GUADALAJARA, 2010)\n\nA title\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),\n\nnoting\n\nthat it works.\n"
        let document = try CorpusFixtures.parser().parse(text: text).document
        #expect(document.id == "R174-2010")
        #expect(document.metadata.conference == "Guadalajara")
        #expect(document.metadata.title == "A title")
        #expect(ResolutionCitation.document(document) == "Res. 174 (Guadalajara, 2010)")
    }

    @Test("the Chinese proposal cannot be imported without metadata")
    func chineseNeedsMetadata() throws {
        let text = try CorpusFixtures.seedText(.res174RCCProposal)
        #expect(throws: ConveneError.self) { try CorpusFixtures.parser().parse(text: text) }
    }

    @Test("a resolution file survives writing and reading")
    func fileRoundTrip() throws {
        let source = ResolutionSource(metadata: CorpusFixtures.rccMetadata, text: "考虑到\na)\t文本；\n---\n")
        #expect(try ResolutionFile.read(ResolutionFile.render(source), source: "test") == source)
        var withoutRevision = source
        withoutRevision.metadata.revises = nil
        #expect(try ResolutionFile.read(ResolutionFile.render(withoutRevision), source: "test") == withoutRevision)
    }

    @Test("a resolution file without separator or with a bad header is refused with a sentence")
    func badFiles() {
        #expect(throws: ConveneError.missingData("x.txt has no '---' line between its header and the resolution text")) {
            try ResolutionFile.read("id: R1-2000\nconsidering\n", source: "x.txt")
        }
        #expect(throws: ConveneError.missingData("x.txt header lacks 'number'")) {
            try ResolutionFile.read("id: R1-2000\n---\ntext", source: "x.txt")
        }
        let badKind = "id: R1\nnumber: 1\ntitle: t\nconference: c\nyear: 2000\nlanguage: en\nkind: treaty\n---\n"
        #expect(throws: ConveneError.missingData("x.txt header: kind 'treaty' is neither 'resolution' nor 'proposal'")) {
            try ResolutionFile.read(badKind, source: "x.txt")
        }
    }
}
