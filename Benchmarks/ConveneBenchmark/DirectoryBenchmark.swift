import ConveneCore
import ConveneTUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `directory-100k`: the terminal app over a directory of 100,000 people. Targets (from the
/// issue): first frame within 150 ms of launch, a filter keystroke redrawn within 16 ms, and
/// memory under 100 MB.
func directory100k() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
    let path: String
    if let existing = option("--db") {
        path = existing
    } else {
        path = folder.appendingPathComponent("directory.sqlite").path
        if keep { print("database: \(path)") }
        let setup = DispatchTime.now()
        try largeDirectory(at: path, count: 100_000)
        print(String(format: "setup: 100,000 participants in %.1f s", milliseconds(since: setup) / 1000))
    }

    try launches(database: path, folder: folder)
    try inProcess(database: path)
}

/// Realistic names: Latin ones with diacritics, Chinese, Japanese and Korean ones with the
/// romanisation their email address uses.
private let givenNames: [(String, String)] = [
    ("José", "jose"), ("João", "joao"), ("Zoë", "zoe"), ("Łukasz", "lukasz"), ("Søren", "soren"),
    ("François", "francois"), ("Ángela", "angela"), ("Jürgen", "jurgen"), ("Çağla", "cagla"), ("Nguyễn Văn", "van"),
    ("Aïcha", "aicha"), ("Mariam", "mariam"), ("Oluwaseun", "oluwaseun"), ("Priya", "priya"), ("Dmitrij", "dmitrij"),
    ("Ana", "ana"), ("Fatou", "fatou"), ("Eero", "eero"), ("Chloé", "chloe"), ("Tomáš", "tomas"),
]
private let familyNames: [(String, String)] = [
    ("Souza", "souza"), ("São Pedro", "saopedro"), ("Sørensen", "sorensen"), ("Dvořák", "dvorak"), ("Öztürk", "ozturk"),
    ("Müller", "muller"), ("García", "garcia"), ("Kowalski", "kowalski"), ("Diallo", "diallo"), ("Okafor", "okafor"),
    ("Ivanova", "ivanova"), ("Lefèvre", "lefevre"), ("Strauß", "strauss"), ("Nakamura", "nakamura"), ("Ferreira", "ferreira"),
]
private let cjkNames: [(family: (String, String), given: (String, String))] = [
    (("王", "wang"), ("伟", "wei")), (("李", "li"), ("娜", "na")), (("张", "zhang"), ("敏", "min")),
    (("刘", "liu"), ("洋", "yang")), (("陈", "chen"), ("静", "jing")), (("山田", "yamada"), ("太郎", "taro")),
    (("佐藤", "sato"), ("花子", "hanako")), (("김", "kim"), ("민준", "minjun")), (("이", "lee"), ("서연", "seoyeon")),
]
private let functions = ["Delegate", "Head of delegation", "Adviser", "Counsellor", "Expert", nil]

/// 100,000 participants, one in four with a CJK name, spread over the shipped Member States.
func largeDirectory(at path: String, count: Int) throws {
    let store = try Store.open(path: path, reference: reference)
    let states = try reference.countries().filter(\.ituMember).map(\.alpha3)
    var random: UInt64 = 174
    func next(_ bound: Int) -> Int {
        random = random &* 6364136223846793005 &+ 1442695040888963407
        return Int((random >> 33) % UInt64(bound))
    }
    let drafts = (0..<count).map { index -> ParticipantDraft in
        let state = states[next(states.count)]
        let given: (String, String), family: (String, String)
        if index % 4 == 0 {
            (family, given) = cjkNames[next(cjkNames.count)]
        } else {
            (given, family) = (givenNames[next(givenNames.count)], familyNames[next(familyNames.count)])
        }
        return ParticipantDraft(honorific: index % 3 == 0 ? "Dr" : nil, givenName: given.0, familyName: family.0,
                                organisation: index % 10 == 0 ? nil : state, function: functions[next(functions.count)],
                                email: "\(given.1).\(family.1).\(index)@example.org", country: state)
    }
    _ = try store.addParticipants(drafts)
    try store.checkpoint()
}

