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

    static func inUTF8LocaleThrowing(_ body: () throws -> Void) throws {
        var failure: Error?
        inUTF8Locale {
            do { try body() } catch { failure = error }
        }
        if let failure { throw failure }
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

@Suite("Display width agrees with wcwidth")
struct DisplayWidthAgreementTests {
    /// Names in scripts whose clusters are wider than one code point: Indic conjuncts and
    /// vowel signs, emoji joined with zero-width joiners, flags, skin tones, combining marks.
    static let names = [
        "कृष्णमूर्ति", "श्रीनिवास", "க்ஷேத்ரா", "স্বাতী", "👨‍👩‍👧", "👩‍💻", "🏳️‍🌈", "🇨🇳🇧🇷🇫🇷",
        "👍🏽", "Zoë", "Sa\u{303}o", "e\u{301}\u{302}", "李明", "محمد", "한국어", "❤️", "1️⃣",
    ]

    @Test("every code point's width is wcwidth's, wherever wcwidth knows the code point")
    func everyCodePoint() {
        NcursesAgreementTests.inUTF8Locale {
            var disagreements: [String] = []
            var compared = 0
            for value in UInt32(0x20)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
                let expected = Int(cn_wcwidth(value))
                guard expected >= 0 else { continue }  // controls and code points the C library does not know
                compared += 1
                if DisplayWidth.width(ofScalar: scalar) != expected {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true)) \(expected)")
                }
            }
            #expect(compared > 100_000)
            #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(40))")
        }
    }

    @Test("a name's width is the sum of wcwidth over its code points", arguments: names)
    func sumOfWcwidth(_ name: String) {
        NcursesAgreementTests.inUTF8Locale {
            let expected = name.unicodeScalars.reduce(0) { $0 + Int(cn_wcwidth($1.value)) }
            #expect(DisplayWidth.of(name) == expected)
        }
    }

    @Test("ncurses is given every code point of a cluster, one spacing character per cell", arguments: names)
    func cellPieces(_ name: String) throws {
        try NcursesAgreementTests.inUTF8LocaleThrowing {
            for character in name {
                let pieces = try #require(NcursesTerminal.cellPieces(of: character) { Int(cn_wcwidth($0.value)) })
                #expect(pieces.reduce(0) { $0 + $1.width } == DisplayWidth.of(character))
                let drawn = pieces.flatMap(\.scalars)
                // Every code point in order; only joiners may be left out (terminals disagree on them).
                #expect(drawn.filter { $0 != "\u{200D}" } == character.unicodeScalars.filter { $0 != "\u{200D}" })
                for piece in pieces {
                    #expect(cn_wcwidth(piece.scalars[0].value) > 0)
                    #expect(piece.scalars.dropFirst().allSatisfy { cn_wcwidth($0.value) == 0 })
                }
            }
        }
    }
}
