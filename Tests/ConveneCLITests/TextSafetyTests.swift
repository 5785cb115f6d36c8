import Foundation
import Testing

/// Text in: what is stored is UTF-8 without NUL, decoded or refused, never cut. Text out: no
/// control character, escape sequence or bidi override from user text reaches a terminal.
@Suite("Text in and out of the command line")
struct TextSafetyTests {
    /// Characters that act on a terminal or reorder text: ESC, BEL, CSI as a C1 control,
    /// right-to-left override.
    static let dangerous: [Character] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"]

    static func expectHarmless(_ output: String, _ comment: Comment? = nil) {
        for character in dangerous {
            #expect(!output.contains(character), "\(comment ?? "") U+\(String(character.unicodeScalars.first?.value ?? 0, radix: 16))")
        }
    }

    /// A meeting "MM" with one agenda item, and the convene that made it.
    static func meetingWithItem() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich", "--code", "MM")
        _ = try convene.ok("agenda", "add", "MM", "--title", "Opening")
        return convene
    }

    @Test("a reference that sets the terminal title or clears the screen is shown as text in the error",
          arguments: [["participant", "show", "\u{1B}]2;PWNED\u{07}"], ["invite", "MM", "\u{1B}[2J"],
                      ["participant", "show", "\u{9B}31m"], ["meeting", "show", "\u{202E}evil"]])
    func errorsAreSafe(_ arguments: [String]) throws {
        let convene = try Self.meetingWithItem()
        let result = try convene.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("convene: "))
        Self.expectHarmless(result.stderr)
        #expect(result.stderr.contains("␛") || result.stderr.contains("\u{FFFD}"))
    }

    @Test("undo, history and show print a name with a bidi override harmlessly")
    func summariesAreSafe() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "Ana\u{202E}lla", "--family", "Souza")
        for arguments in [["participant", "show", "1"], ["participant", "list"], ["history"]] {
            let output = try convene.run(arguments)
            #expect(output.status == 0)
            #expect(output.stdout.contains("Souza"))
            Self.expectHarmless(output.stdout + output.stderr, "\(arguments)")
        }
        let undone = try convene.run("undo")
        #expect(undone.status == 0)
        #expect((undone.stdout + undone.stderr).contains("Souza"))
        Self.expectHarmless(undone.stdout + undone.stderr, "undo")
    }

    @Test("JSON escapes control characters in stored notes")
    func jsonEscapes() throws {
        let convene = try Self.meetingWithItem()
        _ = try convene.ok("note", "MM", "1", "--text", "red \u{1B}[31m text")
        let output = try convene.run("agenda", "list", "MM", "--json")
        #expect(output.status == 0)
        #expect(!output.stdout.contains("\u{1B}"))
        #expect(output.stdout.contains("\\u001b") || output.stdout.contains("\\u001B"))
    }

    @Test("JSON escapes C1 controls and bidi overrides too, and the value reads back unchanged")
    func jsonEscapesInvisibleControls() throws {
        let convene = try Self.meetingWithItem()
        let notes = "csi \u{9B}2J, override \u{202E}txt.exe\u{202C}, isolate \u{2066}x\u{2069}, del \u{7F}, tag \u{E0041}, 张伟"
        _ = try convene.ok("note", "MM", "1", "--text", notes)
        let output = try convene.run("agenda", "list", "MM", "--json")
        #expect(output.status == 0)
        for control in ["\u{9B}", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{7F}", "\u{E0041}"] {
            #expect(!output.stdout.contains(control))
        }
        #expect(output.stdout.contains("\\u202e"))
        #expect(try Self.storedNotes(convene) == notes)
    }

    /// Writes bytes to a file in the test's home and gives `note --file` that file.
    static func note(_ bytes: [UInt8], _ convene: ConveneProcess) throws -> ConveneProcess.Result {
        let file = convene.home.appendingPathComponent("notes.txt")
        try Data(bytes).write(to: file)
        return try convene.run("note", "MM", "1", "--file", file.path)
    }

    static func storedNotes(_ convene: ConveneProcess) throws -> String? {
        let agenda = try #require(try convene.json("agenda", "list", "MM", "--json") as? [[String: Any]])
        return agenda.first?["notes"] as? String
    }

    @Test("a UTF-16 or UTF-32 file with a byte order mark is stored decoded")
    func decodesByteOrderMarks() throws {
        let convene = try Self.meetingWithItem()
        let text = "Débat: 李明 — مرحبا"
        let encodings: [(String, [UInt8])] = [
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("UTF-16LE", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("UTF-16BE", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            ("UTF-32LE", [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } }),
        ]
        for (name, bytes) in encodings {
            _ = try convene.ok("note", "MM", "1", "--text", "placeholder")
            let result = try Self.note(bytes, convene)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(try Self.storedNotes(convene) == text, "\(name)")
        }
    }

    static let notText: [([UInt8], String)] = [
        (Array("before\u{0}after".utf8), "NUL byte at byte 7"),
        (Array("Te".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "NUL byte at byte 2"),
        ([0x61, 0xE9, 0x62], "byte 2 is not UTF-8"),
        ([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], "NUL character"),
    ]

    @Test("a file with a NUL, UTF-16 without a byte order mark or bytes that are not UTF-8 are refused and nothing is stored",
          arguments: notText)
    func refusesWhatIsNotText(_ bytes: [UInt8], _ message: String) throws {
        let convene = try Self.meetingWithItem()
        _ = try convene.ok("note", "MM", "1", "--text", "kept")
        let result = try Self.note(bytes, convene)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("for --file"))
        #expect(try Self.storedNotes(convene) == "kept")
    }
}
