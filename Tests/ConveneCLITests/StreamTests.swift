import Foundation
import Testing

/// What a stream must hold after a command.
enum StreamExpectation: Sendable, CustomStringConvertible {
    case empty
    /// Holds this text (and something else, perhaps).
    case contains(String)
    /// Exactly these lines.
    case lines([String])

    func check(_ text: String) -> Bool {
        switch self {
        case .empty: text.isEmpty
        case let .contains(part): text.contains(part)
        case let .lines(lines): text == lines.map { $0 + "\n" }.joined()
        }
    }

    var description: String {
        switch self {
        case .empty: "empty"
        case let .contains(part): "containing \(part.debugDescription)"
        case let .lines(lines): "exactly \(lines)"
        }
    }
}

/// A meeting "RD" with three agenda items (the third linked to a clause), a decision and an
/// action point under item 2, three participants (two invited), an organisation of its own,
/// and a meeting "EMPTY" with nothing in it; built once, copied for each command.
enum PreparedDatabase {
    static let template: URL = {
        do {
            let convene = try ConveneProcess()
            for arguments in [
                ["participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@anatel.gov.br", "--org", "BRA"],
                ["participant", "add", "--given", "芳", "--family", "王", "--org", "CHN"],
                ["participant", "add", "--given", "ليلى", "--family", "حداد"],
                ["org", "add", "--name", "Geo Services", "--category", "geospatial-provider"],
                ["meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich"],
                ["meeting", "add", "--code", "EMPTY", "--title", "Nothing yet", "--start", "2027-05-02T09:30", "--tz", "Europe/Zurich"],
                ["invite", "RD", "1", "2"],
                ["agenda", "add", "RD", "--title", "Opening"],
                ["agenda", "add", "RD", "--title", "Budget"],
                ["agenda", "add", "RD", "--title", "Closing", "--clause", "R174-2010/recalling/g"],
                ["decision", "add", "RD", "2", "--text", "Agreed"],
                ["action", "add", "RD", "--text", "Report back", "--owner", "1", "--item", "2"],
            ] {
                _ = try convene.ok(arguments)
            }
            return convene.home
        } catch {
            fatalError("cannot prepare the database: \(error)")
        }
    }()

    /// A new private home holding a copy of the prepared database.
    static func copy() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        let folder = "data/convene"
        try FileManager.default.createDirectory(at: convene.home.appendingPathComponent(folder), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: template.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: template.appendingPathComponent(folder).appendingPathComponent(name),
                                             to: convene.home.appendingPathComponent(folder).appendingPathComponent(name))
        }
        return convene
    }
}

