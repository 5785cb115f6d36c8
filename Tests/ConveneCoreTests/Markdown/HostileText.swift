/// User text chosen to break Markdown: each must survive as literal text.
enum HostileText {
    static let names: [String] = [
        "A|B", "*bold*", "`x`", "<script>", "<script>alert(1)</script>", "# title", "1. x", "- x", "+ x",
        "> quote", "[link](http://x)", "![img](x)", "&amp;", "~~strike~~", "back\\slash",
        "ends with backslash\\", "trailing two spaces  ", "a name\nwith a newline", "---", "===",
        "tab\tinside", "    leading four spaces", "http://autolink.example", "www.example.org",
        "nul\u{0}and\u{7}bell", "_under_", "**strong**", "a\\|b", "|", "\\", "|||", "#", "1)",
        "2010.", "&#42; star", "<http://x.example>", "[^1]", "$x$", "***", "- [ ] task",
        "```", "~~~", "<!-- comment -->", "line one\r\nline two", "山田太郎 | 北京", "Café\u{301}",
        "*\u{301}accent*", "    ", "",
    ]
}
