import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Importing participants from the fixture files")
struct ImportFixtureTests {
    func plan(_ name: String, _ store: Store, options: ParticipantImportOptions = ParticipantImportOptions()) throws
        -> ParticipantImportPlan {
        try store.planParticipantImport(csv: try ImportFixtures.data(name), source: name, options: options)
    }

    func statuses(_ plan: ParticipantImportPlan) -> [String] {
        plan.rows.map { "\($0.line) \($0.status.rawValue)" }
    }

    @Test("a semicolon file from a European spreadsheet: aliases, diacritics, a country by code and by name")
    func europeanSemicolons() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("european-semicolon.csv", store)
        #expect(plan.delimiter == .semicolon)
        #expect(statuses(plan) == ["2 new", "3 new", "4 new"])
        _ = try store.importParticipants(plan)
        let people = try store.participants()
        #expect(people.map(\.name) == ["Herr Jürgen Groß", "Mme Zoé Lefèvre", "Sra María José Núñez Peña"])
        #expect(people.map(\.country) == ["DEU", "FRA", "ESP"])
        #expect(people[1].notes == "Arrivée 3,5 jours avant")
        #expect(people[2].notes == "Llega; el lunes")
        #expect(people[1].phone == "+33 1 40 47 70 00")
        // The stored search keys are written with the rows: the filter finds them.
        #expect(try store.participants(filter: "lefevre").map(\.name) == ["Mme Zoé Lefèvre"])
    }

    @Test("a UTF-8 byte-order mark is not part of the first header name")
    func byteOrderMark() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("bom.csv", store)
        #expect(statuses(plan) == ["2 new"])
        #expect(plan.unknownColumns.isEmpty)
        _ = try store.importParticipants(plan)
        #expect(try store.participants().map(\.name) == ["Åsa Ödegaard"])
    }

    @Test("a UTF-16 tab-separated file (a spreadsheet's Unicode text) is read")
    func utf16() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("utf16.csv", store)
        #expect(plan.delimiter == .tab)
        #expect(statuses(plan) == ["2 new", "3 new"])
        _ = try store.importParticipants(plan)
        #expect(try store.participants().map(\.name).sorted() == ["Αλέξανδρος Παπαδόπουλος", "Иван Петров"])
    }

    @Test("quoted cells keep line breaks, delimiters and quotes; line numbers count the physical lines")
    func quotedNewlines() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("quoted-newlines.csv", store)
        #expect(statuses(plan) == ["2 new", "5 new"])
        _ = try store.importParticipants(plan)
        let ana = try store.participant(.text("ana@anatel.example.br"))
        #expect(ana.notes == "First line\nsecond line, with a comma\nand \"quotes\"")
        #expect(ana.function == "Adviser")
    }

    @Test("Chinese and Arabic names; Member States by Chinese name and ISO code; new organisations created")
    func chineseAndArabic() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("chinese-arabic.csv", store)
        #expect(statuses(plan) == ["2 new", "3 new", "4 new", "5 new"])
        _ = try store.importParticipants(plan)
        let wang = try store.participant(.text("wang.wei@miit.example.cn"))
        #expect(wang.name == "王伟")
        #expect(wang.country == "CHN")
        #expect(wang.organisationName == "China")
        #expect(try store.participant(.text("li.fang@miit.example.cn")).organisationName == "China")
        let layla = try store.participant(.text("layla@tra.example.eg"))
        #expect(layla.organisationName == "الجهاز القومي لتنظيم الاتصالات")
        #expect(try store.organisation(.text("الجهاز القومي لتنظيم الاتصالات")).category == .other)
        #expect(try store.participants().contains { $0.name == "Mr محمد العلي" && $0.email == nil })
    }

    @Test("registration-export headers: First Name, E-mail, Affiliation, Position, Title as honorific; unknown columns named")
    func registrationExport() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("registration-export.csv", store)
        #expect(plan.unknownColumns == ["Badge type"])
        #expect(statuses(plan) == ["2 new", "3 new"])
        _ = try store.importParticipants(plan)
        let ana = try store.participant(.text("ana.souza@anatel.example.br"))
        #expect(ana.name == "Ms Ana Souza")
        #expect(ana.function == "Adviser")
        #expect(ana.organisationName == "Brazil")
        #expect(ana.country == "BRA")
    }

    @Test("failing files: the right error row, and the database file byte for byte unchanged", arguments: [
        ("duplicate-rows.csv", ["2 new", "3 error", "4 new", "5 error"], "the same email as line 2 (a duplicate row)"),
        ("missing-names.csv", ["2 new", "3 error"], "a participant needs a given or a family name; both are empty"),
        ("bad-email.csv", ["2 error"], "invalid email address 'ana@example'"),
        ("unknown-country.csv", ["2 error"], "unknown country 'Atlantis' (an ISO code or an English or Chinese name)"),
        ("ragged-row.csv", ["2 new", "3 error"], "4 cells where the header has 3 (a ragged row)"),
    ])
    func failingFiles(name: String, expected: [String], reason: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store.open(path: folder.appendingPathComponent("c.sqlite").path, reference: TestSupport.reference)
        _ = try store.addParticipant(ParticipantDraft(givenName: "Kept", familyName: "Person", email: "kept@example.org"))
        try store.checkpoint()
        let before = try Data(contentsOf: folder.appendingPathComponent("c.sqlite"))
        let plan = try plan(name, store)
        #expect(statuses(plan) == expected)
        #expect(plan.rows.first { $0.status == .error }?.reason == reason)
        #expect(throws: ConveneError.self) { try store.importParticipants(plan) }
        try store.checkpoint()
        #expect(try Data(contentsOf: folder.appendingPathComponent("c.sqlite")) == before)
    }

    @Test("an empty file and a binary file are refused before any row", arguments: [
        ("empty.csv", "empty file"), ("binary.csv", "not a text file"),
    ])
    func unreadableFiles(name: String, reason: String) throws {
        let store = try TestSupport.memoryStore()
        do {
            _ = try plan(name, store)
            Issue.record("\(name) was read")
        } catch let error as ConveneError {
            #expect(error.description.contains(reason), "\(error)")
        }
    }

    @Test("--skip-invalid imports the valid rows; the import is one history entry that one undo removes")
    func skipInvalidAndUndo() throws {
        let store = try TestSupport.memoryStore()
        let plan = try plan("duplicate-rows.csv", store)
        let result = try store.importParticipants(plan, skippingInvalid: true)
        #expect(result.added == 2)
        #expect(try store.participants().count == 2)
        #expect(try store.history(limit: 5).count == 1)
        try store.undo()
        #expect(try store.participants().isEmpty)
    }

    @Test("a plan read before another change to the database is refused")
    func stalePlan() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.sqlite").path
        let store = try Store.open(path: path, reference: TestSupport.reference)
        let plan = try plan("bom.csv", store)
        let other = try Store.open(path: path, reference: TestSupport.reference)
        _ = try other.addParticipant(ParticipantDraft(givenName: "Someone", familyName: "Else"))
        #expect(throws: ConveneError.self) { try store.importParticipants(plan) }
        #expect(try store.participants().map(\.name) == ["Someone Else"])
    }
}
