import CNcursesw
import PropertyBased
import Testing
@testable import ConveneTUI

/// Safe text for any input: nothing that acts on a terminal survives, and what is drawn takes
/// exactly the columns DisplayWidth and the C library say.
@Suite("Safe text holds for arbitrary text")
struct SafeTextPropertyTests {
    /// Pieces that have broken terminals or layouts, and plain letters in several scripts.
    static let pieces: [String] = [
        "\u{1B}", "\u{1B}]2;PWNED\u{07}", "\u{1B}[2J", "\u{9B}31m", "\u{202E}", "\u{2066}", "\u{200F}", "\u{0}", "\u{7F}",
        "\n", "\r\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{301}",
        "\u{94D}", "\u{AD}", "\u{115F}", "\u{1161}", "\u{FFFF}", "\u{E000}", "\u{378}", "ष", "क", "ण", "ि", "👨", "👩",
        "🇨", "🇳", "🏽", "李", "明", "한", "ع", "a", "Z", " ", "é", "❤", "1", "\u{20E3}",
    ]

    /// Half the picks are pieces, half any code point (a surrogate becomes U+FFFD: a Swift
    /// string cannot hold one).
    static let picks = Gen<Int>.value(in: 0...(pieces.count * 2 - 1)).array(of: 0...24)
    static let codePoints = Gen<UInt32>.value(in: 0...0x10FFFF).array(of: 24)

    static func text(_ picks: [Int], _ codePoints: [UInt32]) -> String {
        picks.enumerated().map { index, pick in
            pick < pieces.count ? pieces[pick] : String(Character(Unicode.Scalar(codePoints[index]) ?? "\u{FFFD}"))
        }.joined()
    }

    /// Code points that move the cursor, change the terminal's state or reorder text.
    static func isUnsafe(_ scalar: Unicode.Scalar, allowing allowed: Set<Unicode.Scalar> = []) -> Bool {
        if allowed.contains(scalar) { return false }
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || SafeText.isBidiControl(value)
            || value == 0x2028 || value == 0x2029
    }

    @Test("no control character, escape or bidi control survives, on one line or many")
    func nothingUnsafeSurvives() async {
        await propertyCheck(count: 300, input: Self.picks, Self.codePoints) { picks, codePoints in
            let text = Self.text(picks, codePoints)
            #expect(!SafeText.singleLine(text).unicodeScalars.contains { Self.isUnsafe($0) }, "\(text.debugDescription)")
            for line in SafeText.lines(text) {
                #expect(!line.unicodeScalars.contains { Self.isUnsafe($0) }, "\(text.debugDescription)")
            }
            #expect(!SafeText.terminalText(text).unicodeScalars.contains { Self.isUnsafe($0, allowing: ["\n", "\t"]) },
                    "\(text.debugDescription)")
        }
    }

    @Test("safe text takes the sum of its clusters' widths on screen, and that is the C library's count")
    func widthIsTheSumOfClusterWidths() async {
        await propertyCheck(count: 300, input: Self.picks, Self.codePoints) { picks, codePoints in
            let text = Self.text(picks, codePoints)
            let safe = SafeText.singleLine(text)
            let clusters = safe.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(safe) == clusters)
            var buffer = ScreenBuffer(size: Size(width: 200, height: 1))
            let end = buffer.write(text, at: Point(x: 0, y: 0))
            #expect(end == clusters, "\(text.debugDescription)")
            // What is drawn is the safe text, less the clusters that take no column.
            let drawn = String(safe.filter { DisplayWidth.of($0) > 0 })
            #expect(buffer.lines()[0] == String(drawn.reversed().drop { $0 == " " }.reversed()), "\(text.debugDescription)")
            NcursesAgreementTests.inUTF8Locale {
                let widths = safe.unicodeScalars.map { Int(cn_wcwidth($0.value)) }
                if widths.allSatisfy({ $0 >= 0 }) {
                    #expect(widths.reduce(0, +) == clusters, "\(text.debugDescription)")
                }
            }
        }
    }
}
