import Testing
@testable import ConveneCore

@Suite("Markdown text escaping")
struct MarkdownTextTests {
    @Test("plain words and everyday punctuation are left readable")
    func plainText() {
        #expect(MarkdownText.inline("Ana Souza, Anatel (Brazil): 10:00-11:30.") == "Ana Souza, Anatel (Brazil): 10:00-11:30.")
        #expect(MarkdownText.inline("山田太郎") == "山田太郎")
    }

    @Test("emphasis, code, link, HTML and pipe characters are backslash-escaped everywhere")
    func alwaysEscaped() {
        #expect(MarkdownText.inline("*bold* _it_ `x`") == "\\*bold\\* \\_it\\_ \\`x\\`")
        #expect(MarkdownText.inline("[link](http://x)") == "\\[link\\](http\\://x)")
        #expect(MarkdownText.inline("<script>") == "\\<script\\>")
        #expect(MarkdownText.inline("A|B") == "A\\|B")
        #expect(MarkdownText.inline("a\\b") == "a\\\\b")
        #expect(MarkdownText.inline("~~strike~~ $x$ # 5") == "\\~\\~strike\\~\\~ \\$x\\$ \\# 5")
    }

    @Test("list markers, setext underlines and breaks are neutralised only at the start")
    func lineStart() {
        #expect(MarkdownText.inline("- x") == "\\- x")
        #expect(MarkdownText.inline("+ x") == "\\+ x")
        #expect(MarkdownText.inline("---") == "\\---")
        #expect(MarkdownText.inline("===") == "\\===")
        #expect(MarkdownText.inline("1. x") == "1\\. x")
        #expect(MarkdownText.inline("12) x") == "12\\) x")
        #expect(MarkdownText.inline("2010.") == "2010\\.")
        #expect(MarkdownText.inline("a - b + c = d") == "a - b + c = d")
    }

    @Test("a section number such as 1.1 is not a list marker and stays as typed")
    func sectionNumbers() {
        #expect(MarkdownText.inline("1.1 Opening") == "1.1 Opening")
        #expect(MarkdownText.inline("1234567890. x") == "1234567890. x")
    }

    @Test("only ampersands that would decode as character references are escaped")
    func ampersands() {
        #expect(MarkdownText.inline("&amp;") == "\\&amp;")
        #expect(MarkdownText.inline("&#42; &#x2A;") == "\\&\\#42; \\&\\#x2A;")
        #expect(MarkdownText.inline("AT&T & co; R&D") == "AT&T & co; R&D")
    }

    @Test("URLs stay literal text instead of becoming GFM autolinks")
    func urls() {
        #expect(MarkdownText.inline("http://autolink.example") == "http\\://autolink.example")
        #expect(MarkdownText.inline("see WWW.itu.int") == "see WWW\\.itu.int")
    }

    @Test("line breaks and the blanks around them become one space")
    func lineBreaks() {
        #expect(MarkdownText.inline("a name\nwith a newline") == "a name with a newline")
        #expect(MarkdownText.inline("one  \r\n  two\rthree\u{2028}four") == "one two three four")
        #expect(MarkdownText.inline("one\n\n\ntwo") == "one two")
    }

    @Test("a caller can ask for hard breaks, each line neutralised on its own")
    func hardBreaks() {
        #expect(MarkdownText.inline("Geneva\n# 2\n\n- x", lineBreaks: .hardBreak) == "Geneva\\\n\\# 2\\\n\\- x")
    }

    @Test("control characters become U+FFFD and tabs are kept")
    func controlCharacters() {
        #expect(MarkdownText.inline("nul\u{0}bell\u{7}del\u{7F}c1\u{9B}") == "nul\u{FFFD}bell\u{FFFD}del\u{FFFD}c1\u{FFFD}")
        #expect(MarkdownText.inline("tab\tinside") == "tab\tinside")
    }

    @Test("whitespace at the ends is dropped so nothing becomes indented code")
    func trimming() {
        #expect(MarkdownText.inline("    leading four spaces") == "leading four spaces")
        #expect(MarkdownText.inline("trailing two spaces  ") == "trailing two spaces")
        #expect(MarkdownText.inline(" \t\n ") == "")
    }

    @Test("a combining accent after a star does not hide the star from the parser")
    func combiningMarks() {
        #expect(MarkdownText.inline("*\u{301}x*") == "\\*\u{301}x\\*")
    }

    @Test("table cells escape pipes and backslashes and never contain a line break")
    func tableCells() {
        #expect(MarkdownText.tableCell("a\\|b") == "a\\\\\\|b")
        #expect(MarkdownText.tableCell("x\ny|z") == "x y\\|z")
        #expect(MarkdownText.tableCell("") == "")
    }

    @Test("visible text is what a reader sees after the documented substitutions")
    func visibleText() {
        #expect(MarkdownText.visibleText(of: "  a\u{0}\n\tb  ") == "a\u{FFFD} b")
    }

    @Test("front matter values are always double-quoted YAML on one line")
    func yamlScalars() {
        #expect(MarkdownText.yamlScalar("Regional dialogue") == "\"Regional dialogue\"")
        #expect(MarkdownText.yamlScalar("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"")
        #expect(MarkdownText.yamlScalar("a\nb\r\tc") == "\"a\\nb\\r\\tc\"")
        #expect(MarkdownText.yamlScalar("\u{0}\u{1B}\u{85}\u{2028}\u{FEFF}") == "\"\\0\\x1B\\N\\L\\uFEFF\"")
        #expect(MarkdownText.yamlScalar("---\n---") == "\"---\\n---\"")
        #expect(MarkdownText.yamlScalar("山田: #1") == "\"山田: #1\"")
    }
}
