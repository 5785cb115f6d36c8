import ConveneCore
import ConveneTUI
import Foundation

/// `all`: one run of every figure the scale issue asks for, on one generated database of
/// 100,000 participants and 1,000 meetings, each beside the sqlite3 shell doing the same
/// work on the same file. Prints a table and writes the figures as JSON (`--json PATH`,
/// default benchmark-results.json).
func suite() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
    guard FileManager.default.isExecutableFile(atPath: convene.path) else {
        print("no convene binary beside the benchmark at \(convene.path): build it with the same configuration")
        exit(1)
    }
    var suite = Suite(folder: folder, database: option("--db") ?? folder.appendingPathComponent("suite.sqlite").path)
    if option("--db") == nil {
        if keep { print("database: \(suite.database)") }
        try suite.generate()
    }
    try suite.runAll()
    suite.printTable()
    let output = option("--json") ?? "benchmark-results.json"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(suite.report).write(to: URL(fileURLWithPath: output))
    print("figures written to \(output)")
}

/// One line of the table: convene's figures, the sqlite3 shell's for the same work, and
/// convene / sqlite3 of the medians.
struct SuiteRow: Codable {
    var name: String
    var target: String?
    var convene: Figures?
    var sqlite3: Figures?
    var ratio: Double?
    /// Why a row has no figures, or what its reference stands for.
    var note: String?
}

struct SuiteReport: Codable {
    var machine: String
    var participants: Int
    var meetings: Int
    var rows: [SuiteRow]
}

let sqlite3Shell = "/usr/bin/sqlite3"

struct Suite {
    let folder: URL
    let database: String
    var rows: [SuiteRow] = []
    let runCount = max(3, runs)

    init(folder: URL, database: String) {
        self.folder = folder
        self.database = database
    }

    var report: SuiteReport {
        SuiteReport(machine: machineDescription(), participants: 100_000, meetings: 1_000, rows: rows)
    }

    /// `convene dev generate`, a whole process: the figure the issue sets a target for, and
    /// this process stays small (children started with posix_spawn count its memory).
    mutating func generate() throws {
        let arguments = ["dev", "generate", "--participants", "100000", "--meetings", "1000", "--seed", "174", "--db", database]
        let run = try runMeasured(convene.path, arguments)
        guard run.status == 0 else { throw NSError(domain: "dev generate exited with status \(run.status)", code: 1) }
        rows.append(SuiteRow(name: "dev generate: 100,000 participants, 1,000 meetings (whole process)", target: "< 10 s",
                             convene: Figures([run.milliseconds]), note: "once"))
        print(String(format: "generated the database in %.1f s", run.milliseconds / 1000))
    }

    /// Adds a row measuring `arguments` of convene beside `sqlite` (arguments of the shell).
    mutating func compare(_ name: String, target: String?, _ arguments: [String], sqlite: [String]?,
                          sqliteInput: String? = nil, note: String? = nil) throws {
        let mine = try Figures.measure(runCount, convene.path, arguments + ["--db", database])
        let theirs = try sqlite.map { try Figures.measure(runCount, sqlite3Shell, $0, input: sqliteInput) }
        rows.append(SuiteRow(name: name, target: target, convene: mine, sqlite3: theirs,
                             ratio: theirs.map { mine.median / max($0.median, 0.001) }, note: note))
        print("  \(name): done")
    }

    mutating func unavailable(_ name: String, target: String?, because reason: String) {
        rows.append(SuiteRow(name: name, target: target, note: "not available: \(reason)"))
        print("  \(name): not available")
    }

