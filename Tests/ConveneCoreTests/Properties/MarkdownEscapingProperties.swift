import Foundation
import PropertyBased
import Testing
@testable import ConveneCore

/// Markdown escaping for any text: cmark-gfm reads back exactly the literal text a reader is
/// promised (`MarkdownText.visibleText`) and no structure.
@Suite("Markdown escaping, property-based")
struct MarkdownEscapingProperties {
    /// Half the picks are Markdown's troublemakers, half any code point.
    static let picks = Gen<Int>.value(in: 0...(MarkdownPropertyTests.alphabet.count * 2 - 1)).array(of: 0...16)
    static let codePoints = Gen<UInt32>.value(in: 0...0x10FFFF).array(of: 16)

    static func text(_ picks: [Int], _ codePoints: [UInt32]) -> String {
        let alphabet = MarkdownPropertyTests.alphabet
        return picks.enumerated().map { index, pick in
            pick < alphabet.count ? alphabet[pick] : String(Character(Unicode.Scalar(codePoints[index]) ?? "\u{FFFD}"))
        }.joined()
    }

    @Test("escaped text is one literal paragraph, and a literal table cell")
    func literal() async {
        // Each case runs cmark-gfm once; 60 cases take about a second.
        await propertyCheck(count: 60, input: Self.picks, Self.codePoints) { picks, codePoints in
            let text = Self.text(picks, codePoints)
            let visible = MarkdownText.visibleText(of: text)
            var document = MarkdownDocument()
            document.paragraph(text)
            var table = MarkdownTable(columns: [.init("A"), .init("B")])
            table.addRow([text, "end"])
            document.table(table)
            let markdown = document.rendered()
            let root = try CommonMarkParser.parse(markdown, extensions: ["table", "strikethrough", "autolink"])
            let expected = visible.isEmpty ? ["table"] : ["paragraph", "table"]
            try #require(root.children.map(\.name) == expected, "\(text.debugDescription) gave\n\(markdown)")
            if !visible.isEmpty {
                #expect(root.children[0].plainText == visible, "\(text.debugDescription)")
                #expect(root.children[0].structuralInlineNames.isEmpty, "\(text.debugDescription)")
            }
            let rows = root.children.last?.descendants(named: "table_row") ?? []
            #expect(rows.count == 1, "\(text.debugDescription)")
            #expect(rows.first?.children.map(\.plainText) == [visible, "end"], "\(text.debugDescription)")
        }
    }
}
