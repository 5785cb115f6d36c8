import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Each speaker's time: the item's, else the meeting's, else 3 minutes")
struct SpeakingBudgetTests {
    func dialogue() throws -> Store {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        try store.addAgendaItem(meeting: .text("RD"), AgendaItemDraft(title: "Reports"))
        try store.addAgendaItem(meeting: .text("RD"), AgendaItemDraft(title: "تقارير"))
        for item in ["1", "2"] {
            try store.addSpeaker(meeting: .text("RD"), item: AgendaItemReference.number(item), participant: nil, delegation: .text("Kenya"))
        }
        return store
    }

    func budgets(_ store: Store) throws -> [Int] {
        let rows = try store.speakers(meeting: .text("RD"))
        #expect(rows.count == 2)
        return rows.map(\.budgetMinutes)
    }

    @Test("without any setting the budget is 3 minutes")
    func fallback() throws {
        #expect(try budgets(try dialogue()) == [3, 3])
    }

    @Test("the meeting's default applies to every item; an item's own overrides it; \"\" clears it")
    func meetingDefaultAndItemOverride() throws {
        let store = try dialogue()
        #expect(try store.editMeeting(.text("RD"), MeetingDraft(speakingMinutes: "2")) == .changed)
        #expect(try store.meeting(.text("RD")).speakingMinutes == 2)
        #expect(try budgets(store) == [2, 2])
        try store.editAgendaItem(meeting: .text("RD"), item: "2", AgendaItemDraft(speakingMinutes: "7"))
        #expect(try budgets(store) == [2, 7])
        #expect(try store.agenda(meeting: .text("RD")).items.map(\.speakingMinutes) == [nil, 7])
        try store.editAgendaItem(meeting: .text("RD"), item: "2", AgendaItemDraft(speakingMinutes: ""))
        #expect(try budgets(store) == [2, 2])
        try store.editMeeting(.text("RD"), MeetingDraft(speakingMinutes: " "))
        #expect(try budgets(store) == [3, 3])
    }

    @Test("each change is one history entry that undo takes back")
    func undoable() throws {
        let store = try dialogue()
        let before = try store.history(limit: 100).count
        try store.editMeeting(.text("RD"), MeetingDraft(speakingMinutes: "4"))
        try store.editAgendaItem(meeting: .text("RD"), item: "1", AgendaItemDraft(speakingMinutes: "10"))
        #expect(try store.history(limit: 100).count == before + 2)
        #expect(try budgets(store) == [10, 4])
        try store.undo()
        #expect(try budgets(store) == [4, 4])
        try store.undo()
        #expect(try budgets(store) == [3, 3])
    }

    @Test("a budget is a whole number of minutes from 1 to 60", arguments: ["0", "61", "-2", "2.5", "three", "٣"])
    func refused(_ text: String) throws {
        let store = try dialogue()
        #expect {
            try store.editMeeting(.text("RD"), MeetingDraft(speakingMinutes: text))
        } throws: { error in
            (error as? ConveneError)?.fieldFailure?.field == .speakingMinutes
        }
        #expect {
            try store.editAgendaItem(meeting: .text("RD"), item: "1", AgendaItemDraft(speakingMinutes: text))
        } throws: { error in
            (error as? ConveneError)?.fieldFailure?.field == .speakingMinutes
        }
        #expect(try budgets(store) == [3, 3])
    }

    @Test("1 and 60 are accepted")
    func bounds() throws {
        #expect(try SpeakingBudget.parse("1") == 1)
        #expect(try SpeakingBudget.parse(" 60 ") == 60)
        #expect(try SpeakingBudget.parse("") == nil)
    }
}
