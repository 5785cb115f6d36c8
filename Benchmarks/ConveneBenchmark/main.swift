import ConveneCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Benchmarks that measure real work on realistic data and print figures; they never pass or
// fail. Run with: swift run -c release convene-benchmark [minutes-export] [--runs N]

let arguments = CommandLine.arguments.dropFirst()
let runs = arguments.firstIndex(of: "--runs").flatMap { arguments.index(after: $0) < arguments.endIndex ? Int(arguments[arguments.index(after: $0)]) : nil } ?? 20
let which = arguments.first { !$0.hasPrefix("-") && Int($0) == nil } ?? "minutes-export"
/// `--keep` leaves the generated database in place (its path is printed) for profiling.
let keep = arguments.contains("--keep")

let executableFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let convene = executableFolder.appendingPathComponent("convene")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let reference = ReferenceData(directory: packageRoot.appendingPathComponent("Data"))

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    return String(format: "min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)",
                  sorted.first ?? 0, median, p95, sorted.last ?? 0, sorted.count)
}

/// Runs a program and waits for it with posix_spawn and waitpid: Foundation's Process polls
/// for the child's exit in steps long enough to distort a 100 ms measurement.
func runToCompletion(_ path: String, _ arguments: [String]) throws -> Int32 {
    var pid: pid_t = 0
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawn(&pid, path, &fileActions, nil, argv, environ)
    guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
}

/// A meeting with 1,000 attendees, 200 agenda items with notes and decisions, 500 action points.
func largeMeeting(at path: String) throws -> String {
    let store = try Store.open(path: path, reference: reference)
    let countries = ["BRA", "JPN", "CHN", "CHE", "SEN", "EGY", "IND", "RUS", "USA", "FRA", "KEN", "ARG"]
    let ids = try store.addParticipants((0..<1000).map { index in
        index % 3 == 0
            ? ParticipantDraft(givenName: "名\(index)", familyName: "王", organisation: countries[index % countries.count],
                               email: "p\(index)@example.org")
            : ParticipantDraft(honorific: "Ms", givenName: "Delegate \(index)", familyName: "Souza-\(index)",
                               organisation: countries[index % countries.count], email: "p\(index)@example.org")
    })
    let meeting = try store.addMeeting(MeetingDraft(code: "BIG", title: "Global dialogue on Resolution 174",
                                                    start: "2027-03-02T09:00", end: "2027-03-04T18:00", timeZone: "Europe/Zurich",
                                                    venue: "Geneva, CICG", symbol: "R174-GD/2"), defaultTimeZone: "UTC")
    _ = try store.invite(meeting: "BIG", participants: ids.map(String.init), role: nil, delegation: nil)
    let statuses = ["present", "present", "remote", "apologies", "absent"]
    for (index, id) in ids.enumerated() {
        try store.setAttendance(meeting: "BIG", participant: "\(id)", attendance: statuses[index % statuses.count])
    }
    let keys = ["R174-2010/resolves-to-instruct-sg/i", "R174-2010/requests-sg", "R174-2010/recalling/g"]
    for index in 0..<200 {
        let number = try store.addAgendaItem(meeting: "BIG", AgendaItemDraft(
            title: "Agenda item \(index) on | illicit use of ICTs",
            minutes: 10, documents: ["R174-GD/\(index)"], clauses: [keys[index % keys.count]]))
        try store.setNotes(meeting: "BIG", number: number, .replace(
            "The Secretariat introduced document R174-GD/\(index).\n\nDelegates discussed *options* and asked questions.\n\n- Brazil supported.\n- 中国表示支持。"))
        try store.addDecision(meeting: "BIG", number: number, text: "The meeting took note of item \(index).")
    }
    for index in 0..<500 {
        try store.addAction(meeting: "BIG", ActionDraft(text: "Follow up on point \(index)", owner: "\(ids[index])",
                                                        item: "\(index % 200 + 1)", due: "2027-05-01",
                                                        clause: index % 2 == 0 ? keys[index % keys.count] : nil))
    }
    try store.checkpoint()
    return "\(meeting)"
}

func minutesExport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
    let path = folder.appendingPathComponent("big.sqlite").path
    if keep { print("database: \(path)") }
    let setup = DispatchTime.now()
    _ = try largeMeeting(at: path)
    print(String(format: "setup: 1,000 attendees, 200 items, 500 action points in %.1f s", milliseconds(since: setup) / 1000))

    let store = try Store.open(path: path, reference: reference)
    var inProcess: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = DispatchTime.now()
        let markdown = MinutesExport.markdown(try store.meetingRecord("BIG"), options: ExportOptions(date: "2027-03-05"))
        inProcess.append(milliseconds(since: start))
        bytes = markdown.utf8.count
    }
    print("in process (load + render): \(summary(inProcess)); \(bytes) bytes")

    guard FileManager.default.isExecutableFile(atPath: convene.path) else {
        print("no convene binary beside the benchmark at \(convene.path): build it with the same configuration")
        return
    }
    var whole: [Double] = []
    let output = folder.appendingPathComponent("minutes.md").path
    for _ in 0..<runs {
        let start = DispatchTime.now()
        let status = try runToCompletion(convene.path, ["export", "minutes", "BIG", "--db", path, "--date", "2027-03-05", "-o", output])
        whole.append(milliseconds(since: start))
        guard status == 0 else { print("convene exited \(status)"); return }
    }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    print("whole process (convene export minutes -o FILE): \(summary(whole)); peak RSS \(usage.ru_maxrss / 1024) MB")
}

switch which {
case "minutes-export":
    try minutesExport()
default:
    print("unknown benchmark '\(which)'; known: minutes-export")
    exit(64)
}
