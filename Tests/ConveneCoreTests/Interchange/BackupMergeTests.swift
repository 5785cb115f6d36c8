import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("restore --merge")
struct BackupMergeTests {
    @Test("records are matched by natural keys, new ones get new ids with every reference rewritten; a second merge keeps all")
    func merge() throws {
        let (source, _) = try interchangeMeeting()
        let backup = Data(try source.backupJSON().utf8)
        let target = try TestSupport.memoryStore()
        // The target has data of its own, so ids differ: Ana exists (another phone), someone else too.
        _ = try target.addParticipant(ParticipantDraft(givenName: "Kofi", familyName: "Mensah", email: "kofi@example.gh"))
        _ = try target.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "Ana", familyName: "Souza", organisation: "BRA",
                                                       email: "ANA@example.org", phone: "+55 1"))
        _ = try target.addOrganisation(OrganisationDraft(name: "Geo Services", category: "geospatial-provider"))
        let counts = Dictionary(uniqueKeysWithValues: try target.merge(try target.readBackup(backup, source: "b.json"))
            .map { ($0.table, $0.counts) })
        #expect(counts["participant"] == MergeCounts(added: 3, updated: 1, kept: 0))
        #expect(counts["meeting"] == MergeCounts(added: 1))
        #expect(counts["invitation"] == MergeCounts(added: 4))
        #expect(counts["agendaItem"] == MergeCounts(added: 2))
        #expect(counts["organisation"]?.added == 0)
        #expect(counts["resolution"]?.added == 0)
        let ana = try target.participant(.text("ana@example.org"))
        #expect(ana.phone == nil)
        #expect(try target.participants().count == 5)
        let invitations = try target.invitations(meeting: .text("RD-2027"))
        #expect(Set(invitations.map(\.name)) == ["Ms Ana Souza", "王伟", "ليلى حداد", "No Address"])
        #expect(invitations.first { $0.role == .chair }?.participantId == ana.id)
        #expect(try target.meetingRecord(.text("RD-2027")).agenda.map(\.title) == ["Opening, welcome; \"agenda\"", "预算"])
        #expect(try target.integrityReport().isSound)

        let entries = try target.history(limit: 100).count
        let again = try target.merge(try target.readBackup(backup, source: "b.json"))
        #expect(again.allSatisfy { $0.counts.added == 0 && $0.counts.updated == 0 })
        // A merge that changed nothing leaves no history entry; one undo takes the first back.
        #expect(try target.history(limit: 100).count == entries)
        #expect(try target.undo().hasPrefix("restore --merge b.json"))
        #expect(try target.participants().map(\.name).sorted() == ["Kofi Mensah", "Ms Ana Souza"])
        #expect(try target.participant(.text("ana@example.org")).phone == "+55 1")
    }

    @Test("a new meeting brings its frozen minutes; Latin-script names, other names, symbol pattern and clock stamps come along")
    func officialRecord() throws {
        let source = try officialRecordMeeting()
        let target = try TestSupport.memoryStore()
        _ = try target.addParticipant(ParticipantDraft(givenName: "Kofi", familyName: "Mensah", email: "kofi@example.gh"))
        let counts = Dictionary(uniqueKeysWithValues: try target.merge(try target.readBackup(Data(try source.backupJSON().utf8), source: "b.json"))
            .map { ($0.table, $0.counts) })
        #expect(counts["minutesVersion"] == MergeCounts(added: 1))
        #expect(counts["organisation"]?.updated == 1)
        let meeting = try target.meetingRecord(.text("RD-2027"))
        #expect(meeting.meeting.symbolPattern == "{series}/{n}-E")
        let stamps = try target.read { db in
            try Row.fetchAll(db, sql: "SELECT actualStart, actualSeconds FROM agendaItem WHERE meetingId = ? ORDER BY position",
                             arguments: [meeting.meeting.id]).map { [$0[0] as String?, ($0[1] as Int?).map(String.init)] }
        }
        #expect(stamps == [["2027-03-29T09:34", "905"], [nil, nil]])
        #expect(try target.read { db in try String.fetchOne(db, sql: "SELECT latinName FROM participant WHERE email = 'wang@example.cn'") }
            == "Wang Wei")
        let versions = try target.read { db in try MinutesVersion.fetchAll(db) }
        #expect(versions.map(\.meetingId) == [meeting.meeting.id])
        #expect(versions.map(\.markdown) == (try source.read { db in try MinutesVersion.fetchAll(db).map(\.markdown) }))
        // A second merge keeps the meeting's agenda, and so its versions.
        let again = Dictionary(uniqueKeysWithValues: try target.merge(try target.readBackup(Data(try source.backupJSON().utf8), source: "b.json"))
            .map { ($0.table, $0.counts) })
        #expect(again["minutesVersion"] == MergeCounts(kept: 1))
    }

    @Test("approved minutes change only by reopening: a merge keeps an approved meeting whole, and brings no approval without its agenda")
    func approvedRecords() throws {
        let (source, _) = try interchangeMeeting()
        _ = try source.approveMinutes(meeting: .text("RD-2027"), date: "2027-03-30")
        let approvedBackup = Data(try source.backupJSON().utf8)

        // The target's own RD-2027 is a draft with an agenda of its own: the backup's approval does not come.
        let draft = try TestSupport.memoryStore()
        _ = try draft.addMeeting(MeetingDraft(code: "RD-2027", title: "Our own dialogue", start: "2027-03-29T09:30", end: "17:00"),
                                 defaultTimeZone: "UTC")
        _ = try draft.addAgendaItem(meeting: .text("RD-2027"), AgendaItemDraft(title: "Our opening"))
        _ = try draft.merge(try draft.readBackup(approvedBackup, source: "b.json"))
        let merged = try draft.meetingRecord(.text("RD-2027")).meeting
        #expect(merged.minutesStatus == .draft)
        #expect(merged.status != .minutesApproved)
        #expect(merged.title == "Regional dialogue; Genève, 2027 \\ day 1")
        #expect(try draft.read { db in try MinutesVersion.fetchCount(db) } == 0)

        // The target's own RD-2027 is approved: nothing of the backup's changes it.
        let approved = try TestSupport.memoryStore()
        _ = try approved.addMeeting(MeetingDraft(code: "RD-2027", title: "Our own dialogue", start: "2027-03-29T09:30", end: "17:00"),
                                    defaultTimeZone: "UTC")
        _ = try approved.addAgendaItem(meeting: .text("RD-2027"), AgendaItemDraft(title: "Our opening"))
        _ = try approved.approveMinutes(meeting: .text("RD-2027"), date: "2027-03-30")
        let before = try approved.meetingRecord(.text("RD-2027")).meeting
        let counts = Dictionary(uniqueKeysWithValues: try approved.merge(try approved.readBackup(Data(try interchangeMeeting().0.backupJSON().utf8), source: "b.json"))
            .map { ($0.table, $0.counts) })
        #expect(counts["meeting"] == MergeCounts(kept: 1))
        #expect(try approved.meetingRecord(.text("RD-2027")).meeting == before)
    }
}
