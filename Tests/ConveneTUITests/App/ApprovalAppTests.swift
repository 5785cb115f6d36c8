import ConveneCore
import Foundation
import Testing
@testable import ConveneTUI

/// Issue 10, items 1 and 2, in the app: `:approve` asks and approves; the Overview form shows
/// minutes-approved but cannot set it; the lock's refusal is a notice.
@Suite("Approving the minutes in the app")
struct ApprovalAppTests {
    @Test(":approve asks y/n for the meeting open or selected, then approves; n leaves it a draft")
    func approve() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press(":approve<Enter>")
        #expect(harness.screen.contains("Approve the minutes of RD-2027?"))
        try harness.press("n")
        #expect(try store.meeting(.text("RD-2027")).minutesStatus == .draft)
        try harness.press(":approve<Enter>y")
        #expect(try store.meeting(.text("RD-2027")).minutesStatus == .approved)
        #expect(harness.messageLine.contains("Saved: minutes approve RD-2027: version 1"))
        // Locked: moving an item is refused with the lock's line, and nothing moves.
        try harness.press("<Enter><Tab><Tab>jK")
        #expect(harness.messageLine.contains("the minutes of RD-2027 are approved; :reopen REASON, or issue a corrigendum"))
        #expect(try store.agenda(meeting: .text("RD-2027")).items.map(\.title).prefix(2) == ["Opening of the meeting", "Approval of the agenda"])
        // :reopen needs a reason; with one, the record is a draft again and the move goes through.
        try harness.press(":reopen<Enter>")
        #expect(harness.messageLine.contains("usage: :reopen REASON"))
        try harness.press(":reopen Brazil asked for a correction<Enter>")
        #expect(try store.meeting(.text("RD-2027")).minutesStatus == .draft)
        #expect(try store.history(limit: 1).first?.summary == "minutes reopen RD-2027: Brazil asked for a correction")
        try harness.press("K")
        #expect(try store.agenda(meeting: .text("RD-2027")).items.first?.title == "Approval of the agenda")
    }

    @Test("the meeting form offers no minutes-approved; an approved meeting's form offers nothing else")
    func statusChoices() throws {
        #expect(Forms.statusChoices(nil) == ["draft", "convened", "held"])
        var meeting = Meeting(title: "T", start: "2027-03-02T09:30", timeZone: "UTC", status: .held)
        #expect(Forms.statusChoices(meeting) == ["draft", "convened", "held"])
        meeting.status = .minutesApproved
        #expect(Forms.statusChoices(meeting) == ["minutes-approved"])
    }

    @Test("the Overview says when the minutes were approved, which revision, and why they were reopened")
    func overviewState() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter>")
        #expect(harness.screen.contains("Minutes       draft\n"))
        try store.approveMinutes(meeting: .text("RD-2027"), date: "2027-03-04")
        try store.reopenMinutes(meeting: .text("RD-2027"), reason: "a statement was left out")
        harness.changedElsewhere()
        #expect(harness.screen.contains("Minutes       draft, reopened: a statement was left out\n"))
        try store.approveMinutes(meeting: .text("RD-2027"), date: "2027-03-20")
        try store.issueCorrigendum(meeting: .text("RD-2027"), text: "For X read Y.", date: "2027-03-25")
        harness.changedElsewhere()
        #expect(harness.screen.contains("Minutes       approved 2027-03-20 (version 2, Rev.1), 1 corrigendum"))
    }

    @Test(":approve with no meeting says what it needs")
    func noMeeting() throws {
        var harness = try AppHarness(store: try Store.inMemory(reference: AppHarness.reference))
        try harness.press(":approve<Enter>")
        #expect(harness.messageLine.contains("open or select a meeting first"))
    }
}

extension AppHarness {
    /// What the poll reports when another process wrote: the app reloads what it shows.
    mutating func changedElsewhere() {
        send(.app(.polled(now: Date(), dataVersion: 1)))
        send(.app(.polled(now: Date(), dataVersion: 2)))
    }
}
