import Testing
@testable import ConveneCore

@Suite("Markdown notes keep their formatting below the item heading")
struct MarkdownNotesTests {
    private func demote(_ notes: String, below level: Int = 2) -> String {
        MarkdownNotes.demoteHeadings(in: notes, below: level)
    }

    @Test("ATX headings move below the item's level, keeping their relative depth")
    func atxHeadings() {
        #expect(demote("# Views\ntext\n## Africa") == "### Views\ntext\n#### Africa")
        #expect(demote("  # Indented #") == "  ### Indented")
    }

    @Test("headings that would pass level 6 become bold paragraphs")
    func beyondSix() {
        #expect(demote("# A\n## B\n### C ###", below: 4) == "##### A\n###### B\n**C**")
        #expect(demote("#", below: 6) == "\\#")
        #expect(demote("> a\n###### x\n===") == "> a\n\n**x**\n\n===")
    }

    @Test("setext headings are rewritten as ATX headings below the item's level")
    func setextHeadings() {
        #expect(demote("Summary\n=======\nbody") == "### Summary\nbody")
        #expect(demote("Two line\ntitle\n---") == "#### Two line title")
        #expect(demote("> Quoted\n> ---") == "> #### Quoted")
    }

    @Test("a thematic break is not mistaken for a setext underline")
    func thematicBreaks() {
        #expect(demote("para\n\n---\n\nmore") == "para\n\n---\n\nmore")
        #expect(demote("- item\n---") == "- item\n---")
    }

    @Test("headings inside block quotes and list items are demoted too")
    func containers() {
        #expect(demote("> # Quoted") == "> ### Quoted")
        #expect(demote("- # In a list") == "- ### In a list")
        #expect(demote("1. first\n\n   ## Nested") == "1. first\n\n   #### Nested")
    }

    @Test("code fences are left exactly as typed, with # and HTML inside")
    func fencedCode() {
        let notes = "```sh\n# not a heading\n<script>x</script>\n```\n# Heading"
        #expect(demote(notes) == "```sh\n# not a heading\n<script>x</script>\n```\n### Heading")
        #expect(demote("~~~~\n```\n# x\n~~~~") == "~~~~\n```\n# x\n~~~~")
    }

    @Test("an unterminated code fence is closed at the end of the notes")
    func unterminatedFence() {
        #expect(demote("text\n````\ncode") == "text\n````\ncode\n````")
        #expect(demote("> ```\n> code") == "> ```\n> code\n> ```")
    }

    @Test("indented code is left alone")
    func indentedCode() {
        #expect(demote("para\n\n    # code\n    <b>") == "para\n\n    # code\n    <b>")
    }

    @Test("raw HTML blocks and inline tags are escaped so they show as typed")
    func html() {
        #expect(demote("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>")
        #expect(demote("<div>\n# x\n</div>") == "\\<div>\n### x\n\\</div>")
        #expect(demote("a <b>bold</b> and <!-- c --> and <http://x>") == "a \\<b>bold\\</b> and \\<!-- c --> and \\<http://x>")
        #expect(demote("a < b and 1<2") == "a < b and 1<2")
    }

    @Test("HTML inside code spans stays as typed, even across lines of a paragraph")
    func codeSpans() {
        #expect(demote("use `<br>` here") == "use `<br>` here")
        #expect(demote("a `b\nc` <i>") == "a `b\nc` \\<i>")
        #expect(demote("\\`<i>`") == "\\`\\<i>`")
    }

    @Test("table rows in notes escape HTML and keep the table")
    func tables() {
        #expect(demote("| a | b |\n| - | - |\n| `<i>` | <b> |\n---") == "| a | b |\n| - | - |\n| `\\<i>` | \\<b> |\n---")
    }

    @Test("line endings are normalised and control characters replaced")
    func normalisation() {
        #expect(demote("\n\na\r\nb\rc\u{0}\n\n") == "a\nb\nc\u{FFFD}")
    }

    @Test("emphasis, links and lists the user typed are kept")
    func formattingKept() {
        let notes = "The *chair* noted [Res. 174](https://www.itu.int).\n\n- one\n- two"
        #expect(demote(notes) == notes)
    }
}
