import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

@Suite("Synthetic data (convene dev generate)")
struct SyntheticDataTests {
    /// Every user table's rows, in rowid order.
    static func contents(_ store: Store) throws -> [String: [[DatabaseValue]]] {
        try store.read { db in
            var rows: [String: [[DatabaseValue]]] = [:]
            for table in ["organisation", "participant", "meeting", "invitation", "agendaItem", "agendaClause", "decision", "actionPoint"] {
                rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid").map { Array($0.databaseValues) }
            }
            return rows
        }
    }

    static func generated(seed: UInt64) throws -> Store {
        let store = try TestSupport.memoryStore()
        try SyntheticData.generate(into: store, participants: 600, meetings: 6, seed: seed)
        return store
    }

    @Test("the same seed gives the same rows; another seed other rows")
    func deterministic() throws {
        let first = try Self.contents(Self.generated(seed: 7))
        #expect(first["participant"]?.count == 600)
        #expect(first["meeting"]?.count == 6)
        #expect(try Self.contents(Self.generated(seed: 7)) == first)
        #expect(try Self.contents(Self.generated(seed: 8))["participant"] != first["participant"])
    }

    @Test("the data passes the store's checks and validators, has every script and category, and no history")
    func valid() throws {
        let store = try Self.generated(seed: 174)
        #expect(try store.integrityReport().problems == [])
        let counts = try store.read { db in
            (changes: try Int.fetchOne(db, sql: "SELECT count(*) FROM change") ?? -1,
             categories: Set(try String.fetchAll(db, sql: "SELECT DISTINCT category FROM organisation")),
             danglingClauses: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM agendaClause WHERE clauseKey NOT IN (SELECT key FROM clause)
                """) ?? -1,
             itemCounts: try Int.fetchAll(db, sql: "SELECT count(*) FROM agendaItem GROUP BY meetingId"),
             invitationCounts: try Int.fetchAll(db, sql: "SELECT count(*) FROM invitation GROUP BY meetingId"))
        }
        #expect(counts.changes == 0)
        #expect(counts.categories == Set(StakeholderCategory.allCases.map(\.rawValue)))
        #expect(counts.danglingClauses == 0)
        #expect(counts.itemCounts.count == 6 && counts.itemCounts.allSatisfy { (10...200).contains($0) })
        #expect(counts.invitationCounts.count == 6 && counts.invitationCounts.allSatisfy { (20...600).contains($0) })

        let participants = try store.participants()
        #expect(participants.count == 600)
        // Latin letters with diacritics, Han, Arabic and Cyrillic, each in some name.
        let scripts: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x4E00...0x9FFF, 0x0600...0x06FF, 0x0400...0x04FF]
        for script in scripts {
            #expect(participants.contains { $0.name.unicodeScalars.contains { script.contains($0.value) } }, "\(script)")
        }
        for participant in participants {
            #expect(try FieldValidation.email(participant.email ?? "") == participant.email)
            #expect(try FieldValidation.singleLine(participant.name, field: .personName) == participant.name)
        }
        for meeting in try store.meetings() {
            let stored = meeting.meeting
            #expect(try MeetingTime.parse(stored.start, field: .start) == stored.start)
            #expect(try FieldValidation.timeZone(stored.timeZone) == stored.timeZone)
            // The whole record reads back and renders, as `export minutes` does it.
            let record = try store.meetingRecord(.id(try #require(stored.id)))
            #expect(!MinutesExport.markdown(record, options: ExportOptions(date: "2027-01-01")).isEmpty)
        }
    }

    @Test("generated keys are the keys every other write computes, and the SQL filter agrees with the in-memory one")
    func keys() throws {
        let store = try Self.generated(seed: 3)
        let everyone = try store.participants()
        for query in ["sao", "王", "محمد", "мари", "jose garcia", "geo", "ＩＴＵ"] {
            #expect(try store.participants(filter: query).map(\.id) == DirectoryFilter.matching(everyone, query: query).map(\.id))
        }
        try store.read { db in
            for participant in try Participant.fetchAll(db) {
                #expect(try String.fetchOne(db, sql: "SELECT searchKey FROM participant WHERE id = ?", arguments: [participant.id])
                    == participant.searchKey)
            }
            for organisation in try Organisation.fetchAll(db) {
                #expect(try String.fetchOne(db, sql: "SELECT searchKey FROM organisation WHERE id = ?", arguments: [organisation.id])
                    == organisation.searchKey)
            }
        }
    }

    @Test("a database with participants or meetings of its own is refused and left as it was")
    func refusesRealData() throws {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        #expect(throws: ConveneError.self) { try SyntheticData.generate(into: store, participants: 50, meetings: 1, seed: 1) }
        #expect(try store.participants().count == 1)
    }
}
