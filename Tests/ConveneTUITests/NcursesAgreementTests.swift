import CNcursesw
import Testing
@testable import ConveneTUI

@Suite("Agreement with the C library")
struct NcursesAgreementTests {
    /// Runs `body` with a UTF-8 character type on this thread only (`uselocale`), so that
    /// tests running in parallel never see the process's locale change under them.
    static func inUTF8Locale(_ body: () -> Void) {
        guard let utf8 = newlocale(1 << LC_CTYPE, "C.UTF-8", nil) else {
            Issue.record("the C.UTF-8 locale is not installed")
            return
        }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        body()
    }

    @Test("display width matches wcwidth for a sample of code points")
    func matchesWcwidth() {
        let sample: [Unicode.Scalar] = [
            "a", "Z", "~", "é", "ß", "Ω", "Ж", "א", "ع", "ก", "\u{301}", "\u{200B}",
            "中", "張", "あ", "ア", "ｱ", "한", "Ａ", "￥", "、", "〇", "\u{3000}", "😀", "🙏", "⌚",
            "\u{1F1E8}", "€", "→", "─", "│", "✓", "\u{20000}", "\u{2F800}",
        ]
        Self.inUTF8Locale {
            // In the C locale wcwidth knows no CJK: a wide answer shows the UTF-8 locale is in force.
            #expect(cn_wcwidth(UInt32(("中" as Unicode.Scalar).value)) == 2)
            for scalar in sample {
                let expected = Int(cn_wcwidth(scalar.value))
                #expect(DisplayWidth.width(ofScalar: scalar) == expected, "U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test("key codes match the curses header")
    func keyCodes() {
        #expect(KeyInput.Code.down == KEY_DOWN)
        #expect(KeyInput.Code.up == KEY_UP)
        #expect(KeyInput.Code.left == KEY_LEFT)
        #expect(KeyInput.Code.right == KEY_RIGHT)
        #expect(KeyInput.Code.home == KEY_HOME)
        #expect(KeyInput.Code.end == KEY_END)
        #expect(KeyInput.Code.backspace == KEY_BACKSPACE)
        #expect(KeyInput.Code.deleteCharacter == KEY_DC)
        #expect(KeyInput.Code.insertCharacter == KEY_IC)
        #expect(KeyInput.Code.nextPage == KEY_NPAGE)
        #expect(KeyInput.Code.previousPage == KEY_PPAGE)
        #expect(KeyInput.Code.enter == KEY_ENTER)
        #expect(KeyInput.Code.backTab == KEY_BTAB)
        #expect(KeyInput.Code.resize == KEY_RESIZE)
        #expect(KeyInput.Code.f0 + 12 == cn_key_f(12))
    }
}
