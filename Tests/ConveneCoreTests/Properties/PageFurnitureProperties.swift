import Foundation
import PropertyBased
import Testing
@testable import ConveneCore

/// Page furniture shuffled into a known-good text at random line breaks — as a PDF copy
/// prints it wherever a page ends — leaves every clause as it was.
@Suite("Page furniture anywhere, property-based")
struct PageFurnitureProperties {
    /// Running headers and page numbers in the splits PDF-to-text copies make: header and
    /// number on one line or two, in either order, with or without blank lines around them.
    static let furniture: [[String]] = [
        ["Res. 174"], ["380"], ["Res. 174 380"], ["380 Res. 174"], ["Res. 174", "380"], ["380", "Res. 174"],
        ["", "381", ""], ["", "Res. 174", "", "381", ""], ["- 12 -"], ["Page 3 of 9"], ["第174号决议", "382"],
    ]
    static let seeds: [CorpusFixtures.Seed] = [.res174Guadalajara, .res130Antalya]

    static let breaks = Gen<Int>.value(in: 0...10_000).array(of: 1...6)
    static let kinds = Gen<Int>.value(in: 0...(furniture.count - 1)).array(of: 6)
    static let seedChoice = Gen<Int>.value(in: 0...(seeds.count - 1))

    @Test("clauses come out unchanged wherever headers and page numbers fall, and each left-out line is warned")
    func clausesUnchanged() async throws {
        let parser = try CorpusFixtures.parser()
        let clean = try Self.seeds.map { try parser.parse(text: CorpusFixtures.seedText($0)) }
        await propertyCheck(count: 200, input: Self.seedChoice, Self.breaks, Self.kinds) { seedIndex, breaks, kinds in
            var lines = (try? CorpusFixtures.seedText(Self.seeds[seedIndex]))?
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
            try #require(!lines.isEmpty)
            var inserted = 0
            for (offset, position) in breaks.enumerated().sorted(by: { $0.element > $1.element }) {
                let insertion = Self.furniture[kinds[offset]]
                lines.insert(contentsOf: insertion, at: position % (lines.count + 1))
                inserted += insertion.filter { !$0.isEmpty }.count
            }
            let text = lines.joined(separator: "\n")
            let parsed = try parser.parse(text: text)
            let expected = clean[seedIndex].document
            #expect(parsed.document.clauses.map(\.key) == expected.clauses.map(\.key), "\(text)")
            #expect(parsed.document.clauses.map(\.text) == expected.clauses.map(\.text), "\(text)")
            #expect(parsed.document.metadata == expected.metadata)
            let furnitureWarnings = parsed.warnings.filter { $0.kind == .furniture }.count
            let seedFurniture = clean[seedIndex].warnings.filter { $0.kind == .furniture }.count
            #expect(furnitureWarnings == inserted + seedFurniture)
            #expect(parsed.warnings.allSatisfy { $0.kind == .furniture })
        }
    }
}
