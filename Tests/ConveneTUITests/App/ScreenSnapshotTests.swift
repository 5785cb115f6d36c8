import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

/// Every screen at 80×24 compared with a golden text file in `Fixtures/`. Run with
/// `CONVENE_RECORD_GOLDEN=1` to rewrite them on purpose (the run then fails), and review the diff.
@Suite("Screens at 80×24 match their golden files")
struct ScreenSnapshotTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func check(_ name: String, screen: ScreenID = .meetings, keys: String,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        var harness = try AppHarness(store: AppHarness.sampleStore(), screen: screen)
        try harness.press(keys)
        GoldenFile.check(harness.screen + "\n", against: Self.fixtures.appendingPathComponent("\(name).txt"),
                         sourceLocation: sourceLocation)
    }

    @Test("meetings list") func meetings() throws { try check("meetings", keys: "") }
    @Test("meeting overview") func overview() throws { try check("meeting-overview", keys: "<Enter>") }
    @Test("meeting participants with Chinese and Latin names lined up") func invitations() throws {
        try check("meeting-participants", keys: "<Enter><Tab>")
    }
    @Test("meeting agenda tree") func agenda() throws { try check("meeting-agenda", keys: "<Enter><Tab><Tab>") }
    @Test("meeting minutes of an item") func minutes() throws { try check("meeting-minutes", keys: "<Enter><Tab><Tab><Tab>jj") }
    @Test("clause picker") func clausePicker() throws { try check("clause-picker", keys: "<Enter><Tab><Tab>cgeospatial<Down>") }
    @Test("participant directory with Chinese and Latin names lined up") func participants() throws {
        try check("participants", screen: .participants, keys: "<Space>")
    }
    @Test("participant form with an inline error") func participantForm() throws {
        try check("participant-form", screen: .participants, keys: "a<Tab>明<Tab>李<Tab><Tab>china<Enter><Tab><Tab>li.ming<Tab>")
    }
    @Test("organisations filtered") func organisations() throws { try check("organisations", screen: .organisations, keys: "/asia") }
    @Test("resolutions: outline and clause text") func resolutions() throws { try check("resolutions", screen: .resolutions, keys: "jljjj") }
    @Test("reports") func reports() throws { try check("reports", screen: .reports, keys: "") }
    @Test("help") func help() throws { try check("help", screen: .participants, keys: "?") }
    @Test("actions across meetings, overdue first") func actions() throws {
        let harness = try MeetingDayAppTests.actionsHarness()
        GoldenFile.check(harness.screen + "\n", against: Self.fixtures.appendingPathComponent("actions.txt"))
    }
    @Test("minutes of a long item, cut with a more marker") func longMinutes() throws {
        let store = try AppHarness.sampleStore()
        let notes = (1...12).map { "Paragraph \($0): the delegations discussed the regional report at length." }.joined(separator: "\n\n")
        try store.setNotes(meeting: .text("RD-2027"), item: "3", .replace(notes))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab><Tab>jj")
        GoldenFile.check(harness.screen + "\n", against: Self.fixtures.appendingPathComponent("meeting-minutes-long.txt"))
    }
    @Test("agenda of two days with breaks and a fixed time, and the item form's new fields") func agendaDays() throws {
        let store = try AppHarness.sampleStore()
        let meeting = RecordReference.text("RD-2027")
        _ = try store.editMeeting(meeting, MeetingDraft(end: "2027-03-03T17:30"))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(minutes: 15, isBreak: true, fixedStart: "11:00"))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "午餐", minutes: 60, isBreak: true))
        try store.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Field visit", minutes: 120, day: 2))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab>")
        GoldenFile.check(harness.screen + "\n", against: Self.fixtures.appendingPathComponent("meeting-agenda-days.txt"))
        try harness.press("jjjjje")
        GoldenFile.check(harness.screen + "\n", against: Self.fixtures.appendingPathComponent("agenda-break-form.txt"))
    }
    @Test("terminal too small") func tooSmall() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        harness.resize(50, 12)
        #expect(harness.screen.contains("Terminal too small"))
        #expect(harness.screen.contains("need 60×16, have 50×12"))
    }
}
