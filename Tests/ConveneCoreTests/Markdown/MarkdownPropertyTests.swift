import Foundation
import Testing
@testable import ConveneCore

/// Random user text from a hostile alphabet, with a fixed seed so every run checks the
/// same cases, parsed back with cmark-gfm.
@Suite("Markdown escaping holds for random hostile text")
struct MarkdownPropertyTests {
    static let alphabet: [String] = [
        "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#", "!", "-", "+", "=", ".", "~", "&", "\n", "\t",
        " ", "  ", "a", "b", "Z", "1", "9", ")", "(", ":", "/", ";", "w", "$", "^", "\"", "'",
        "山", "田", "北京", "\u{301}", "\u{0}", "\u{1B}", "\r\n", "amp;", "http://", "www.", "```", "---", "    ",
    ]

    static func randomText(using generator: inout SeededGenerator, maximumPieces: Int = 12) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        return (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
    }

    @Test("a three-cell row of random text is always one row of three literal cells")
    func tableRows() throws {
        var generator = SeededGenerator(seed: 174)
        for _ in 0..<8 {
            var document = MarkdownDocument()
            var expectedRows: [[String]] = []
            for _ in 0..<50 {
                let cells = (0..<3).map { _ in Self.randomText(using: &generator) }
                var table = MarkdownTable(columns: [.init("A"), .init("B", alignment: .center), .init("C", alignment: .right)])
                table.addRow(cells)
                document.table(table)
                expectedRows.append(cells.map(MarkdownText.visibleText(of:)))
            }
            let markdown = document.rendered()
            let root = try CommonMarkParser.parse(markdown)
            try #require(root.children.count == expectedRows.count && root.children.allSatisfy { $0.name == "table" },
                         "tables broke apart in:\n\(markdown)")
            for (table, expected) in zip(root.children, expectedRows) {
                let rows = table.descendants(named: "table_row")
                #expect(rows.count == 1, "\(expected)")
                #expect(rows.first?.children.map(\.plainText) == expected)
                #expect(table.structuralInlineNames.isSubset(of: ["table_header", "table_row", "table_cell"]),
                        "\(table.structuralInlineNames) for \(expected)")
            }
        }
    }

    @Test("random text in a heading and a paragraph stays one heading and one literal paragraph")
    func headingsAndParagraphs() throws {
        var generator = SeededGenerator(seed: 2010)
        for _ in 0..<6 {
            var document = MarkdownDocument()
            var expected: [(name: String, text: String)] = []
            for _ in 0..<40 {
                let text = Self.randomText(using: &generator)
                document.heading(text, level: 3)
                document.paragraph(text)
                let visible = MarkdownText.visibleText(of: text)
                expected.append(("heading", visible))
                if !visible.isEmpty { expected.append(("paragraph", visible)) }
            }
            let markdown = document.rendered()
            let root = try CommonMarkParser.parse(markdown, extensions: ["table", "strikethrough", "autolink"])
            try #require(root.children.map(\.name) == expected.map(\.name), "blocks changed in:\n\(markdown)")
            for (block, wanted) in zip(root.children, expected) {
                #expect(block.plainText == wanted.text)
                #expect(block.structuralInlineNames.isEmpty, "\(block.structuralInlineNames) in \(block)")
            }
        }
    }

    static let noteLinePieces: [String] = [
        "# ", "## ", "###### ", "#", "===", "---", "- - -", "***", "```", "````", "~~~", "> ", ">", "- ", "* ", "+ ",
        "1. ", "2) ", "  ", "    ", "\t", "<div>", "<script>", "</p>", "<!--", "<?x", "<http://x>", "`", "``",
        "text", "Views", "| a | b |", "|---|---|", "| - |", ":-:", "\\", "*em*", "[l](u)", "<", "x<b>y", "&lt;",
        "1.", "10. ", "-\t", " > ", "   ", "\t> ", "=", "-", "~~~~", "<pre>", "<a href=x>", "</div>",
    ]

    @Test("random notes never reach the item's heading level, never inject HTML and never swallow what follows")
    func notes() throws {
        // CONVENE_NOTES_ROUNDS and CONVENE_NOTES_SEED run a longer or different search.
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["CONVENE_NOTES_ROUNDS"].flatMap(Int.init) ?? 300
        var generator = SeededGenerator(seed: environment["CONVENE_NOTES_SEED"].flatMap(UInt64.init) ?? 174_2022)
        for round in 0..<rounds {
            let lineCount = Int.random(in: 1...8, using: &generator)
            let notes = (0..<lineCount).map { _ in
                (0..<Int.random(in: 0...4, using: &generator))
                    .map { _ in Self.noteLinePieces.randomElement(using: &generator) ?? "" }.joined()
            }.joined(separator: "\n")
            var document = MarkdownDocument()
            document.heading("Item", level: 2)
            document.notes(notes, below: 2)
            document.bulletList(["Sentinel item"])
            document.heading("Sentinel", level: 2)
            let markdown = document.rendered()
            let root = try CommonMarkParser.parse(markdown)

            let topHeadings = root.descendants(named: "heading").filter { ($0.level ?? 0) <= 2 }
            #expect(topHeadings.map(\.plainText) == ["Item", "Sentinel"], "round \(round): notes \(notes.debugDescription)\n\(markdown)")
            #expect(root.descendants.allSatisfy { $0.name != "html_block" && $0.name != "html_inline" },
                    "round \(round): HTML from notes \(notes.debugDescription)\n\(markdown)")
            let tail = root.children.suffix(2)
            #expect(tail.map(\.name) == ["list", "heading"], "round \(round): notes \(notes.debugDescription)\n\(markdown)")
            #expect(tail.first?.children.count == 1 && tail.first?.plainText == "Sentinel item",
                    "round \(round): notes \(notes.debugDescription)\n\(markdown)")
        }
    }
}
