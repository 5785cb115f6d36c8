import Testing
@testable import ConveneTUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII letters take one column each")
    func ascii() {
        #expect(DisplayWidth.of("Delegate list") == 13)
        #expect(DisplayWidth.of(Character("a")) == 1)
    }

    @Test("CJK, Hangul and fullwidth characters take two columns")
    func wide() {
        #expect(DisplayWidth.of("张伟") == 4)
        #expect(DisplayWidth.of("국제전기통신연합") == 16)
        #expect(DisplayWidth.of("ＩＴＵ") == 6)
        #expect(DisplayWidth.of("、。") == 4)
        #expect(DisplayWidth.of("𠀋") == 2)  // CJK Extension B, outside the BMP
    }

    @Test("combining marks and zero-width joiners add nothing")
    func zeroWidth() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("São Tomé") == 8)
        #expect(DisplayWidth.of("Sa\u{303}o") == 3)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.width(ofScalar: "\u{301}") == 0)
    }

    @Test("a cluster takes the sum of its code points' widths, as wcwidth and the terminal count them")
    func clusters() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)  // two regional indicators, one column each
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("❤️") == 1)  // the variation selector adds nothing
        #expect(DisplayWidth.of("☎\u{FE0E}") == 1)
        #expect(DisplayWidth.of("1️⃣") == 1)
        #expect(DisplayWidth.of("👍🏽") == 4)  // the skin tone is a wide code point of its own
        #expect(DisplayWidth.of("👩‍💻") == 4)
        #expect(DisplayWidth.of("👨‍👩‍👧‍👦") == 8)
        #expect(DisplayWidth.of(Character("ष्ण")) == 2)  // one cluster, two spacing letters
        #expect(DisplayWidth.of("कृष्णमूर्ति") == 7)
    }

    @Test("truncation adds an ellipsis and never splits a wide character")
    func truncation() {
        #expect(DisplayWidth.truncate("Geospatial provider", toWidth: 10) == "Geospatia…")
        #expect(DisplayWidth.truncate("short", toWidth: 10) == "short")
        #expect(DisplayWidth.truncate("国际电信联盟", toWidth: 6) == "国际…")
        #expect(DisplayWidth.truncate("国际电信联盟", toWidth: 5) == "国际…")
        #expect(DisplayWidth.truncate("国际电信联盟", toWidth: 4) == "国…")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "...") == "a...")
    }

    @Test("padding reaches exactly the requested width with CJK text")
    func padding() {
        #expect(DisplayWidth.pad("张伟", toWidth: 6) == "张伟  ")
        #expect(DisplayWidth.pad("42", toWidth: 5, alignment: .right) == "   42")
        #expect(DisplayWidth.pad("ab", toWidth: 6, alignment: .centre) == "  ab  ")
        #expect(DisplayWidth.of(DisplayWidth.pad("国际电信联盟", toWidth: 5)) == 5)
    }
}