extension ConveneProcess {
    /// `ok` for an array of arguments.
    func ok(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure(message: "convene \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .newlines)
    }
}

@Suite("Standard output carries only what was asked for; every message goes to standard error")
struct StreamTests {
    static let cases: [([String], StreamExpectation, StreamExpectation)] = [
        (["org", "list", "--filter", "geo services"], .contains("Geo Services"), .empty),
        (["org", "list", "--filter", "nothing like this"], .empty, .lines(["no organisations match"])),
        (["org", "show", "BRA"], .contains("BRA"), .empty),
        (["org", "add", "--name", "Ocean Data", "--category", "information-provider"], .contains("2"), .empty),
        (["org", "edit", "Geo Services", "--short", "GEO"], .empty, .empty),
        (["org", "edit", "Geo Services", "--name", "Geo Services"], .empty, .lines(["nothing to change"])),
        (["org", "remove", "Geo Services"], .empty, .empty),
        (["participant", "add", "--given", "Olga", "--family", "Ivanova"], .lines(["4"]), .empty),
        (["participant", "list"], .contains("حداد"), .empty),
        (["participant", "list", "--filter", "nobody"], .empty, .lines(["no participants match"])),
        (["participant", "show", "1"], .contains("Ana Souza"), .empty),
        (["participant", "edit", "1", "--function", "Adviser"], .empty, .empty),
        (["participant", "edit", "1"], .empty, .lines(["nothing to change"])),
        (["participant", "remove", "3"], .empty, .empty),
        (["participant", "remove", "2", "--purge"], .empty, .empty),
        (["meeting", "add", "--title", "Dialogue", "--start", "2027-09-01T10:00"], .lines(["3"]), .empty),
        (["meeting", "list"], .contains("Regional dialogue"), .empty),
        (["meeting", "show", "RD"], .contains("Regional dialogue"), .empty),
        (["meeting", "edit", "RD", "--venue", "Genève"], .empty, .empty),
        (["meeting", "edit", "RD"], .empty, .lines(["nothing to change"])),
        (["meeting", "edit", "RD", "--title", "Regional dialogue", "--tz", "Europe/Zurich"], .empty, .lines(["nothing to change"])),
        (["meeting", "remove", "EMPTY"], .empty, .empty),
        (["invite", "RD", "3"], .empty, .lines(["invited 1"])),
        (["reply", "RD", "1", "accepted"], .empty, .empty),
        (["attend", "RD", "1", "present"], .empty, .empty),
        (["agenda", "add", "RD", "--title", "Any other business"], .lines(["4"]), .empty),
        (["agenda", "list", "RD"], .contains("Budget"), .empty),
        (["agenda", "list", "EMPTY"], .empty, .lines(["the agenda has no items yet"])),
        (["agenda", "edit", "RD", "1", "--minutes", "10"], .empty, .empty),
        (["agenda", "edit", "RD", "1", "--title", "Opening"], .empty, .lines(["nothing to change"])),
        (["agenda", "move", "RD", "1", "down"], .lines(["2"]), .empty),
        (["agenda", "link", "RD", "1", "R174-2010/recalling/g"], .empty, .empty),
        (["agenda", "unlink", "RD", "3", "R174-2010/recalling/g"], .empty, .empty),
        (["agenda", "remove", "RD", "1"], .empty, .empty),
        (["agenda", "clock", "RD", "2", "start"], .empty, .contains("clock started on item 2 at ")),
        (["note", "RD", "1", "--text", "- first point"], .empty, .empty),
        (["decision", "add", "RD", "1", "--text", "Adopted"], .lines(["2"]), .empty),
        (["decision", "list", "RD"], .contains("Agreed"), .empty),
        (["decision", "list", "EMPTY"], .empty, .lines(["no decisions recorded for the meeting"])),
        (["decision", "show", "1"], .contains("Agreed"), .empty),
        (["decision", "edit", "RD", "1", "--text", "Agreed as amended"], .empty, .empty),
        (["decision", "edit", "RD", "--decision-id", "1", "--text", "Agreed"], .empty, .lines(["nothing to change"])),
        (["decision", "remove", "RD", "1"], .empty, .empty),
        (["action", "add", "RD", "--text", "Circulate", "--owner", "2"], .lines(["2"]), .empty),
        (["action", "list"], .contains("Report back"), .empty),
        (["action", "list", "--meeting", "EMPTY"], .empty, .lines(["no action points match"])),
        (["action", "show", "1"], .contains("Report back"), .empty),
        (["action", "edit", "1", "--due", "2027-05-01", "--owner", "souza"], .empty, .empty),
        (["action", "edit", "1", "--text", "Report back"], .empty, .lines(["nothing to change"])),
        (["action", "remove", "1"], .empty, .empty),
        (["action", "done", "1"], .empty, .empty),
        (["action", "drop", "1"], .empty, .empty),
        (["minutes", "times", "RD", "--opened", "09:35"], .empty, .empty),
        (["minutes", "approve", "RD", "--date", "2027-03-05"], .lines(["1"]), .empty),
        (["minutes", "versions", "RD"], .empty, .lines(["no version of the minutes has been approved"])),
        (["minutes", "versions", "RD", "--json"], .lines(["[", "", "]"]), .empty),
        (["export", "agenda", "RD", "--date", "2027-02-01"], .contains("Budget"), .empty),
        (["export", "agenda", "RD", "--date", "2027-02-01", "-o", "-"], .contains("Budget"), .empty),
        (["export", "minutes", "RD", "--date", "2027-02-01", "--output=-"], .contains("Agreed"), .empty),
        (["export", "minutes", "RD", "--date", "2027-02-01", "-o", "minutes.md"], .empty, .lines(["wrote minutes.md"])),
        (["report", "implementation", "--date", "2027-06-01"], .contains("operative clauses addressed"), .empty),
        (["report", "implementation", "--date", "2027-06-01", "--json"], .contains("\"clauses\""), .empty),
        (["resolution", "list"], .contains("R174-2010"), .empty),
        (["resolution", "show", "R174-2010"], .contains("R174-2010/recalling/g"), .empty),
        (["resolution", "compare", "R174-2010", "R174-2022-RCC"], .contains("Only in R174-2010"), .empty),
        (["resolution", "import", SeedFiles.res174, "--id", "R174-2014", "--dry-run"], .contains("R174-2014/recalling/g"),
         .contains("dry run: nothing was written")),
        (["clause", "show", "R174-2010/recalling/g"], .contains("recalling g)"), .empty),
        (["clause", "search", "illicit"], .contains("R174-2010/aware/b"), .empty),
        (["clause", "search", "zzzz"], .empty, .lines(["no clause matches 'zzzz'"])),
        (["speaker", "add", "RD", "2", "--participant", "souza"], .contains("1"), .empty),
        (["speaker", "next", "RD", "2"], .empty, .lines(["the speakers' list is done"])),
        (["speaker", "list", "RD"], .empty, .lines(["no speakers listed"])),
        (["undo"], .empty, .lines(["undone: action add #1 for Ana Souza at #1"])),
        (["history", "--limit", "1"], .contains("action add"), .empty),
        (["check"], .empty, .contains("is sound")),
        (["backup", "backup.json"], .empty, .lines(["convene: backed up to backup.json"])),
        (["backup", "--sqlite", "copy.sqlite"], .empty, .lines(["convene: backed up to copy.sqlite"])),
        (["restore", InterchangeFiles.freshBackup, "--db", "restored.sqlite"], .empty, .contains("restored ")),
        (["restore", InterchangeFiles.freshBackup, "--merge"], .contains("ADDED"), .lines(["merged \(InterchangeFiles.freshBackup)"])),
        (["import", "participants", InterchangeFiles.registrations, "--dry-run"], .contains("new"),
         .lines(["ignored the unknown column 'Badge type'", "2 new, 0 updates, 0 unchanged, 0 errors", "dry run: nothing was written"])),
        (["import", "participants", InterchangeFiles.registrations], .contains("new"),
         .lines(["ignored the unknown column 'Badge type'", "2 new, 0 updates, 0 unchanged, 0 errors",
                 "imported: 2 added, 0 updated, 1 organisation added"])),
        (["export", "participants"], .contains("given_name"), .empty),
        (["export", "participants", "--meeting", "RD", "-o", "rd.csv"], .empty, .lines(["wrote rd.csv"])),
        (["export", "ics", "RD"], .contains("BEGIN:VCALENDAR"), .empty),
        (["export", "invitations", "RD"], .contains("From convene@localhost"), .lines(["left out 王芳: no e-mail address", "1 invitation"])),
        (["export", "aliases"], .contains("alias ana.souza"), .empty),
        (["where"], .contains("Database: "), .lines(["there is no config file; the app uses its default keys"])),
        (["snapshot", "--size", "80x24"], .contains("1 Meetings"), .empty),
    ]

