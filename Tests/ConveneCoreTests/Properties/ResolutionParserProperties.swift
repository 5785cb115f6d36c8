import Foundation
import PropertyBased
import Testing
@testable import ConveneCore

/// The resolution parser on arbitrary input: it imports or refuses with a sentence, never
/// crashes and never hangs.
@Suite("The resolution parser on arbitrary bytes, property-based")
struct ResolutionParserProperties {
    /// Lines of a real resolution, so random input also reaches the deeper stages (headings,
    /// numbered paragraphs, footnotes), and hostile fragments.
    static let lines: [String] = {
        let seed = (try? CorpusFixtures.seedText(.res174Guadalajara)) ?? ""
        let real = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return real + ["", "a)", "1", "1.1", "*", "†", "\u{0}", "\u{FEFF}", "\r", "\t", "RESOLUTION 174 (Guadalajara, 2010)",
                       "决议 174", "recalling", "resolves", "instructs the Director", "李明", "—", String(repeating: "a", count: 300)]
    }()

    static let lineChoices = Gen<Int>.value(in: 0...(lines.count - 1)).array(of: 0...80)
    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...400)
    /// Where in the text the random bytes go (a count of lines).
    static let splice = Gen<Int>.value(in: 0...80)

    /// Runs `body` on a thread of its own and waits at most `limit`: a hang is reported as a
    /// failure instead of stopping the test run.
    static func finishes(within limit: Duration, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let (seconds, attoseconds) = limit.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        return done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success
    }

    @Test("lines of a resolution mixed with random text are parsed or refused within a second")
    func neverCrashesOrHangs() async throws {
        let parser = try CorpusFixtures.parser()
        await propertyCheck(count: 150, input: Self.lineChoices, Self.bytes, Self.splice) { choices, bytes, splice in
            let chosen = choices.map { Self.lines[$0] }
            let cut = min(splice, chosen.count)
            // The bytes as text (what is not UTF-8 becomes U+FFFD), so the text gets past the
            // UTF-8 check and reaches the parser; `rawBytes` covers bytes that are not UTF-8.
            let noise = String(decoding: bytes, as: UTF8.self)
            let data = Data((chosen[..<cut] + [noise] + chosen[cut...]).joined(separator: "\n").utf8)
            let input = data
            let finished = Self.finishes(within: .seconds(1)) {
                do {
                    _ = try parser.parse(data: input)
                } catch is ConveneError {
                    // A refusal with a sentence is a fine answer.
                } catch {
                    Issue.record("an error without a sentence: \(error)")
                }
            }
            #expect(finished, "the parser took over a second on \(input.count) bytes: \(String(decoding: input.prefix(200), as: UTF8.self).debugDescription)")
        }
    }

    @Test("raw random bytes are refused or parsed within a second")
    func rawBytes() async throws {
        let parser = try CorpusFixtures.parser()
        await propertyCheck(count: 150, input: Self.bytes) { bytes in
            let input = Data(bytes)
            let finished = Self.finishes(within: .seconds(1)) {
                _ = try? parser.parse(data: input)
            }
            #expect(finished)
        }
    }
}
