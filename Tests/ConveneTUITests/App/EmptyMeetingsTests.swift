import Testing
@testable import ConveneTUI

@Suite("The Meetings screen of a new database")
struct EmptyMeetingsTests {
    @Test("says how to add a meeting and that convene demo shows a sample one")
    func mentionsDemo() throws {
        let harness = try AppHarness()
        let lines = harness.lines
        let notice = try #require(lines.firstIndex { $0.contains("No meetings yet. Press a to add one.") })
        #expect(lines[notice + 1].contains("convene demo"), "\(harness.screen)")
    }
}