    /// A file holding `text`, for the shell's standard input.
    func script(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every group of rows, or only the one `--only` names (first-frame, keystrokes, picker,
    /// listings, exports, csv, history).
    mutating func runAll() throws {
        let only = option("--only")
        func wanted(_ group: String) -> Bool { only == nil || only == group }
        if wanted("first-frame") { try firstFrame() }
        if wanted("keystrokes") { try keystrokes() }
        if wanted("picker") { try pickerKeystrokes() }
        if wanted("listings") { try listings() }
        if wanted("exports") { try exports() }
        if wanted("csv") { try csv() }
        if wanted("history") { try history() }
    }

    private mutating func firstFrame() throws {
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(folder.path)", "XDG_CONFIG_HOME=\(folder.path)",
                           "PATH=/usr/bin:/bin"]
        var times: [Double] = []
        var peak = 0.0
        for _ in 0..<max(3, min(runCount, 10)) {
            let launch = try launchOnTerminal(convene.path, ["--db", database, "--screen", "participants"],
                                              environment: environment, until: "100000 participants", quit: "q")
            times.append(launch.milliseconds)
            peak = max(peak, launch.peakRSSMegabytes)
        }
        let mine = Figures(times, peakRSS: peak)
        let firstScreen = Queries.listing(limit: 22)
        let theirs = try Figures.measure(runCount, sqlite3Shell, [database, firstScreen])
        rows.append(SuiteRow(name: "launch → first frame, Participants screen (pty, whole process)", target: "≤ 50 ms",
                             convene: mine, sqlite3: theirs, ratio: mine.median / theirs.median,
                             note: "sqlite3: the first screen's 22 rows of the listing query; the app's peak RSS as wait4 reports it, an upper bound"))
        print("  first frame: done")
    }

    /// Each keystroke of a query typed into the directory's filter, in this process, from
    /// delivering the key to the redrawn screen, as `directory-100k` measures it.
    private mutating func keystrokes() throws {
        let store = try Store.open(path: database, reference: reference)
        let size = Size(width: 80, height: 24)
        for (label, query, like) in [("Latin", "sao p", "sao p"), ("CJK", "王伟", "王伟")] {
            var times: [Double] = []
            for _ in 0..<max(2, runCount / 4) {
                var app = ConveneApp(databasePath: database, screen: .participants)
                let effects = AppEffects(store: store, environment: [:])
                ProgramRunner.deliver(.resize(size), to: &app) { effects.perform($0) }
                ProgramRunner.performDeferred(&app) { effects.perform($0) }
                _ = app.view(size: size)
                for key in try Key.sequence("/\(query)<BS><BS><Esc>") {
                    let start = DispatchTime.now()
                    ProgramRunner.deliver(.key(key), to: &app) { effects.perform($0) }
                    ProgramRunner.performDeferred(&app) { effects.perform($0) }
                    _ = app.view(size: size)
                    times.append(milliseconds(since: start))
                }
            }
            let mine = Figures(times)
            let theirs = try Figures.measure(runCount, sqlite3Shell, [database, Queries.filterCount(like)])
            rows.append(SuiteRow(name: "filter keystroke at 100,000, \(label) '\(query)' (in process)", target: "≤ 16 ms p99",
                                 convene: mine, sqlite3: theirs, ratio: mine.median / theirs.median,
                                 note: String(format: "p99 %.1f ms; sqlite3: one LIKE count over the same columns, whole process",
                                              mine.p99)))
            print("  keystrokes \(label): done")
        }
    }

    /// Each keystroke typed into the participant picker that the invitation form of the first
    /// meeting's Participants tab opens (`a`, then typing), from the key to the redrawn screen.
    private mutating func pickerKeystrokes() throws {
        let store = try Store.open(path: database, reference: reference)
        let size = Size(width: 80, height: 24)
        var times: [Double] = [], openings: [Double] = [], formLoads: [Double] = []
        var lastFrame: [String] = []
        for _ in 0..<max(2, runCount / 4) {
            var app = ConveneApp(databasePath: database)
            let effects = AppEffects(store: store, environment: [:])
            func deliver(_ keys: String, timing: Bool) throws {
                for key in try Key.sequence(keys) {
                    let start = DispatchTime.now()
                    ProgramRunner.deliver(.key(key), to: &app) { effects.perform($0) }
                    ProgramRunner.performDeferred(&app) { effects.perform($0) }
                    lastFrame = app.view(size: size).lines()
                    if timing { times.append(milliseconds(since: start)) }
                }
            }
            ProgramRunner.deliver(.resize(size), to: &app) { effects.perform($0) }
            ProgramRunner.performDeferred(&app) { effects.perform($0) }
            // Open the meeting, its Participants tab and the invitation form, which loads the
            // directory for its picker once it is drawn (timed apart, as the user reads the
            // form); the first letter then opens the picker (timed apart too).
            try deliver("<Enter><Tab>", timing: false)
            let formOpening = DispatchTime.now()
            try deliver("a", timing: false)
            formLoads.append(milliseconds(since: formOpening))
            let opening = DispatchTime.now()
            try deliver("d", timing: false)
            openings.append(milliseconds(since: opening))
            try deliver("ia<BS><BS><BS>王<BS>حداد<BS><Down><Down>", timing: true)
            guard lastFrame.contains(where: { $0.contains("Find: حدا") }) else {
                throw NSError(domain: "the picker did not open: \(lastFrame.joined(separator: "\n"))", code: 1)
            }
            try deliver("<Esc><Esc><Esc>", timing: false)
        }
        let mine = Figures(times)
        let theirs = try Figures.measure(runCount, sqlite3Shell, [database, Queries.filterCount("dia")])
        rows.append(SuiteRow(name: "participant picker keystroke at 100,000 (in process)", target: "≤ 16 ms p99",
                             convene: mine, sqlite3: theirs, ratio: mine.median / theirs.median,
                             note: String(format: "p99 %.1f ms; Latin, CJK and Arabic queries; sqlite3: one LIKE count, whole process",
                                          mine.p99)))
        rows.append(SuiteRow(name: "participant picker: the invitation form opens, then loads 100,000 for its picker (in process)",
                             target: nil, convene: Figures(formLoads),
                             note: "after the form is drawn; once per form after a change to the directory"))
        rows.append(SuiteRow(name: "participant picker: the first letter opens it over the loaded 100,000 (in process)", target: "≤ 16 ms",
                             convene: Figures(openings), note: "the first keystroke typed into the field"))
        print("  picker keystrokes: done")
    }

    private mutating func listings() throws {
        try compare("participant list (whole process)", target: "≤ 2× sqlite3", ["participant", "list"],
                    sqlite: [database, Queries.listing()])
        try compare("participant list --json", target: "≤ 2× sqlite3", ["participant", "list", "--json"],
                    sqlite: ["-json", database, Queries.listing()])
        try compare("participant list --filter sao", target: "≤ 2× sqlite3", ["participant", "list", "--filter", "sao"],
                    sqlite: [database, Queries.filter("sao")], note: "sqlite3: LIKE on the same columns (no accent folding)")
        try compare("participant list --filter 王伟", target: "≤ 2× sqlite3", ["participant", "list", "--filter", "王伟"],
                    sqlite: [database, Queries.filter("王伟")])
        try compare("participant list --filter sao --json", target: "≤ 2× sqlite3",
                    ["participant", "list", "--filter", "sao", "--json"], sqlite: ["-json", database, Queries.filter("sao")])
    }

    private mutating func exports() throws {
        // The generated meeting nearest to 1,000 attendees and 200 items.
        let found = try shellOutput(database, """
            SELECT m.code, (SELECT count(*) FROM invitation WHERE meetingId = m.id) AS invited,
                   (SELECT count(*) FROM agendaItem WHERE meetingId = m.id) AS items
            FROM meeting m ORDER BY invited / 1000.0 + items / 200.0 DESC LIMIT 1
            """).split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard found.count == 3 else { throw NSError(domain: "no generated meeting", code: 1) }
        let (code, invited, items) = (found[0], found[1], found[2])
        let minutes = folder.appendingPathComponent("minutes.md").path
        let attendance = try script("attendance.sql", ".mode markdown\n" + Queries.attendance(code) + "\n")
        try compare("export minutes of \(code): \(invited) invited, \(items) items", target: "≤ 100 ms",
                    ["export", "minutes", code, "--date", "2027-01-01", "-o", minutes],
                    sqlite: [database], sqliteInput: attendance, note: "sqlite3: the attendance table in .mode markdown")
        let report = folder.appendingPathComponent("report.md").path
        try compare("report implementation over 1,000 meetings", target: "≤ 300 ms",
                    ["report", "implementation", "--date", "2027-01-01", "-o", report],
                    sqlite: [database, Queries.implementation], note: "sqlite3: clause links with meetings, items and decisions")
    }

    /// CSV rows run once the commands exist (another branch builds them).
    private mutating func csv() throws {
        let exported = folder.appendingPathComponent("participants.csv").path
        if try runMeasured(convene.path, ["help", "export", "participants"]).status == 0 {
            let shellScript = try script("export.sql", ".headers on\n.mode csv\n" + Queries.listing() + "\n")
            try compare("CSV export of 100,000 participants", target: "≤ 1 s", ["export", "participants", "-o", exported],
                        sqlite: [database], sqliteInput: shellScript)
        } else {
            unavailable("CSV export of 100,000 participants", target: "≤ 1 s", because: "no `convene export participants` in this build")
        }
        if try runMeasured(convene.path, ["help", "import", "participants"]).status == 0,
           FileManager.default.fileExists(atPath: exported) {
            var times: [Double] = [], theirs: [Double] = []
            var peak = 0.0
            for run in 0..<max(3, runCount / 4) {
                let fresh = folder.appendingPathComponent("import-\(run).sqlite").path
                _ = try runMeasured(convene.path, ["where", "--db", fresh])
                let result = try runMeasured(convene.path, ["import", "participants", exported, "--db", fresh])
                guard result.status == 0 else { throw NSError(domain: "import exit \(result.status)", code: 1) }
                times.append(result.milliseconds)
                if run == 0 {
                    let again = folder.appendingPathComponent("import-memory.sqlite").path
                    _ = try runMeasured(convene.path, ["where", "--db", again])
                    peak = try peakMemory(convene.path, ["import", "participants", exported, "--db", again])
                }
                let shell = try script("import-\(run).sql", ".import --csv \(exported) imported\n")
                theirs.append(try runMeasured(sqlite3Shell, [folder.appendingPathComponent("shell-\(run).sqlite").path],
                                              input: shell).milliseconds)
            }
            let mine = Figures(times, peakRSS: peak), reference = Figures(theirs)
            rows.append(SuiteRow(name: "CSV import of 100,000 participants", target: "≤ 3 s", convene: mine, sqlite3: reference,
                                 ratio: mine.median / reference.median, note: "sqlite3: .import --csv into a new table"))
        } else {
            unavailable("CSV import of 100,000 participants", target: "≤ 3 s", because: "no `convene import participants` in this build")
        }
    }

    /// `undo` of a one-field edit and `history --limit 20`, each a whole process that opens
    /// the 100,000-participant database.
    private mutating func history() throws {
        var times: [Double] = []
        for run in 0...runCount {
            let edit = try runMeasured(convene.path, ["participant", "edit", "1", "--function", "Run \(run)", "--db", database])
            let undo = try runMeasured(convene.path, ["undo", "--db", database])
            guard edit.status == 0, undo.status == 0 else { throw NSError(domain: "undo exit \(undo.status)", code: 1) }
            if run > 0 { times.append(undo.milliseconds) }
        }
        _ = try runMeasured(convene.path, ["participant", "edit", "1", "--function", "Memory", "--db", database])
        let mine = Figures(times, peakRSS: try peakMemory(convene.path, ["undo", "--db", database]))
        let theirs = try Figures.measure(runCount, sqlite3Shell, [database, "UPDATE participant SET function = function WHERE id = 1"])
        rows.append(SuiteRow(name: "undo (open the database, revert one edit)", target: nil, convene: mine, sqlite3: theirs,
                             ratio: mine.median / theirs.median, note: "sqlite3: one UPDATE of the same row"))
        try compare("history --limit 20", target: nil, ["history", "--limit", "20"], sqlite: [database, Queries.history])
    }

    func printTable() {
        func cell(_ figures: Figures?) -> String {
            guard let figures else { return "—" }
            let memory = figures.peakRSSMegabytes.map { String(format: ", %.0f MB", $0) } ?? ""
            return String(format: "%.1f / %.1f ms", figures.median, figures.p95) + memory
        }
        print("")
        print("| what | target | convene median / p95, peak RSS | sqlite3 median / p95, peak RSS | ratio |")
        print("|---|---|---|---|---|")
        for row in rows {
            let ratio = row.ratio.map { String(format: "%.2f", $0) } ?? "—"
            let name = row.note.map { row.name + " (" + $0 + ")" } ?? row.name
            print("| \(name) | \(row.target ?? "") | \(cell(row.convene)) | \(cell(row.sqlite3)) | \(ratio) |")
        }
        print("")
        print(machineDescription())
    }
}

/// What the sqlite3 shell prints for one query.
func shellOutput(_ database: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sqlite3Shell)
    process.arguments = [database, sql]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// "2 cores, <CPU model>, load 1.23": where the figures were measured.
func machineDescription() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").first ?? "?"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(model), load average \(load) when it finished"
}
