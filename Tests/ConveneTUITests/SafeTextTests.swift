import Testing
@testable import ConveneTUI

@Suite("Safe text for the terminal")
struct SafeTextTests {
    @Test("an escape sequence shows as text and cannot change colours")
    func escapeSequence() {
        #expect(SafeText.singleLine("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
        #expect(SafeText.singleLine("\u{1B}]0;owned\u{07}") == "␛]0;owned␇")
    }

    @Test("NUL, DEL and C1 controls get visible stand-ins")
    func controls() {
        #expect(SafeText.singleLine("a\u{0}b") == "a␀b")
        #expect(SafeText.singleLine("a\u{7F}b") == "a␡b")
        #expect(SafeText.singleLine("a\u{9B}31m") == "a\u{FFFD}31m")
        #expect(SafeText.singleLine("\u{8}") == "␈")
    }

    @Test("bidi controls that could reorder text are replaced")
    func bidi() {
        let trojan = "admin\u{202E}gnp.exe\u{202C}"
        #expect(SafeText.singleLine(trojan) == "admin\u{FFFD}gnp.exe\u{FFFD}")
        for scalar in [0x202A, 0x202B, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] as [UInt32] {
            let text = "x" + String(Character(Unicode.Scalar(scalar) ?? "?")) + "y"
            #expect(SafeText.singleLine(text) == "x\u{FFFD}y")
        }
    }

    @Test("invisible characters standing alone become visible")
    func invisibles() {
        #expect(SafeText.singleLine("pay\u{200B}pal") == "pay\u{FFFD}pal")
        #expect(SafeText.singleLine("\u{FEFF}Name") == "\u{FFFD}Name")
        #expect(SafeText.singleLine("a\u{3164}b") == "a\u{FFFD}b")
        #expect(SafeText.singleLine("\u{301}x") == "◌\u{301}x")
    }

    @Test("joiners inside emoji and accents on letters are kept")
    func keepsClusters() {
        for text in ["👩‍💻", "🇨🇳", "São Tomé", "Sa\u{303}o", "❤️", "张伟", "Ελλάδα", "مرحبا"] {
            #expect(SafeText.singleLine(text) == text)
            #expect(SafeText.isSafe(text))
        }
    }

    @Test("line breaks become ↵ and tabs spaces on a single line")
    func singleLineBreaks() {
        #expect(SafeText.singleLine("one\ntwo\r\nthree\rfour") == "one↵two↵three↵four")
        #expect(SafeText.singleLine("a\u{2028}b") == "a↵b")
        #expect(SafeText.singleLine("a\tb") == "a b")
    }

    @Test("multi-line text splits into safe lines with tabs expanded")
    func multiLine() {
        #expect(SafeText.lines("Item\tNote\nsecond \u{1B}[2J") == ["Item    Note", "second ␛[2J"])
        #expect(SafeText.lines("张\tx", tabWidth: 4) == ["张  x"])
        #expect(SafeText.lines("a\r\n\r\nb") == ["a", "", "b"])
    }
}
