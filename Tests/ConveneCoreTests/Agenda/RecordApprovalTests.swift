import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

/// Issue 10, items 1–3: one approval state, the lock it puts on the record, versions,
/// revisions and corrigenda.
@Suite("Approved minutes: one state, a lock, versions, revisions and corrigenda")
struct RecordApprovalTests {
    static let meeting = RecordReference.text("RD-2027")
    static let lockMessage = "the minutes of RD-2027 are approved; `convene minutes reopen RD-2027` or issue a corrigendum"

    /// The export fixture with its minutes approved on 4 March 2027.
    static func approvedStore() throws -> Store {
        let store = try ExportFixture.store()
        try store.approveMinutes(meeting: meeting, date: "2027-03-04")
        return store
    }

    /// Everything a refused write could have changed: every table's rows and the history.
    static func contents(_ store: Store) throws -> String {
        try store.backupJSON() + (try store.history(limit: 1000).map(\.summary).joined(separator: "\n"))
    }

    @Test("approving freezes the record as version 1 (the export as it reads, the data it came from) and approves the meeting")
    func approve() throws {
        let store = try ExportFixture.store()
        let version = try store.approveMinutes(meeting: Self.meeting, date: "2027-03-04")
        let meeting = try store.meeting(Self.meeting)
        #expect(meeting.minutesStatus == .approved)
        #expect(meeting.status == .minutesApproved)
        #expect(version.number == 1)
        #expect(version.kind == .approval)
        #expect(version.approvedOn == "2027-03-04")
        #expect(version.symbol == "R174-RD/2")
        #expect(version.markdown == (try store.export(.minutes, meeting: Self.meeting, options: ExportOptions(date: "2027-03-04"))))
        #expect(version.markdown.contains("# Summary record\n\nApproved on 4 March 2027 by the meeting.\n"))
        #expect(!version.markdown.contains("Draft"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(version.data.utf8)) as? [String: Any])
        #expect((data["agenda"] as? [Any])?.count == 5)
        #expect((data["meeting"] as? [String: Any])?["start"] as? String == "2027-03-02T09:30:00+01:00")
        #expect(try store.history(limit: 1).first?.summary == "minutes approve RD-2027: version 1, 2027-03-04")
        #expect(try store.minutesVersions(meeting: Self.meeting).versions == [version])
    }

    /// Every write path that changes the record, against an approved meeting.
    static let lockedWrites: [(String, @Sendable (Store) throws -> Void)] = [
        ("agenda add", { _ = try $0.addAgendaItem(meeting: meeting, AgendaItemDraft(title: "Late item")) }),
        ("agenda edit", { _ = try $0.editAgendaItem(meeting: meeting, item: "1", AgendaItemDraft(title: "Opening")) }),
        ("agenda move", { _ = try $0.moveAgendaItem(meeting: meeting, item: "2", .up) }),
        ("agenda remove", { try $0.removeAgendaItem(meeting: meeting, item: "5") }),
        ("agenda link", { try $0.linkClauses(meeting: meeting, item: "1", keys: ["R174-2010/recalling/g"]) }),
        ("agenda unlink", { try $0.unlinkClauses(meeting: meeting, item: "3", keys: ["R174-2010/recalling/g"]) }),
        ("note", { try $0.setNotes(meeting: meeting, item: "1", .append("Late paragraph.")) }),
        ("decision add", { _ = try $0.addDecision(meeting: meeting, item: "1", text: "Late decision.") }),
        ("action add", { _ = try $0.addAction(meeting: meeting, ActionDraft(text: "Late action", owner: "1")) }),
        ("attend", { try $0.setAttendance(meeting: meeting, participant: .text("1"), attendance: .remote) }),
        ("invitations attendance", { try $0.changeInvitations(meeting: meeting, participants: [.text("1")], InvitationChange(attendance: .remote)) }),
        ("invitations role", { try $0.changeInvitations(meeting: meeting, participants: [.text("2")], InvitationChange(role: .rapporteur)) }),
        ("invite", { _ = try $0.invite(meeting: meeting, participants: [.text("2")], role: .rapporteur, delegation: nil) }),
        ("uninvite", { try $0.uninvite(meeting: meeting, participants: [.text("6")]) }),
        ("minutes times", { try $0.recordSession(meeting: meeting, opened: "09:40", closed: nil) }),
        ("speaker add", { _ = try $0.addSpeaker(meeting: meeting, item: "3", participant: .text("1"), delegation: nil) }),
        ("speaker next", { _ = try $0.nextSpeaker(meeting: meeting, item: "3") }),
        ("meeting title", { _ = try $0.editMeeting(meeting, MeetingDraft(title: "Another title")) }),
        ("meeting status", { _ = try $0.editMeeting(meeting, MeetingDraft(status: "held")) }),
        ("meeting venue", { _ = try $0.editMeeting(meeting, MeetingDraft(venue: "Online")) }),
    ]

