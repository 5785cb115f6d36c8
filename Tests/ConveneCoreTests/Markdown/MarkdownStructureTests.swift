import Testing
@testable import ConveneCore

/// Parses what we write with the real cmark-gfm and checks the structure a reader gets.
@Suite("Markdown structure seen by cmark-gfm")
struct MarkdownStructureTests {
    /// Tables only, as the exports promise; and everything GitHub enables.
    static let extensionSets: [[String]] = [["table"], ["table", "strikethrough", "autolink", "tasklist"]]

    @Test("hostile user text stays literal in headings, paragraphs, lists, quotes and cells",
          arguments: HostileText.names)
    func hostileTextStaysLiteral(_ hostile: String) throws {
        var table = MarkdownTable(columns: [.init("A"), .init("B"), .init("C")])
        table.addRow([hostile, hostile, hostile])
        var document = MarkdownDocument(frontMatter: [("title", hostile)])
        document.heading(hostile, level: 2)
        document.paragraph(hostile)
        document.bulletList([hostile])
        document.numberedParagraph("1.1", hostile)
        document.blockQuote(hostile)
        document.table(table)
        let markdown = document.rendered()
        let visible = MarkdownText.visibleText(of: hostile)

        for extensions in Self.extensionSets {
            let root = try CommonMarkParser.parse(markdown, extensions: extensions)
            let expected = visible.isEmpty
                ? ["heading", "list", "paragraph", "table"]
                : ["heading", "paragraph", "list", "paragraph", "block_quote", "table"]
            try #require(root.children.map(\.name) == expected, "\(extensions): \(markdown)")
            let blocks = root.children
            let item = blocks[visible.isEmpty ? 1 : 2].descendants(named: "item")
            #expect(item.count == 1)
            var texts = [blocks[0].plainText] + item.map(\.plainText)
            if !visible.isEmpty {
                texts += [blocks[1].plainText, blocks[4].plainText]
            }
            #expect(texts.allSatisfy { $0 == visible }, "\(extensions): \(texts) for \(markdown)")
            #expect(blocks[visible.isEmpty ? 2 : 3].plainText == (visible.isEmpty ? "1.1" : "1.1 " + visible))

            let tableNode = blocks[blocks.count - 1]
            let rows = tableNode.descendants(named: "table_row")
            try #require(rows.count == 1, "\(extensions): \(markdown)")
            #expect(rows[0].children.map(\.plainText) == [visible, visible, visible])

            for block in blocks {
                let inlineNames = Set(block.descendants.map(\.name)).subtracting(Self.blockNames)
                #expect(inlineNames.isSubset(of: ["text", "linebreak"]), "\(extensions): \(inlineNames) in \(block)")
            }
        }
    }

    static let blockNames: Set<String> = [
        "heading", "paragraph", "list", "item", "block_quote", "table", "table_header", "table_row", "table_cell",
    ]

    @Test("the front matter value comes back intact from YAML")
    func frontMatterIsOneLine() {
        let document = MarkdownDocument(frontMatter: [("title", "a\n---\nb: c")])
        let lines = document.rendered().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == ["---", "title: \"a\\n---\\nb: c\"", "---", ""])
    }

    @Test("a paragraph with hard breaks stays one paragraph with the lines in it")
    func hardBreaksStayInOneParagraph() throws {
        var document = MarkdownDocument()
        document.paragraph("Place des Nations\n# 1211\n- Geneva\n===", lineBreaks: .hardBreak)
        let root = try CommonMarkParser.parse(document.rendered())
        try #require(root.children.map(\.name) == ["paragraph"])
        #expect(root.children[0].plainText == "Place des Nations\n# 1211\n- Geneva\n===")
    }

    @Test("spans joined together cannot build a construct across their boundary")
    func spanBoundaries() throws {
        let cases: [[MarkdownSpan]] = [
            [.text("1"), .text(". x")], [.text("12"), .text(") x")], [.text("AT&"), .text("amp;")],
            [.text("&#"), .text("42;")], [.text("http:"), .text("//x.example")], [.text("www"), .text(".x.example")],
            [.text("a "), .strong("b"), .text("c")],
        ]
        for spans in cases {
            var document = MarkdownDocument()
            document.paragraph(spans)
            let markdown = document.rendered()
            let root = try CommonMarkParser.parse(markdown, extensions: ["table", "autolink"])
            let expected = spans.map { span -> String in
                switch span {
                case .text(let text), .strong(let text), .emphasis(let text): return text
                }
            }.joined()
            #expect(root.children.map(\.name) == ["paragraph"], "\(markdown)")
            #expect(root.plainText == expected, "\(markdown)")
            #expect(root.descendants.allSatisfy { ["paragraph", "text", "strong"].contains($0.name) }, "\(root)")
        }
    }

    @Test("item headings, notes and the blocks after them keep the document outline")
    func notesKeepTheOutline() throws {
        let notes = """
            # Views
            Delegates <b>agreed</b>.

            Details
            -------
            ```
            # shell comment
            <script>
            """
        var document = MarkdownDocument()
        document.heading("1. Opening", level: 2)
        document.notes(notes, below: 2)
        document.heading("2. Next item", level: 2)
        let root = try CommonMarkParser.parse(document.rendered())
        let headings = root.descendants(named: "heading")
        #expect(headings.map { $0.level ?? 0 } == [2, 3, 4, 2])
        #expect(headings.map(\.plainText) == ["1. Opening", "Views", "Details", "2. Next item"])
        #expect(root.descendants(named: "code_block").map(\.literal) == ["# shell comment\n<script>\n"])
        #expect(root.descendants.allSatisfy { $0.name != "html_block" && $0.name != "html_inline" })
        #expect(root.children.last?.name == "heading")
    }
}
