import ConveneTestSupport
import Foundation
import GRDB
import Testing
@testable import ConveneCore

/// A database written by convene at 66f19c1, whose migrations still inserted the shipped rows
/// themselves (see Fixtures/README.md), against today's migrations and `ShippedData`.
@Suite("Databases written by earlier releases")
struct MigrationCompatibilityTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/release-66f19c1.sqlite")

    /// A copy of the fixture in a fresh folder: opening a WAL-mode database, even to read it,
    /// writes -shm and -wal files beside it, and the original must stay as it is.
    static func copyOfFixture() throws -> String {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    @Test("the old database opens without any change to its schema or rows, and nothing is inserted again")
    func oldDatabaseUnchanged() throws {
        let path = try Self.copyOfFixture()
        let before = try DatabaseContents.read(path: path)
        #expect(before.rows["country"]?.count == 249)
        #expect(before.rows["clause"]?.count == 96)

        // Without a data folder: the shipped rows are already there, so none is needed.
        let missingData = ReferenceData(directory: URL(fileURLWithPath: "/nonexistent"))
        let store = try Store.open(path: path, reference: missingData)
        try store.checkpoint()
        let after = try DatabaseContents.read(path: path)

        // Migrations were added since that release. v5 adds the history's author
        // columns, empty for the old entries, and two indexes. v6 adds the stored search
        // keys, computed for the old rows, and makes the two tables' update triggers fire
        // only for the columns the history keeps, which it still logs without the keys.
        let addedByV5 = [
            "index changeOpen: CREATE INDEX changeOpen ON change(id) WHERE isOpen",
            "index changeRowTarget: CREATE INDEX changeRowTarget ON changeRow(tableName, rowKey)",
        ]
        // v7 adds the meeting's calendar sequence, which the history does not log (so the
        // meeting's update trigger names the columns it logs), and the triggers that raise it.
        let expectedSchema = before.schema.map { object in
            if object.hasPrefix("table change:") { return String(object.dropLast()) + ", user TEXT, host TEXT)" }
            if object.hasPrefix("table meeting:") {
                return String(object.dropLast()) + ", calendarSequence INTEGER NOT NULL DEFAULT 0"
                    + ", speakingMinutes INTEGER CHECK (speakingMinutes > 0), symbolPattern TEXT)"
            }
            if object.hasPrefix("table agendaItem:") {
                return String(object.dropLast()) + ", speakingMinutes INTEGER CHECK (speakingMinutes > 0)"
                    + ", isBreak BOOLEAN NOT NULL DEFAULT 0, fixedStart TEXT, day INTEGER NOT NULL DEFAULT 1 CHECK (day >= 1)"
                    + ", actualStart TEXT, actualSeconds INTEGER CHECK (actualSeconds >= 0))"
            }
            if object.hasPrefix("table participant:") {
                return String(object.dropLast()) + ", searchKey TEXT NOT NULL DEFAULT '', latinName TEXT)"
            }
            if object.hasPrefix("table organisation:") {
                return String(object.dropLast()) + ", searchKey TEXT NOT NULL DEFAULT ''"
                    + ", nameFr TEXT, nameEs TEXT, nameAr TEXT, nameRu TEXT)"
            }
            if object.hasPrefix("trigger track_meeting_update:") {
                let listed = ["id", "code", "title", "level", "region", "start", "end", "timeZone", "venue", "onlineLink",
                              "symbol", "status", "openedAt", "closedAt", "minutesStatus"].map { "\"\($0)\"" }.joined(separator: ", ")
                return object.replacingOccurrences(of: "AFTER UPDATE ON", with: "AFTER UPDATE OF \(listed) ON")
            }
            return object
        } + addedByV5
        let sequenceTriggers = after.schema.filter { $0.hasPrefix("trigger") && $0.contains("CalendarSequence:") }
        #expect(sequenceTriggers.map { $0.components(separatedBy: ":")[0] }.sorted() == [
            "trigger agendaItemDeleteCalendarSequence", "trigger agendaItemInsertCalendarSequence",
            "trigger agendaItemUpdateCalendarSequence", "trigger meetingCalendarSequence",
        ])
        // v8 adds the speakers' list, breaks, fixed times and days; the meeting's and the agenda
        // items' history triggers are made again to log the new columns, and the speakers'
        // table gets its own.
        let retracked = ["trigger track_meeting_", "trigger track_agendaItem_", "trigger track_speaker_"]
        func isV8(_ object: String) -> Bool {
            retracked.contains { object.hasPrefix($0) } || object.hasPrefix("table speaker:") || object.hasPrefix("index speakerByItem:")
        }
        let v8Objects = after.schema.filter(isV8)
        #expect(v8Objects.count == 11, "\(v8Objects)")
        #expect(v8Objects.filter { $0.hasPrefix("trigger track_agendaItem_update") }.allSatisfy { $0.contains("'isBreak'") && $0.contains("'day'") })
        #expect(v8Objects.filter { $0.hasPrefix("trigger track_meeting_update") }.allSatisfy { $0.contains("'speakingMinutes'") })
        // v9 (the official record) adds the frozen versions of the minutes with their
        // triggers, and makes the participant's and organisation's triggers again to log the
        // Latin-script name and the names in other languages; the meeting's and agenda
        // items' (made again by v8 above) log the symbol pattern and the clock's stamps.
        let retrackedByV9 = ["trigger track_participant_", "trigger track_organisation_", "trigger track_minutesVersion_"]
        func isV9(_ object: String) -> Bool {
            retrackedByV9.contains { object.hasPrefix($0) } || object.hasPrefix("table minutesVersion:")
                || object.hasPrefix("index sqlite_autoindex_minutesVersion_1:")
        }
        let v9Objects = after.schema.filter(isV9)
        #expect(v9Objects.count == 11, "\(v9Objects)")
        let searchKeyTables = ["participant", "organisation"]
        for table in searchKeyTables {
            let update = try #require(v9Objects.first { $0.hasPrefix("trigger track_\(table)_update:") })
            #expect(update.contains("AFTER UPDATE OF \"id\", ") && !update.contains("searchKey"), "\(update)")
        }
        #expect(v9Objects.filter { $0.hasPrefix("trigger track_participant_") }.allSatisfy { $0.contains("'latinName'") })
        #expect(v9Objects.filter { $0.hasPrefix("trigger track_organisation_") }.allSatisfy { $0.contains("'nameFr'") && $0.contains("'nameRu'") })
        #expect(v8Objects.filter { $0.hasPrefix("trigger track_meeting_") }.allSatisfy { $0.contains("'symbolPattern'") })
        #expect(v8Objects.filter { $0.hasPrefix("trigger track_agendaItem_") }.allSatisfy { $0.contains("'actualStart'") && $0.contains("'actualSeconds'") })
        let unchanged = { (object: String) in !sequenceTriggers.contains(object) && !isV8(object) && !isV9(object) }
        #expect(after.schema.filter(unchanged).sorted() == expectedSchema.filter { !isV8($0) && !isV9($0) }.sorted())
        #expect(after.migrations == Schema.identifiers)
        #expect(after.rows.keys.sorted() == (before.rows.keys + ["speaker", "minutesVersion"]).sorted())
        #expect(after.rows["speaker"]?.isEmpty == true)
        #expect(after.rows["minutesVersion"]?.isEmpty == true)
        for (table, rows) in before.rows {
            let expected: [[DatabaseValue]]
            switch table {
            case "change": expected = rows.map { $0 + [.null, .null] }
            case "meeting": expected = rows.map { $0 + [0.databaseValue, .null, .null] }
            case "agendaItem": expected = rows.map { $0 + [.null, false.databaseValue, .null, 1.databaseValue, .null, .null] }
            case "participant": expected = rows.map { $0 + [Self.participantKey($0).databaseValue, .null] }
            case "organisation": expected = rows.map { $0 + [Self.organisationKey($0).databaseValue] + Array(repeating: .null, count: 4) }
            default: expected = rows
            }
            #expect(after.rows[table] == expected, "table \(table) changed")
        }
        // The keys as the filter folds them: names as typed and as shown, email, function.
        let keys = try store.read { db in try String.fetchAll(db, sql: "SELECT searchKey FROM participant ORDER BY id") }
        #expect(keys == [
            "mr\u{1}伟\u{1}王\u{1}王伟\u{1}wang.wei@example.cn\u{1}处长",
            "\u{1}李晓明\u{1}李晓明\u{1}li@example.cn",
            "ms\u{1}amina\u{1}diallo\u{1}ms amina diallo\u{1}amina@example.sn",
            "dr\u{1}jose\u{1}sao paulo\u{1}dr jose sao paulo\u{1}jose@example.org",
        ])
        #expect(try store.participants(filter: "sao paulo").map(\.id) == [4])
        #expect(try store.participants(filter: "ASMG").isEmpty)
        #expect(try store.participants(filter: "中国 王").map(\.id) == [1])
    }

    /// The participant filter's key of a row of the fixture's participant table, folded from
    /// its columns by `TextFolding` itself: honorific, given, family, shown name, email, function.
    static func participantKey(_ row: [DatabaseValue]) -> String {
        func text(_ index: Int) -> String? { String.fromDatabaseValue(row[index]) }
        let shown = PersonName.display(honorific: text(1), given: text(2) ?? "", family: text(3) ?? "")
        return [text(1), text(2), text(3), shown, text(6), text(5)].compactMap { $0 }
            .map(TextFolding.fold).joined(separator: "\u{1}")
    }

    /// The organisation's names, folded: name, short name, Chinese name.
    static func organisationKey(_ row: [DatabaseValue]) -> String {
        func text(_ index: Int) -> String? { String.fromDatabaseValue(row[index]) }
        return [text(1), text(3), text(2)].compactMap { $0 }.map(TextFolding.fold).joined(separator: "\u{1}")
    }

    @Test("the old database's people, meeting, agenda and minutes read back through the store")
    func oldDatabaseData() throws {
        let store = try Store.open(path: try Self.copyOfFixture(), reference: TestSupport.reference)
        let names = try store.participants().map(\.name)
        #expect(names == ["Ms Amina Diallo", "Dr José São Paulo", "李晓明", "王伟"])
        let meetings = try store.meetings()
        #expect(meetings.map(\.meeting.code) == ["RD-2026"])
        #expect(meetings.first?.meeting.venue == "北京国际会议中心")
        let (links, notes, decisions, actions, changes) = try store.read { db in
            (
                try String.fetchAll(db, sql: "SELECT clauseKey FROM agendaClause ORDER BY id"),
                try String.fetchAll(db, sql: "SELECT notes FROM agendaItem WHERE notes IS NOT NULL ORDER BY id"),
                try String.fetchAll(db, sql: "SELECT text FROM decision ORDER BY id"),
                try String.fetchAll(db, sql: "SELECT text || ' ' || status FROM actionPoint ORDER BY id"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM change") ?? 0
            )
        }
        #expect(links == ["R174-2010/requests-sg", "R174-2022-RCC/aware/b", "R130-2006/considering/b",
                          "R174-2010/invites-ms-and-stakeholders"])
        #expect(notes.count == 2)
        #expect(notes.last == "会议讨论了第174号决议。")
        #expect(decisions == ["The agenda was adopted.", "会议同意继续对话。"])
        #expect(actions == ["Circulate the draft report done", "收集成员国意见 open"])
        #expect(changes == 28)
        // Every cited clause is still in the corpus, once.
        for key in links { #expect(try store.clause(key).clause.key == key) }
        #expect(try store.history(limit: 1).first?.summary == "undo: participant add #5 Temp Person")
    }

    @Test("a new database gets the schema of an upgraded old one, and its shipped rows, outside the history")
    func newDatabaseMatchesOldRelease() throws {
        let oldPath = try Self.copyOfFixture()
        try Store.open(path: oldPath, reference: TestSupport.reference).checkpoint()
        let old = try DatabaseContents.read(path: oldPath)
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        let store = try Store.open(path: path, reference: TestSupport.reference)
        try store.checkpoint()
        let new = try DatabaseContents.read(path: path)

        #expect(new.schema == old.schema)
        #expect(new.migrations == old.migrations)
        for table in ["country", "resolution", "resolutionHeading", "clause"] {
            let rows = try #require(new.rows[table])
            #expect(!rows.isEmpty)
            #expect(rows == old.rows[table], "table \(table) differs")
        }
        // The old database has one organisation of its own after the shipped ones.
        let organisations = try #require(new.rows["organisation"])
        #expect(organisations.count == 200)
        #expect(Array(old.rows["organisation"]?.prefix(organisations.count) ?? []) == organisations)
        #expect(new.rows["change"]?.isEmpty == true)
        #expect(new.rows["changeRow"]?.isEmpty == true)
    }

    @Test("two stores opening one new database at once fill it once")
    func concurrentOpening() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("convene.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                _ = try Store.open(path: path, reference: TestSupport.reference)
            } catch {
                failures.append("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let contents = try DatabaseContents.read(path: path)
        #expect(contents.rows["country"]?.count == 249)
        #expect(contents.rows["organisation"]?.count == 200)
        #expect(contents.rows["clause"]?.count == 96)
        #expect(contents.migrations == Schema.identifiers)
    }
}

/// Everything in a database file: its schema, its migrations and every table's rows.
private struct DatabaseContents {
    /// `type name: sql` of every schema object, by name.
    var schema: [String]
    var migrations: [String]
    var rows: [String: [[DatabaseValue]]]

    static func read(path: String) throws -> DatabaseContents {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            let schema = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name")
                .map { row in "\(row["type"] as String) \(row["name"] as String): \(row["sql"] as String? ?? "")" }
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var rows: [String: [[DatabaseValue]]] = [:]
            for table in tables where table != "grdb_migrations" {
                rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid").map { Array($0.databaseValues) }
            }
            return DatabaseContents(
                schema: schema,
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                rows: rows)
        }
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    // Every access holds `lock`.
    private let lock = NSLock()
    private var messages: [String] = []

    func append(_ message: String) {
        lock.withLock { messages.append(message) }
    }

    var all: [String] { lock.withLock { messages } }
}
