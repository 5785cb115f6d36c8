import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("JSON backup and restore")
struct JSONBackupTests {
    func newStore(_ folder: URL, _ name: String) throws -> Store {
        try Store.open(path: folder.appendingPathComponent(name).path, reference: TestSupport.reference)
    }

    @Test("backup → restore into a new database → backup gives identical bytes; the file is 0600")
    func roundTrip() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try officialRecordMeeting()
        _ = try store.addAction(meeting: .text("RD-2027"), ActionDraft(text: "Report back", owner: "1"))
        let path = folder.appendingPathComponent("backup.json").path
        try store.writeBackupJSON(to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        let restored = try newStore(folder, "restored.sqlite")
        try restored.restore(try restored.readBackup(first, source: "backup.json"))
        #expect(try restored.participants().map(\.name) == (try store.participants().map(\.name)))
        #expect(try restored.invitations(meeting: .text("RD-2027")).count == 4)
        #expect(Data(try restored.backupJSON().utf8) == first)
        #expect(String(decoding: first, as: UTF8.self).contains(#""latinName":"Wang Wei""#))
        #expect(try restored.read { db in try MinutesVersion.fetchAll(db) } == (try store.read { db in try MinutesVersion.fetchAll(db) }))
        #expect(try restored.integrityReport().isSound)
        try restored.undo()
        #expect(try restored.participants().isEmpty)
    }

    @Test("an existing file is never replaced")
    func refusesExisting() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("backup.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
        #expect(throws: ConveneError.self) { try TestSupport.memoryStore().writeBackupJSON(to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
    }

    @Test("a newer format, an unknown token, a broken reference: refused, nothing written", arguments: [
        ("\"version\": 4", "\"version\": 5", "made by a newer convene"),
        ("\"role\":\"chair\"", "\"role\":\"emperor\"", "unknown role 'emperor'"),
        ("\"participantId\":1,", "\"participantId\":99,", "names a participant the backup lacks"),
        ("\"givenName\":\"Ana\",", "", "lacks the column 'givenName'"),
    ])
    func refused(original: String, replacement: String, reason: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try interchangeMeeting()
        let text = try store.backupJSON()
        #expect(text.contains(original))
        let broken = Data(text.replacingOccurrences(of: original, with: replacement).utf8)
        let target = try newStore(folder, "target.sqlite")
        try target.checkpoint()
        let before = try Data(contentsOf: folder.appendingPathComponent("target.sqlite"))
        do {
            try target.restore(try target.readBackup(broken, source: "b.json"))
            Issue.record("restored")
        } catch let error as ConveneError {
            #expect(error.description.contains(reason), "\(error)")
        }
        try target.checkpoint()
        #expect(try Data(contentsOf: folder.appendingPathComponent("target.sqlite")) == before)
    }

    @Test("a version 1 backup, before meetings had a calendar sequence, restores with sequence 0")
    func olderVersion() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try interchangeMeeting()
        let text = try store.backupJSON()
        let sequence = try #require(text.range(of: #","calendarSequence":[0-9]+"#, options: .regularExpression))
        let version1 = text.replacingCharacters(in: sequence, with: "").replacingOccurrences(of: "\"version\": 4", with: "\"version\": 1")
        let target = try newStore(folder, "target.sqlite")
        try target.restore(try target.readBackup(Data(version1.utf8), source: "v1.json"))
        #expect(try target.meetingRecord(.text("RD-2027")).meeting.calendarSequence == 0)
    }

    @Test("a version 2 backup, before the official record (v9), restores without versions and with empty new columns")
    func version2() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try interchangeMeeting()
        let text = try store.backupJSON()
        #expect(text.contains("\"minutesVersion\": [],\n"))
        var version2 = text.replacingOccurrences(of: "    \"minutesVersion\": [],\n", with: "")
            .replacingOccurrences(of: "    \"speaker\": [],\n", with: "")
            .replacingOccurrences(of: "\"version\": 4", with: "\"version\": 2")
        for column in ["latinName", "nameFr", "nameEs", "nameAr", "nameRu", "symbolPattern", "actualStart", "actualSeconds"] {
            #expect(version2.contains(",\"\(column)\":null"), "\(column)")
            version2 = version2.replacingOccurrences(of: ",\"\(column)\":null", with: "")
        }
        let target = try newStore(folder, "target.sqlite")
        try target.restore(try target.readBackup(Data(version2.utf8), source: "v2.json"))
        #expect(try target.backupJSON() == text)
    }

    @Test("the speakers' list is in the backup (version 4): restored as it was, and merged with its item")
    func speakers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try interchangeMeeting()
        _ = try store.addSpeaker(meeting: .text("RD-2027"), item: "2", participant: .text("wang@example.cn"), delegation: .text("CHN"))
        _ = try store.addSpeaker(meeting: .text("RD-2027"), item: "2", participant: nil, delegation: .text("BRA"))
        _ = try store.nextSpeaker(meeting: .text("RD-2027"), item: "2")
        let text = try store.backupJSON()
        #expect(text.contains("\"version\": 4"))
        func speakers(_ store: Store) throws -> [String] {
            try store.read { db in
                try String.fetchAll(db, sql: """
                    SELECT i.title || '|' || coalesce(p.email, '') || '|' || coalesce(o.name, '') || '|' || s.position || '|'
                           || (s.startedAt IS NOT NULL)
                    FROM speaker s JOIN agendaItem i ON i.id = s.itemId
                    LEFT JOIN participant p ON p.id = s.participantId LEFT JOIN organisation o ON o.id = s.delegationId
                    ORDER BY s.position
                    """)
            }
        }
        let expected = try speakers(store)
        #expect(expected.count == 2)

        let restored = try newStore(folder, "restored.sqlite")
        try restored.restore(try restored.readBackup(Data(text.utf8), source: "backup.json"))
        #expect(try speakers(restored) == expected)
        #expect(try restored.backupJSON() == text)

        // Merged into a database that already has people and an agenda of its own: new ids, the same list.
        let target = try newStore(folder, "target.sqlite")
        _ = try target.addParticipant(ParticipantDraft(givenName: "Kwame", familyName: "Mensah", organisation: "GHA"))
        _ = try target.addMeeting(MeetingDraft(code: "OTHER", title: "Other", start: "2027-01-05T09:00", end: "12:00"), defaultTimeZone: "UTC")
        _ = try target.addAgendaItem(meeting: .text("OTHER"), AgendaItemDraft(title: "Opening"))
        let counts = try target.merge(try target.readBackup(Data(text.utf8), source: "backup.json"))
        #expect(counts.first { $0.table == "speaker" }?.counts.added == 2)
        #expect(try speakers(target) == expected)
    }

    @Test("a database with participants of its own is not overwritten")
    func refusesNonEmpty() throws {
        let (store, _) = try interchangeMeeting()
        let contents = try store.readBackup(Data(try store.backupJSON().utf8), source: "b.json")
        #expect(throws: ConveneError.self) { try store.restore(contents) }
    }
}
