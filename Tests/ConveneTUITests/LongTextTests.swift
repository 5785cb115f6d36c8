import ConveneCore
import Foundation
import Testing
@testable import ConveneTUI

/// Rendering is linear in text length and long texts are wrapped only as far as they show.
@Suite("Long texts")
struct LongTextTests {
    /// One paragraph of realistic minutes (Latin, Chinese and Arabic, tabs and an escape)
    /// repeated to about `bytes` bytes, without a line break.
    static func paragraph(bytes: Int) -> String {
        let sentence = "The delegate of Brazil 🇧🇷 proposed\tthat 李明 and محمد draft the text; São Tomé agreed \u{1B}[2J. "
        let count = bytes / sentence.utf8.count + 1
        return String(repeating: sentence, count: count)
    }

    @Test("wrapping with a limit gives the first lines of the whole wrap", arguments: [1, 3, 12])
    func limitIsAPrefix(_ limit: Int) {
        let texts = [Self.paragraph(bytes: 2_000), "short", "", "one\ntwo\n\nthree", "张伟国际电信联盟区域报告" + String(repeating: " x", count: 80)]
        for text in texts {
            for width in [1, 7, 40] {
                let whole = TextWrap.wrap(text, width: width)
                #expect(!whole.isEmpty)
                #expect(TextWrap.wrap(text, width: width, limit: limit) == Array(whole.prefix(limit)), "\(width) \(text.prefix(20))")
            }
        }
    }

    @Test("safe lines of a long paragraph cost time in proportion to its length")
    func linearSafeLines() {
        let small = Self.paragraph(bytes: 32_000)
        let large = Self.paragraph(bytes: 256_000)
        let clock = ContinuousClock()
        var smallLines: [String] = []
        var largeLines: [String] = []
        let smallTime = clock.measure { smallLines = SafeText.lines(small) }
        let largeTime = clock.measure { largeLines = SafeText.lines(large) }
        #expect(smallLines.count == 1 && largeLines.count == 1)
        #expect(largeLines[0].contains("␛[2J"))
        // Eight times the text: linear work takes about eight times as long, quadratic 64 times.
        #expect(largeTime < smallTime * 24 + .milliseconds(50), "32 KB: \(smallTime), 256 KB: \(largeTime)")
    }

    @Test("a megabyte of notes draws a Minutes-tab frame quickly, showing its first lines")
    func megabyteOfNotes() throws {
        let store = try Store.inMemory(reference: AppHarness.reference)
        let meeting = try store.addMeeting(MeetingDraft(code: "MM", title: "Dialogue", start: "2027-03-02T09:30"),
                                           defaultTimeZone: "UTC")
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Opening"))
        let notes = Self.paragraph(bytes: 1_000_000)
        try store.setNotes(meeting: .id(meeting), item: .number("1"), .replace(notes))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab><Tab>")
        var screen = ""
        let elapsed = ContinuousClock().measure { screen = harness.screen }
        #expect(screen.contains("The delegate of Brazil"))
        #expect(screen.contains("Action points") == false)  // the notes fill the rest of the tab
        #expect(AppHarness.damage(in: harness.app.view(size: harness.size)).isEmpty)
        // A debug build on a shared machine; the release figure is in the benchmark.
        #expect(elapsed < .milliseconds(500), "\(elapsed)")
    }
}
