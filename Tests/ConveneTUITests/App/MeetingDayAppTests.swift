import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

/// The meeting day in the app: redo, the Actions screen, the Minutes tab's scrolling.
@Suite("The meeting day at the keyboard")
struct MeetingDayAppTests {
    /// 10 March 2027, noon UTC: after the sample's overdue action's due date.
    static let day = Date(timeIntervalSince1970: 1_804_680_000)

    /// The sample store with an overdue action point owned by 张伟 (named, not numbered).
    static func storeWithOverdueAction() throws -> Store {
        let store = try AppHarness.sampleStore()
        _ = try store.addAction(meeting: .text("RD-2027"), ActionDraft(
            text: "Send the invitations to the regional regulators", owner: "张伟", item: "1", due: "2027-03-01",
            clause: "R174-2010/resolves-to-instruct-sg/i"))
        return store
    }

    static func actionsHarness() throws -> AppHarness {
        var harness = try AppHarness(store: storeWithOverdueAction(), screen: .actions)
        harness.app.now = day
        harness.send(.resize(harness.size))
        return harness
    }

    @Test("C-r redoes what u undid; with nothing left it says so")
    func redo() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store, screen: .participants)
        try harness.press("/ana<Enter>dy<Esc>u")
        #expect(try store.participants().count == 4)
        try harness.press("<C-r>")
        #expect(harness.messageLine.contains("Redone: participant remove #2"))
        #expect(try store.participants().count == 3)
        try harness.press("<C-r>")
        #expect(harness.messageLine.contains("nothing to redo"))
    }

    @Test("the Actions screen lists the overdue first; x marks done, X dropped")
    func actionsScreen() throws {
        var harness = try Self.actionsHarness()
        let rows = harness.lines.filter { $0.contains("RD-2027") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("OVERDUE") == true)
        #expect(harness.messageLine.contains("1 overdue"))
        try harness.press("x")
        let actions = try harness.store.actions()
        #expect(actions.first { $0.text.hasPrefix("Send") }?.status == .done)
        #expect(harness.messageLine.contains("Saved"))
        try harness.press("jX")
        #expect(try harness.store.actions().filter { $0.status == .dropped }.count == 1)
    }

    @Test("/ filters the Actions screen and Enter opens the meeting on the Minutes tab at the item")
    func actionsOpenMeeting() throws {
        var harness = try Self.actionsHarness()
        try harness.press("/compendium<Enter>")
        #expect(harness.messageLine.contains("filter 'compendium': 1 shown"))
        try harness.press("<Enter>")
        #expect(harness.app.screen == .meetings)
        #expect(harness.lines.last?.contains("RD-2027 › Minutes") == true)
        #expect(harness.screen.contains("3 Geospatial information services"))
    }

    @Test("the Minutes tab scrolls a long item with PgDn and h/l, with a more marker when cut")
    func minutesScroll() throws {
        let store = try AppHarness.sampleStore()
        let notes = (1...40).map { "Paragraph \($0) of the discussion." }.joined(separator: "\n\n")
        try store.setNotes(meeting: .text("RD-2027"), item: "3", .replace(notes))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab><Tab>jj")
        #expect(harness.screen.contains(ScrolledLines.moreBelow))
        #expect(!harness.screen.contains("Action points"))
        try harness.press("<PgDn>")
        #expect(harness.screen.contains(ScrolledLines.moreAbove))
        try harness.press("l" + String(repeating: "j", count: 80))
        #expect(harness.screen.contains("Circulate the compendium draft"))
        #expect(!harness.screen.contains(ScrolledLines.moreBelow))
        try harness.press("g")
        #expect(!harness.screen.contains(ScrolledLines.moreAbove))
        // h gives j back to the item list.
        try harness.press("hk")
        #expect(harness.screen.contains("2 Approval of the agenda"))
    }
}

@Suite("Pickers in forms: search as you type, the field shows the name")
struct PickerTests {
    @Test("typing in the presenter field opens the participant picker; Enter fills in the chosen one's name")
    func presenterPicker() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab>jje<Tab><Tab>")
        try harness.press("s")
        guard case let .recordPicker(picker) = harness.app.modal else { Issue.record("no picker"); return }
        #expect(picker.kind == .participant)
        try harness.press("ouza")
        #expect(harness.screen.contains("1 of 4"))
        #expect(harness.screen.contains("Ms Ana Souza"))
        try harness.press("<Enter>")
        guard case let .form(form) = harness.app.modal else { Issue.record("not back in the form"); return }
        #expect(form.field("presenter")?.value == "2")
        #expect(harness.screen.contains("Ms Ana Souza (Brazil)"))
        try harness.press("<Enter>")
        #expect(try store.agenda(meeting: .text("RD-2027")).items.first { $0.number == "3" }?.presenterId == 2)
    }

    @Test("the picker folds accents and finds Chinese and Arabic names; Esc returns to the form unchanged")
    func foldingAndEscape() throws {
        let store = try AppHarness.sampleStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "ليلى", familyName: "حداد", organisation: "EGY"))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab><Tab>A")
        try harness.press("<Tab>")
        try harness.press("sao")
        #expect(harness.screen.contains("São Tomé"))
        try harness.press("<Esc>")
        guard case let .form(form) = harness.app.modal else { Issue.record("not back in the form"); return }
        #expect(form.field("owner")?.value == "")
        try harness.press("حداد<Enter>")
        guard case let .form(chosen) = harness.app.modal else { Issue.record("not back in the form"); return }
        #expect(chosen.field("owner")?.display.contains("ليلى") == true)
        try harness.press("<BS>")
        guard case let .form(cleared) = harness.app.modal else { Issue.record("not in the form"); return }
        #expect(cleared.field("owner")?.value == "")
    }

    @Test("the country field picks a country by its name in English or Chinese")
    func countryPicker() throws {
        var harness = try AppHarness(screen: .participants)
        try harness.press("a<Tab>Kwame<Tab>Mensah" + String(repeating: "<Tab>", count: 6) + "加纳<Enter><Enter>")
        #expect(try harness.store.participants().first?.country == "GHA")
    }
}