    @Test("every change to an approved record is refused with one line, and nothing is written",
          arguments: lockedWrites.indices)
    func locked(_ index: Int) throws {
        let (name, write) = Self.lockedWrites[index]
        let store = try Self.approvedStore()
        let before = try Self.contents(store)
        #expect(throws: ConveneError.refused(Self.lockMessage), "\(name)") { try write(store) }
        #expect(try Self.contents(store) == before, "\(name)")
    }

    @Test("a speaker listed before the approval cannot be taken off after it")
    func speakerRemoveLocked() throws {
        let store = try ExportFixture.store()
        let speaker = try store.addSpeaker(meeting: Self.meeting, item: "3", participant: .text("1"), delegation: nil)
        try store.approveMinutes(meeting: Self.meeting, date: "2027-03-04")
        #expect(throws: ConveneError.refused(Self.lockMessage)) { try store.removeSpeaker(speaker) }
    }

    @Test("follow-up stays open: action point status, replies, and meeting fields the record does not print")
    func followUpOpen() throws {
        let store = try Self.approvedStore()
        let action = try #require(try store.actions(ActionQuery(meeting: Self.meeting)).first)
        try store.setActionStatus(.id(action.id), .done)
        try store.setReply(meeting: Self.meeting, participant: .text("2"), reply: .accepted)
        #expect(try store.editMeeting(Self.meeting, MeetingDraft(level: "international")) == .changed)
        #expect(try store.actions(ActionQuery(meeting: Self.meeting)).first?.status == .done)
        // The frozen version still shows the status it had when approved.
        #expect(try store.minutesVersion(meeting: Self.meeting, number: 1).markdown.contains("| open "))
    }

