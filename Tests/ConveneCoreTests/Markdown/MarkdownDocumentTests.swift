import Testing
@testable import ConveneCore

@Suite("Markdown document builder")
struct MarkdownDocumentTests {
    @Test("blocks are separated by one blank line and the file ends with one newline")
    func spacing() {
        var document = MarkdownDocument()
        document.heading("Draft agenda", level: 1)
        document.paragraph("First paragraph.")
        document.bulletList(["a", "b"])
        #expect(document.rendered() == "# Draft agenda\n\nFirst paragraph.\n\n- a\n- b\n")
    }

    @Test("an empty document is an empty file, and empty blocks add nothing")
    func empty() {
        var document = MarkdownDocument()
        #expect(document.rendered() == "")
        document.paragraph("  \n ")
        document.bulletList([String]())
        document.notes("\n\n", below: 2)
        document.blockQuote("")
        #expect(document.rendered() == "")
    }

    @Test("front matter comes first as quoted YAML between --- lines")
    func frontMatter() {
        var document = MarkdownDocument(frontMatter: [("title", "Draft agenda: \"C5\""), ("odd key", "x")])
        document.paragraph("Body")
        #expect(document.rendered() == "---\ntitle: \"Draft agenda: \\\"C5\\\"\"\n\"odd key\": \"x\"\n---\n\nBody\n")
    }

    @Test("headings escape user text and clamp their level")
    func headings() {
        var document = MarkdownDocument()
        document.heading("# title #", level: 0)
        document.heading([.text("1.2 "), .text("Views *of* members")], level: 9)
        #expect(document.rendered() == "# \\# title \\#\n\n###### 1.2 Views \\*of\\* members\n")
    }

    @Test("numbered paragraphs keep 1.1 as typed and neutralise a number that reads as a list")
    func numberedParagraphs() {
        var document = MarkdownDocument()
        document.numberedParagraph("1.1", "The Chair opened the meeting.")
        document.numberedParagraph("2.", "- not a list")
        #expect(document.rendered() == "1.1 The Chair opened the meeting.\n\n2\\. \\- not a list\n")
    }

    @Test("spans put labels in bold next to escaped user text")
    func spans() {
        var document = MarkdownDocument()
        document.paragraph([.strong("Chair:"), .text(" Ana *Souza*"), .text(""), .strong("")])
        document.lines([[.strong("Document:"), .text(" C5/1")], [.text("Original: English")]])
        #expect(document.rendered() == "**Chair:** Ana \\*Souza\\*\n\n**Document:** C5/1\\\nOriginal: English\n")
    }

    @Test("block quotes keep the quoted text's paragraphs")
    func blockQuotes() {
        var document = MarkdownDocument()
        document.blockQuote(paragraphs: [[.emphasis("recalling"), .text(" g)")]])
        document.blockQuote("to organize meetings\nof Member States\n\n- and stakeholders")
        #expect(document.rendered() == "> *recalling* g)\n\n> to organize meetings of Member States\n>\n> \\- and stakeholders\n")
    }

    @Test("a list after notes that end in a dash list uses another bullet so it stays separate")
    func listsStaySeparate() {
        var document = MarkdownDocument()
        document.notes("- user point", below: 2)
        document.bulletList(["decision"])
        document.bulletList(["action"])
        #expect(document.rendered() == "- user point\n\n* decision\n\n- action\n")
    }

    @Test("the same calls give byte-identical documents")
    func deterministic() {
        func build() -> String {
            var document = MarkdownDocument(frontMatter: [("title", "山田")])
            document.heading("Item", level: 2)
            var table = MarkdownTable(columns: [.init("A")])
            table.addRow(["x|y"])
            document.table(table)
            document.notes("# n\n<b>", below: 2)
            return document.rendered()
        }
        #expect(Array(build().utf8) == Array(build().utf8))
    }
}