/// The real binary on a terminal: launch to the first frame, on the default screen and
/// straight into the directory, and its peak memory.
private func launches(database path: String, folder: URL) throws {
    guard FileManager.default.isExecutableFile(atPath: convene.path) else {
        print("no convene binary beside the benchmark at \(convene.path): build it with the same configuration")
        return
    }
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(folder.path)", "XDG_CONFIG_HOME=\(folder.path)",
                       "PATH=/usr/bin:/bin"]
    let launchRuns = max(1, min(runs, 10))
    // The markers are in the line above the status line, which is drawn with the rest of the
    // frame; the directory's only appears once it shows the participants.
    for (name, extra, marker) in [("meetings (default)", [], "0 meetings"),
                                  ("participants (--screen participants)", ["--screen", "participants"], "100000 participants")] {
        var times: [Double] = []
        var peak = 0.0
        for _ in 0..<launchRuns {
            let launch = try launchOnTerminal(convene.path, ["--db", path] + extra, environment: environment,
                                              until: marker, quit: "q")
            times.append(launch.milliseconds)
            peak = max(peak, launch.peakRSSMegabytes)
        }
        print("launch → first frame, \(name): \(summary(times)); peak RSS \(String(format: "%.0f", peak)) MB")
    }
}

/// The app in this process, built as `convene snapshot` builds it: opening the directory,
/// then each keystroke of a few queries from delivering the key to the redrawn screen buffer.
private func inProcess(database path: String) throws {
    let store = try Store.open(path: path, reference: reference)
    let size = Size(width: 80, height: 24)
    var opening: [Double] = []
    var whole: [Double] = []
    var keystrokes: [Double] = []
    for _ in 0..<max(1, runs / 4) {
        var app = ConveneApp(databasePath: path, screen: .participants)
        let effects = AppEffects(store: store, environment: [:])
        let start = DispatchTime.now()
        ProgramRunner.deliver(.resize(size), to: &app) { effects.perform($0) }
        _ = app.view(size: size)
        opening.append(milliseconds(since: start))
        // What the terminal does once the first frame is drawn: load what could wait.
        ProgramRunner.performDeferred(&app) { effects.perform($0) }
        _ = app.view(size: size)
        whole.append(milliseconds(since: start))

        // Type each query, widen it with Backspace, then clear it with Esc.
        for query in ["souza", "王", "sao p", "jose.garcia", "dr 太郎"] {
            for key in try Key.sequence("/\(query)<BS><BS><Esc>") {
                let start = DispatchTime.now()
                ProgramRunner.deliver(.key(key), to: &app) { effects.perform($0) }
                ProgramRunner.performDeferred(&app) { effects.perform($0) }
                _ = app.view(size: size)
                keystrokes.append(milliseconds(since: start))
            }
        }
    }
    // Where the whole load goes: reading the rows, then folding their search keys.
    var reading: [Double] = []
    var folding: [Double] = []
    for _ in 0..<max(1, runs / 4) {
        let start = DispatchTime.now()
        let listings = try store.participants()
        reading.append(milliseconds(since: start))
        let folded = DispatchTime.now()
        _ = DirectoryData(listings: listings)
        folding.append(milliseconds(since: folded))
    }
    print("in process, open the directory, first view: \(summary(opening))")
    print("in process, open the directory, whole directory loaded and shown: \(summary(whole))")
    print("  of which reading the rows: \(summary(reading)); folding the search keys: \(summary(folding))")
    print("in process, filter keystroke (update + effects + view): \(summary(keystrokes))")
    if let peak = peakResidentMegabytes() {
        print(String(format: "in process, peak RSS of the benchmark (includes generating the data unless --db was given): %.0f MB", peak))
    }
}