    @Test("minutes-approved is reached only by approving: the meeting add and edit refuse it")
    func oneApprovalState() throws {
        let store = try ExportFixture.store()
        let refusal = ConveneError.invalid(field: .status, value: "minutes-approved",
                                           reason: "not a status to set (approve the minutes: `convene minutes approve`)")
        #expect(throws: refusal) { _ = try store.editMeeting(Self.meeting, MeetingDraft(status: "minutes-approved")) }
        #expect(throws: refusal) {
            _ = try store.addMeeting(MeetingDraft(title: "T", start: "2027-05-01T10:00", status: "minutes-approved"), defaultTimeZone: "UTC")
        }
        #expect(try store.meeting(Self.meeting).minutesStatus == .draft)
        try store.approveMinutes(meeting: Self.meeting, date: "2027-03-04")
        // Saying again what it is changes nothing and is not refused.
        #expect(try store.editMeeting(Self.meeting, MeetingDraft(status: "minutes-approved")) == .unchanged)
    }

    @Test("approving twice, a corrigendum on a draft, reopening a draft, an unknown version: refused, nothing written")
    func badInput() throws {
        let draft = try ExportFixture.store()
        let draftBefore = try Self.contents(draft)
        #expect(throws: ConveneError.refused("the minutes of RD-2027 are a draft; a corrigendum corrects approved minutes: change the draft, or approve it first")) {
            try draft.issueCorrigendum(meeting: Self.meeting, text: "For X read Y.", date: "2027-03-04")
        }
        #expect(throws: ConveneError.refused("the minutes of RD-2027 are a draft, not approved; there is nothing to reopen")) {
            try draft.reopenMinutes(meeting: Self.meeting, reason: "why")
        }
        #expect(throws: ConveneError.notFound(kind: "approved version of the minutes of", reference: "RD-2027")) {
            _ = try draft.minutesDiff(meeting: Self.meeting)
        }
        #expect(try Self.contents(draft) == draftBefore)

        let store = try Self.approvedStore()
        let before = try Self.contents(store)
        #expect(throws: ConveneError.refused("the minutes of RD-2027 are already approved (version 1, 2027-03-04)")) {
            try store.approveMinutes(meeting: Self.meeting, date: "2027-03-05")
        }
        #expect(throws: ConveneError.notFound(kind: "version 2 of the minutes of", reference: "RD-2027")) {
            _ = try store.minutesVersion(meeting: Self.meeting, number: 2)
        }
        #expect(throws: ConveneError.notFound(kind: "version 7 of the minutes of", reference: "RD-2027")) {
            _ = try store.minutesDiff(meeting: Self.meeting, first: 1, second: 7)
        }
        #expect(throws: ConveneError.invalid(field: .reason, value: " ", reason: "say why the minutes are reopened; empty reason")) {
            try store.reopenMinutes(meeting: Self.meeting, reason: " ")
        }
        #expect(throws: ConveneError.invalid(field: .date, value: "2027-03-32", reason: "not a date (expected YYYY-MM-DD)")) {
            try store.issueCorrigendum(meeting: Self.meeting, text: "For X read Y.", date: "2027-03-32")
        }
        #expect(try Self.contents(store) == before)
    }

    @Test("reopening returns to a draft with its reason in the history; approving again makes Rev.1")
    func revision() throws {
        let store = try Self.approvedStore()
        try store.reopenMinutes(meeting: Self.meeting, reason: "Brazil asked for its statement under item 3")
        let meeting = try store.meeting(Self.meeting)
        #expect(meeting.minutesStatus == .draft)
        #expect(meeting.status == .held)
        #expect(try store.history(limit: 1).first?.summary == "minutes reopen RD-2027: Brazil asked for its statement under item 3")
        let first = try store.minutesVersion(meeting: Self.meeting, number: 1)
        #expect(first.reopenReason == "Brazil asked for its statement under item 3")
        #expect(first.reopenedAt != nil)

        try store.setNotes(meeting: Self.meeting, item: "3", .append("Brazil stressed the need for follow-up."))
        let revision = try store.approveMinutes(meeting: Self.meeting, date: "2027-03-20")
        #expect(revision.number == 2)
        #expect(revision.kind == .revision)
        #expect(revision.symbol == "R174-RD/2(Rev.1)")
        #expect(revision.note == "Brazil asked for its statement under item 3")
        #expect(revision.markdown.contains("symbol: \"R174-RD/2(Rev.1)\""))
        #expect(revision.markdown.contains("Revision 1 to Document R174-RD/2\\\n20 March 2027\\\n"))
        #expect(revision.markdown.contains("Approved on 20 March 2027 by the meeting."))
        // The first version is kept byte for byte.
        #expect(try store.minutesVersion(meeting: Self.meeting, number: 1) == first)
    }

    @Test("a corrigendum is its own document; the record stays approved and locked")
    func corrigendum() throws {
        let store = try Self.approvedStore()
        let version = try store.issueCorrigendum(meeting: Self.meeting, text: "In paragraph 3.1, for *R174-RD/3* read *R174-RD/4*.",
                                                 date: "2027-03-25")
        #expect(version.kind == .corrigendum)
        #expect(version.number == 2)
        #expect(version.symbol == "R174-RD/2(Corr.1)")
        #expect(version.markdown.contains("Corrigendum 1 to Document R174-RD/2\\\n25 March 2027\\\n"))
        #expect(try store.meeting(Self.meeting).minutesStatus == .approved)
        #expect(throws: ConveneError.refused(Self.lockMessage)) { try store.setNotes(meeting: Self.meeting, item: "1", .append("x")) }
        let second = try store.issueCorrigendum(meeting: Self.meeting, text: "Second.", date: "2027-03-26")
        #expect(second.symbol == "R174-RD/2(Corr.2)")
        // The export shows the approval, not the corrigendum.
        #expect(try store.export(.minutes, meeting: Self.meeting, options: ExportOptions(date: "2027-03-26"))
            .contains("Approved on 4 March 2027 by the meeting."))
    }

    @Test("undoing the approval returns to the draft and takes the version away")
    func undoApproval() throws {
        let store = try Self.approvedStore()
        _ = try store.undo()
        #expect(try store.meeting(Self.meeting).minutesStatus == .draft)
        #expect(try store.minutesVersions(meeting: Self.meeting).versions.isEmpty)
        try store.setNotes(meeting: Self.meeting, item: "1", .append("Now it can change."))
    }

    @Test("undo and redo cannot change an approved record: an earlier edit undone after someone else approved is refused")
    func undoLocked() throws {
        let shared = try ExportFixture.store()
        let olga = shared.acting(as: ChangeAuthor(user: "olga", host: "registry-1"))
        let wei = shared.acting(as: ChangeAuthor(user: "wei", host: "registry-1"))
        try olga.setNotes(meeting: Self.meeting, item: "1", .append("The Chair welcomed the participants."))
        let action = try #require(try shared.actions(ActionQuery(meeting: Self.meeting)).first)
        try olga.setActionStatus(.id(action.id), .dropped)
        try wei.approveMinutes(meeting: Self.meeting, date: "2027-03-04")
        // The action point's status is follow-up: undoing it goes through.
        #expect(try olga.undo().hasPrefix("action dropped"))
        let before = try Self.contents(shared)
        #expect(throws: ConveneError.refused(Self.lockMessage)) { try olga.undo() }
        #expect(try Self.contents(shared) == before)
        // Once wei undoes the approval, olga's undo and redo go through.
        #expect(try wei.undo().hasPrefix("minutes approve"))
        #expect(try olga.undo().hasPrefix("note 1"))
        try wei.redo()
        #expect(throws: ConveneError.refused(Self.lockMessage)) { try olga.redo() }
    }

    @Test("golden files: the approved record, its Rev.1, a corrigendum, and the diff of the two versions")
    func goldens() throws {
        let store = try Self.approvedStore()
        GoldenFile.check(try store.minutesVersion(meeting: Self.meeting, number: 1).markdown,
                         against: ExportFixture.golden("minutes-approved.md"))
        try store.reopenMinutes(meeting: Self.meeting, reason: "Brazil asked for its statement under item 3")
        try store.setNotes(meeting: Self.meeting, item: "3", .append("Brazil stressed the need for follow-up."))
        try store.addDecision(meeting: Self.meeting, item: "4", text: "The next meeting will be held in Nairobi.")
        try store.approveMinutes(meeting: Self.meeting, date: "2027-03-20")
        GoldenFile.check(try store.minutesVersion(meeting: Self.meeting, number: 2).markdown,
                         against: ExportFixture.golden("minutes-rev1.md"))
        try store.issueCorrigendum(meeting: Self.meeting, text: """
            In paragraph 3.1, for "document R174-RD/3" read "documents R174-RD/3 and R174-RD/4".

            - Under item 4, the venue is *Nairobi, Kenya*.
            """, date: "2027-03-25")
        GoldenFile.check(try store.minutesVersion(meeting: Self.meeting, number: 3).markdown,
                         against: ExportFixture.golden("minutes-corrigendum.md"))
        let diff = try store.minutesDiff(meeting: Self.meeting).joined(separator: "\n") + "\n"
        #expect(diff == (try store.minutesDiff(meeting: Self.meeting, first: 1, second: 2).joined(separator: "\n") + "\n"))
        GoldenFile.check(diff, against: ExportFixture.golden("minutes-diff-1-2.txt"))
    }
}

