import ConveneCore
import Foundation
import Testing
@testable import ConveneTUI

@Suite("The speakers' timer counts against the budget in force")
struct SpeakingBudgetAppTests {
    /// Item 3 of the sample meeting with 张伟 (China) on the floor for 3:20.
    static func harness(meetingMinutes: String?, itemMinutes: String?) throws -> AppHarness {
        let store = try AppHarness.sampleStore()
        if let meetingMinutes { try store.editMeeting(.text("RD-2027"), MeetingDraft(speakingMinutes: meetingMinutes)) }
        if let itemMinutes { try store.editAgendaItem(meeting: .text("RD-2027"), item: "3", AgendaItemDraft(speakingMinutes: itemMinutes)) }
        try store.addSpeaker(meeting: .text("RD-2027"), item: "3", participant: .text("张伟"), delegation: .text("China"))
        try store.nextSpeaker(meeting: .text("RD-2027"), item: "3", at: MeetingDayAppTests.day.addingTimeInterval(-200))
        var harness = try AppHarness(store: store)
        harness.app.now = MeetingDayAppTests.day
        try harness.press("<Enter><Tab><Tab><Tab>jj")
        return harness
    }

    @Test("the meeting's 5 minutes: 3:20 is within time")
    func meetingDefault() throws {
        let harness = try Self.harness(meetingMinutes: "5", itemMinutes: nil)
        #expect(harness.screen.contains("Speakers (5 min each)"))
        #expect(harness.screen.contains("▶ 张伟 (China)  03:20 of 05:00"))
        #expect(!harness.screen.contains("over time"))
    }

    @Test("the item's 2 minutes override the meeting's 5: 3:20 is over time")
    func itemOverride() throws {
        let harness = try Self.harness(meetingMinutes: "5", itemMinutes: "2")
        #expect(harness.screen.contains("Speakers (2 min each)"))
        #expect(harness.screen.contains("▶ 张伟 (China)  03:20 of 02:00  over time"))
    }

    @Test("the meeting and agenda item forms show the speaking minutes and send only a change")
    func forms() throws {
        let store = try AppHarness.sampleStore()
        try store.editMeeting(.text("RD-2027"), MeetingDraft(speakingMinutes: "4"))
        try store.editAgendaItem(meeting: .text("RD-2027"), item: "3", AgendaItemDraft(speakingMinutes: "7"))
        let meeting = try store.meeting(.text("RD-2027"))
        var meetingForm = Forms.meeting(meeting, defaultTimeZone: "UTC")
        #expect(meetingForm.value("speaking") == "4")
        #expect(Forms.meetingDraft(meetingForm, isNew: false).speakingMinutes == nil)
        meetingForm.focus = try #require(meetingForm.fields.firstIndex { $0.id == "speaking" })
        _ = meetingForm.handle(.backspace)
        _ = meetingForm.handle(.character("6"))
        try store.editMeeting(.id(try #require(meeting.id)), Forms.meetingDraft(meetingForm, isNew: false))
        #expect(try store.meeting(.text("RD-2027")).speakingMinutes == 6)

        let row = try #require(try store.agenda(meeting: .text("RD-2027")).items.first { $0.number == "3" })
        var itemForm = Forms.agendaItem(meeting: try #require(meeting.id), row: row, after: nil)
        #expect(itemForm.value("speaking") == "7")
        itemForm.focus = try #require(itemForm.fields.firstIndex { $0.id == "speaking" })
        _ = itemForm.handle(.backspace)
        try store.editAgendaItem(meeting: .text("RD-2027"), item: "3", Forms.agendaDraft(itemForm, isNew: false, after: nil))
        #expect(try store.agenda(meeting: .text("RD-2027")).items.first { $0.number == "3" }?.speakingMinutes == nil)
    }
}
