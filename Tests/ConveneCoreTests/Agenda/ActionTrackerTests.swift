import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Action points across meetings: overdue first, then by due date")
struct ActionTrackerTests {
    func row(_ id: Int64, due: String?, status: ActionStatus = .open) -> ActionRow {
        ActionRow(id: id, meetingId: 1, meeting: "RD", meetingCode: "RD", meetingTitle: "Dialogue", itemId: nil, itemNumber: "1",
                  text: "Action \(id)", ownerId: nil, owner: nil, due: due, status: status, clauseKey: nil)
    }

    @Test("overdue open ones first, then open ones by due date (undated last), then done and dropped")
    func order() {
        let rows = [row(1, due: nil), row(2, due: "2027-05-01"), row(3, due: "2027-01-10"), row(4, due: "2027-01-01", status: .done),
                    row(5, due: "2026-12-01"), row(6, due: "2027-02-01")]
        #expect(ActionTracker.ordered(rows, today: "2027-01-15").map(\.id) == [5, 3, 6, 2, 1, 4])
        #expect(rows[2].isOverdue(today: "2027-01-15"))
        #expect(!rows[2].isOverdue(today: "2027-01-10"))
        #expect(!rows[3].isOverdue(today: "2027-01-15"))
    }

    @Test("the store lists only the overdue ones when asked")
    func overdueQuery() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addMeeting(MeetingDraft(code: "RD", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@example.org"))
        let late = try store.addAction(meeting: .text("RD"), ActionDraft(text: "Late", owner: "ana@example.org", due: "2027-01-01"))
        let done = try store.addAction(meeting: .text("RD"), ActionDraft(text: "Done", owner: "ana@example.org", due: "2027-01-02"))
        try store.setActionStatus(.id(done), .done)
        _ = try store.addAction(meeting: .text("RD"), ActionDraft(text: "Later", owner: "ana@example.org", due: "2027-09-01"))
        #expect(try store.actions(ActionQuery(overdueOn: "2027-03-01")).map(\.id) == [late])
    }

    @Test("today is the local calendar date")
    func today() throws {
        let zurich = try #require(TimeZone(identifier: "Europe/Zurich"))
        #expect(ActionTracker.today(Date(timeIntervalSince1970: 1_800_000_000), timeZone: zurich) == "2027-01-15")
    }
}