@Suite("Revised and corrected document symbols")
struct RecordSymbolTests {
    @Test("(Rev.N) and (Corr.N) go before a language suffix, as ITU writes them", arguments: [
        ("C17/130-E", "C17/130(Rev.1)-E", "C17/130(Corr.1)-E"),
        ("R174-RD/2", "R174-RD/2(Rev.1)", "R174-RD/2(Corr.1)"),
        ("R174-RD/2-F", "R174-RD/2(Rev.1)-F", "R174-RD/2(Corr.1)-F"),
        ("R174-RD", "R174-RD(Rev.1)", "R174-RD(Corr.1)"),
        ("DOC-Z", "DOC-Z(Rev.1)", "DOC-Z(Corr.1)"),
    ])
    func marks(symbol: String, revised: String, corrected: String) {
        #expect(RecordSymbol.revision(symbol, 1) == revised)
        #expect(RecordSymbol.corrigendum(symbol, 1) == corrected)
    }
}

@Suite("Line diff")
struct LineDiffTests {
    @Test("the edits keep the longest common run of lines")
    func edits() {
        let edits = LineDiff.edits(["a", "b", "c", "d"], ["a", "c", "x", "d"])
        #expect(edits == [.same("a"), .removed("b"), .same("c"), .added("x"), .same("d")])
        #expect(LineDiff.edits([], ["a"]) == [.added("a")])
        #expect(LineDiff.edits(["a"], []) == [.removed("a")])
    }

    @Test("unified output as diff -u prints it: labels, hunks with three lines of context, merged when close")
    func unified() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var newLines = (1...20).map { "line \($0)" }
        newLines[1] = "line two"
        newLines.insert("inserted", at: 5)
        newLines.remove(at: 18)
        let new = newLines.joined(separator: "\n") + "\n"
        #expect(LineDiff.unified(old, new, oldLabel: "a", newLabel: "b") == [
            "--- a", "+++ b",
            "@@ -1,8 +1,9 @@", " line 1", "-line 2", "+line two", " line 3", " line 4", " line 5", "+inserted",
            " line 6", " line 7", " line 8",
            "@@ -15,6 +16,5 @@", " line 15", " line 16", " line 17", "-line 18", " line 19", " line 20",
        ])
        #expect(LineDiff.unified(old, old, oldLabel: "a", newLabel: "b").isEmpty)
        #expect(LineDiff.unified("", "x\n", oldLabel: "a", newLabel: "b") == ["--- a", "+++ b", "@@ -0,0 +1 @@", "+x"])
    }
}
