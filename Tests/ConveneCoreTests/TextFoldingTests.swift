import Testing
@testable import ConveneCore

@Suite("Text folding for search")
struct TextFoldingTests {
    @Test("sao finds São and SÃO")
    func diacritics() {
        #expect(TextFolding.fold("São") == "sao")
        #expect(TextFolding.fold("SÃO PAULO") == "sao paulo")
    }

    @Test("letters that do not decompose still fold")
    func specialLetters() {
        #expect(TextFolding.fold("Łódź") == "lodz")
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("Søren") == "soren")
    }

    @Test("CJK text passes through so substrings match")
    func cjk() {
        let terms = TextFolding.queryTerms("太郎")
        #expect(TextFolding.matches(folded: TextFolding.fold("山田太郎"), terms: terms))
        #expect(!TextFolding.matches(folded: TextFolding.fold("山田花子"), terms: terms))
    }

    @Test("every word of the query must match")
    func allTerms() {
        let haystack = TextFolding.fold("Ana Souza — Anatel, Brazil")
        #expect(TextFolding.matches(folded: haystack, terms: TextFolding.queryTerms("souza BRAZIL")))
        #expect(!TextFolding.matches(folded: haystack, terms: TextFolding.queryTerms("souza chile")))
    }

    @Test("full-width Latin folds to ASCII")
    func fullWidth() {
        #expect(TextFolding.fold("ＩＴＵ") == "itu")
    }
}

@Suite("Byte matching of folded text")
struct FoldedMatchingTests {
    @Test("substring search finds overlapping and repeated prefixes, not longer needles", arguments: [
        ("aaab", "aab", true), ("abcabd", "abd", true), ("ab", "abc", false), ("", "a", false),
        ("souza", "", true), ("山田太郎", "田太", true), ("山田太郎", "郎山", false), ("sao paulo", "o p", true),
    ])
    func substring(haystack: String, term: String, expected: Bool) {
        #expect(TextFolding.matches(folded: haystack, terms: term.isEmpty ? [] : [term]) == expected)
    }

    @Test("Vietnamese, Greek and Cyrillic letters fold through the general rule")
    func otherScripts() {
        #expect(TextFolding.fold("Nguyễn Thị Ánh") == "nguyen thi anh")
        #expect(TextFolding.fold("Ωμέγα") == "ωμεγα")
        #expect(TextFolding.fold("ЙОШКАР") == "иошкар")
    }
}
