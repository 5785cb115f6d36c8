import ConveneTestSupport
import Foundation
import GRDB
import PropertyBased
import Testing
@testable import ConveneCore

/// The stored search keys (migration v6) against `TextFolding.fold` itself: after any adds,
/// edits and undos, every row's key is its fields folded, the history never holds a key, and
/// the SQL filter over the keys finds exactly what the in-memory filter finds.
@Suite("Stored search keys, property-based")
struct SearchKeyProperties {
    /// Pieces that fold in every way the filter knows: case, diacritics, letters that do not
    /// decompose, full-width forms, CJK, Cyrillic, Arabic, combining marks.
    static let pieces = ["São", "Paulo", "ŁÓDŹ", "Straße", "ＩＴＵ", "山田", "太郎", "张伟", "Мария", "Иванова",
                         "محمد", "السيد", "Øresund", "e\u{301}", "Dr", "-", "x", "Ana", "ANA", " "]
    static let picks = Gen<Int>.value(in: 0...(pieces.count - 1)).array(of: 0...3)
    static let fields = picks.array(of: 6)
    static let script = Gen<Int>.value(in: 0...9).array(of: 4...10)

    static func text(_ picks: [Int]) -> String { picks.map { pieces[$0] }.joined() }

    /// Folded fields joined by U+0001, computed here from the fields, not by `SearchKey`.
    static func expectedKey(_ fields: [String?]) -> String {
        fields.compactMap { $0 }.map(TextFolding.fold).joined(separator: "\u{1}")
    }

    @Test("keys equal the folded fields after adds, edits and undo; the SQL filter agrees with the in-memory one")
    func keysFollowEveryWrite() async {
        await propertyCheck(count: 25, input: Self.fields, Self.script) { fields, script in
            let store = try TestSupport.memoryStore()
            let organisation = try store.addOrganisation(OrganisationDraft(
                name: Self.text(fields[0]) + "Org", category: "academia", shortName: Self.text(fields[1]),
                nameZh: Self.text(fields[2])))
            var ids: [Int64] = []
            for (step, action) in script.enumerated() {
                let field = { (offset: Int) in Self.text(fields[(step + offset) % fields.count]) }
                switch action {
                case 0...3:
                    ids.append(try store.addParticipant(ParticipantDraft(
                        honorific: field(0), givenName: field(1), familyName: field(2) + "n",
                        organisation: action == 0 ? "\(organisation)" : nil, function: field(3),
                        email: "p\(step)@example.org", country: action == 1 ? "BRA" : nil)))
                case 4...6 where !ids.isEmpty:
                    try store.editParticipant(.id(ids[step % ids.count]), ParticipantDraft(
                        givenName: field(4), familyName: field(5) + "e", function: ""))
                case 7:
                    try store.editOrganisation(.id(organisation), OrganisationEdit(name: field(1) + "Renamed", shortName: ""))
                default:
                    _ = try? store.undo()
                }
            }
            try store.read { db in
                for row in try Row.fetchAll(db, sql: "SELECT * FROM participant") {
                    let display = PersonName.display(honorific: row["honorific"], given: row["givenName"], family: row["familyName"])
                    let expected = Self.expectedKey([row["honorific"], row["givenName"], row["familyName"], display,
                                                     row["email"], row["function"]])
                    #expect(row["searchKey"] == expected, "participant \(row["id"] as Int64)")
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM organisation") {
                    #expect(row["searchKey"] == Self.expectedKey([row["name"], row["shortName"], row["nameZh"]]))
                }
                let logged = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM changeRow WHERE before LIKE '%searchKey%' OR after LIKE '%searchKey%'
                    """)
                #expect(logged == 0, "the history holds a search key")
            }
            let everyone = try store.participants()
            for query in [Self.text(fields[1]), Self.text(fields[4]), "sao", "lodz", "itu", "брази", "بر", "brazil 巴西", "Org"] {
                let inSQL = try store.participants(filter: query).map(\.id)
                let inMemory = DirectoryFilter.matching(everyone, query: query).map(\.id)
                #expect(inSQL == inMemory, "query \(query.debugDescription)")
            }
        }
    }
}