@Suite("The workspace's Participants tab: invite, withdraw, filter, marks, changes to all marked")
struct InvitationsTabTests {
    @Test("a invites through the picker with a role and a delegation")
    func invite() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab>a")
        guard case .form = harness.app.modal else { Issue.record("no invitation form"); return }
        try harness.press("tomé<Enter><Tab>r<Tab>cept<Enter><Enter>")
        let sao = try #require(try store.invitations(meeting: .text("RD-2027")).first { $0.participantId == 4 })
        #expect(sao.role == .rapporteur)
        #expect(sao.delegation == "CEPT")
        #expect(harness.screen.contains("São Tomé"))
    }

    @Test("marks with Space and *, then one role for all marked in one history entry; / narrows the rows")
    func marksAndBulkRole() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab>*")
        #expect(harness.messageLine.contains("3 marked"))
        let before = try store.history(limit: 1).first?.id
        try harness.press("o")
        guard case .choice = harness.app.modal else { Issue.record("no role list"); return }
        try harness.press("ob<Enter>")
        let roles = try store.invitations(meeting: .text("RD-2027")).map(\.role)
        #expect(roles == [.observer, .observer, .observer])
        let entries = try store.history(limit: 2)
        #expect(entries.first?.summary.hasPrefix("role observer: 3 at") == true)
        #expect(entries.dropFirst().first?.id == before)
        try harness.press("u")
        #expect(try store.invitations(meeting: .text("RD-2027")).map(\.role).allSatisfy { $0 == .delegate })

        try harness.press("*/souza<Enter>")
        #expect(harness.messageLine.contains("filter 'souza': 1 shown"))
        try harness.press("<Space>r")
        try harness.press("a<Enter>")
        #expect(try store.invitations(meeting: .text("RD-2027")).first { $0.participantId == 2 }?.reply == .accepted)
    }

    @Test("d withdraws the invitation after asking")
    func withdraw() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab>d")
        #expect(harness.screen.contains("Withdraw the invitation of"))
        try harness.press("y")
        #expect(try store.invitations(meeting: .text("RD-2027")).count == 2)
    }

    @Test("help says digits jump to a participant on this tab, and lists no screen keys for them")
    func digitsInHelp() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        try harness.press("<Enter><Tab>?")
        guard case let .help(entries, _) = harness.app.modal else { Issue.record("no help"); return }
        #expect(entries.contains { $0.action == "invitations.jump" })
        #expect(!entries.contains { $0.action == "screen.meetings" })
        try harness.press("<Esc><Tab>?")
        guard case let .help(agenda, _) = harness.app.modal else { Issue.record("no help"); return }
        #expect(agenda.contains { $0.action == "screen.meetings" })
    }

    @Test("/ filters the Meetings list")
    func meetingsFilter() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        try harness.press("/国家<Enter>")
        #expect(harness.messageLine.contains("filter '国家': 1 of 2 meetings"))
        #expect(!harness.screen.contains("RD-2027"))
    }
}

@Suite("The speakers' list on the Minutes tab")
struct SpeakersTabTests {
    static func harness() throws -> AppHarness {
        let store = try AppHarness.sampleStore()
        try store.addSpeaker(meeting: .text("RD-2027"), item: "3", participant: nil, delegation: .text("Kenya"))
        try store.addSpeaker(meeting: .text("RD-2027"), item: "3", participant: .text("张伟"), delegation: .text("China"))
        try store.addSpeaker(meeting: .text("RD-2027"), item: "3", participant: nil, delegation: .text("Egypt"))
        try store.nextSpeaker(meeting: .text("RD-2027"), item: "3", at: MeetingDayAppTests.day.addingTimeInterval(-300))
        try store.nextSpeaker(meeting: .text("RD-2027"), item: "3", at: MeetingDayAppTests.day.addingTimeInterval(-200))
        var harness = try AppHarness(store: store)
        harness.app.now = MeetingDayAppTests.day
        try harness.press("<Enter><Tab><Tab><Tab>jj")
        return harness
    }

    @Test("the queue shows who spoke, who has the floor and for how long against the budget; n passes the floor, s adds")
    func queue() throws {
        var harness = try Self.harness()
        #expect(harness.screen.contains("✓ Kenya  01:40"))
        #expect(harness.screen.contains("▶ 张伟 (China)  03:20 of 03:00  over time"))
        try harness.press("n")
        #expect(harness.messageLine.contains("The floor: Egypt"))
        try harness.press("s")
        guard case .form = harness.app.modal else { Issue.record("no speaker form"); return }
        // One picker offers the meeting's delegations and its participants (issue 11 item 5).
        try harness.press("japan")
        guard case let .recordPicker(picker) = harness.app.modal else { Issue.record("no picker"); return }
        #expect(picker.kind == .speaker(meeting: 1))
        #expect(harness.screen.contains("delegation"))
        try harness.press("<Enter><Enter>")
        #expect(try harness.store.speakers(meeting: .text("RD-2027")).map(\.name).last == "Japan")
    }

    @Test("speakers' list at 80×24") func golden() throws {
        let harness = try Self.harness()
        GoldenFile.check(harness.screen + "\n", against: ScreenSnapshotTests.fixtures.appendingPathComponent("meeting-speakers.txt"))
    }
}