    @Test("each command prints its output on stdout and its messages on stderr, exit 0", arguments: cases)
    func streams(arguments: [String], stdout: StreamExpectation, stderr: StreamExpectation) throws {
        let convene = try PreparedDatabase.copy()
        defer { convene.cleanUp() }
        if arguments.starts(with: ["export", "invitations"]) { try convene.writeOrganiserConfig() }
        let result = try convene.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(stdout.check(result.stdout), "\(arguments): stdout \(result.stdout.debugDescription) is not \(stdout)")
        #expect(stderr.check(result.stderr), "\(arguments): stderr \(result.stderr.debugDescription) is not \(stderr)")
    }

    /// Commands that open the app, and so exit 2 here, with no terminal; their streams are
    /// tested where they are (`demo`: SampleDataCommandTests).
    static let needingATerminal: Set<String> = ["demo"]

    /// Commands that need other commands before them to succeed: those, then the command.
    static let casesAfterSetup: [([[String]], [String], StreamExpectation, StreamExpectation)] = [
        ([["undo"]], ["redo"], .empty, .lines(["redone: action add #1 for Ana Souza at #1"])),
        ([["speaker", "add", "RD", "2", "--participant", "souza"]], ["speaker", "remove", "1"], .empty, .empty),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"]], ["minutes", "reopen", "RD", "--reason", "a statement was left out"],
         .empty, .empty),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"]], ["minutes", "corrigendum", "RD", "--text", "For *Agreed* read *Adopted*.",
                                                                 "--date", "2027-03-20"], .lines(["2"]), .empty),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"]], ["minutes", "versions", "RD"], .contains("Summary record"), .empty),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"], ["minutes", "reopen", "RD", "--reason", "Budget"],
          ["note", "RD", "2", "--text", "Discussed."], ["minutes", "approve", "RD", "--date", "2027-03-12"]],
         ["minutes", "diff", "RD"], .contains("+2.1 Discussed."), .empty),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"]], ["minutes", "diff", "RD", "1", "1"], .empty,
         .lines(["the versions are the same"])),
        ([["minutes", "approve", "RD", "--date", "2027-03-05"]], ["export", "minutes", "RD", "--version", "1"],
         .contains("Approved on 5 March 2027 by the meeting."), .empty),
    ]

    @Test("after their setup, each command prints its output on stdout and its messages on stderr, exit 0",
          arguments: casesAfterSetup)
    func streamsAfterSetup(setup: [[String]], arguments: [String], stdout: StreamExpectation, stderr: StreamExpectation) throws {
        let convene = try PreparedDatabase.copy()
        defer { convene.cleanUp() }
        for step in setup { _ = try convene.ok(step) }
        let result = try convene.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(stdout.check(result.stdout), "\(arguments): stdout \(result.stdout.debugDescription) is not \(stdout)")
        #expect(stderr.check(result.stderr), "\(arguments): stderr \(result.stderr.debugDescription) is not \(stderr)")
    }

    @Test("the table covers every command convene has")
    func everyCommand() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let covered = Set(Self.cases.map { Self.commandPath($0.0) } + Self.casesAfterSetup.map { Self.commandPath($0.1) })
            .union(Self.needingATerminal)
        let leaves = try Self.leafCommands(convene, path: [])
        #expect(!leaves.isEmpty)
        #expect(Set(leaves).subtracting(covered).isEmpty, "not covered: \(Set(leaves).subtracting(covered).sorted())")
    }

    @Test("-o - writes the export to standard output, and no file named '-'")
    func dashIsStandardOutput() throws {
        let convene = try PreparedDatabase.copy()
        defer { convene.cleanUp() }
        let plain = try convene.succeeded("export", "agenda", "RD", "--date", "2027-02-01")
        let dashed = try convene.succeeded("export", "agenda", "RD", "--date", "2027-02-01", "-o", "-")
        #expect(!plain.stdout.isEmpty)
        #expect(dashed.stdout == plain.stdout)
        #expect(!FileManager.default.fileExists(atPath: convene.home.appendingPathComponent("-").path))
    }

    @Test("nothing found is exit 0 with [] in --json and nothing on stderr")
    func emptyJSON() throws {
        let convene = try PreparedDatabase.copy()
        defer { convene.cleanUp() }
        for arguments in [["clause", "search", "zzzz", "--json"], ["participant", "list", "--filter", "nobody", "--json"],
                          ["agenda", "list", "EMPTY", "--json"], ["action", "list", "--meeting", "EMPTY", "--json"]] {
            let result = try convene.run(arguments)
            #expect(result.status == 0)
            let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
            #expect(parsed?.isEmpty == true, "\(arguments): \(result.stdout)")
        }
    }

    /// "agenda move" from ["agenda", "move", "RD", …]: the words before the first that is
    /// not a command name.
    static func commandPath(_ arguments: [String]) -> String {
        let groups: Set<String> = ["org", "participant", "meeting", "agenda", "decision", "action", "speaker", "minutes",
                                   "export", "report", "resolution", "clause", "import"]
        return groups.contains(arguments[0]) ? arguments[0] + " " + arguments[1] : arguments[0]
    }

    /// The commands `--help` lists, recursively, down to those without subcommands: the
    /// names at the start of the lines of its SUBCOMMANDS section, which ends at a blank line.
    static func leafCommands(_ convene: ConveneProcess, path: [String]) throws -> [String] {
        let help = try convene.run(path + ["--help"]).stdout
        guard path.count < 3, let section = help.range(of: "SUBCOMMANDS:\n") else {
            return path.isEmpty ? [] : [path.joined(separator: " ")]
        }
        let lines = help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let names = lines.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first,
                  word.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(word)
        }.filter { $0 != "help" }
        return try names.flatMap { try leafCommands(convene, path: path + [$0]) }
    }
}
