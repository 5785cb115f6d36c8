import Testing
@testable import convene

/// A clock the test moves by hand, so the line's timing rules are checked without sleeping.
private final class ManualClock {
    var nanoseconds: UInt64 = 1_000_000_000
    func advance(milliseconds: UInt64) { nanoseconds += milliseconds * 1_000_000 }
}

@Suite("The progress line of long work")
struct ProgressLineTests {
    private func line(isTerminal: Bool, clock: ManualClock, into written: @escaping (String) -> Void) -> ProgressLine {
        ProgressLine("convene: importing", isTerminal: isTerminal, write: written, now: { clock.nanoseconds })
    }

    @Test("a script (stderr not a terminal) sees nothing")
    func silentOffTerminal() {
        let clock = ManualClock()
        var written: [String] = []
        let progress = line(isTerminal: false, clock: clock) { written.append($0) }
        for done in 1...50 {
            clock.advance(milliseconds: 200)
            progress.update(done: done, total: 50)
        }
        progress.finish()
        #expect(written.isEmpty)
    }

    @Test("quick work never draws the line")
    func quickWorkNeverFlashes() {
        let clock = ManualClock()
        var written: [String] = []
        let progress = line(isTerminal: true, clock: clock) { written.append($0) }
        for done in 1...100 {
            clock.advance(milliseconds: 2)
            progress.update(done: done, total: 100)
        }
        progress.finish()
        #expect(written.isEmpty)
    }

    @Test("long work is drawn at most ten times a second and erased at the end")
    func longWorkIsThrottledAndErased() {
        let clock = ManualClock()
        var written: [String] = []
        let progress = line(isTerminal: true, clock: clock) { written.append($0) }
        for done in 1...1_000 {
            clock.advance(milliseconds: 3)
            progress.update(done: done, total: 1_000)
        }
        progress.finish()
        // 3 s of work, appearing after 0.25 s, redrawn every 0.1 s: about 28 frames.
        #expect((25...29).contains(written.count - 1), "\(written.count) writes")
        #expect(written.first?.hasPrefix("\r\u{1B}[Kconvene: importing ") == true)
        let counts = written.dropLast().compactMap { frame in
            Int(frame.split(separator: " ").last { $0.hasSuffix("/1000") }?.dropLast(5) ?? "")
        }
        #expect(counts.count == written.count - 1 && counts == counts.sorted() && (counts.last ?? 0) > 900, "\(counts)")
        #expect(written.last == "\r\u{1B}[K")
        progress.finish()
        #expect(written.last == "\r\u{1B}[K" && written.filter { $0 == "\r\u{1B}[K" }.count == 1, "erased once")
    }
}
