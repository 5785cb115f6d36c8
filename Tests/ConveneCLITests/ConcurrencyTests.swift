import Foundation
import Testing

/// Several convene processes writing to one database at once, as organisers sharing a host
/// do: nothing a command reported as saved may be lost, and no command may fail.
@Suite("Several processes on one database")
struct ConcurrencyTests {
    /// Participants each worker adds. 8 × 200 passes too (set CONVENE_STRESS_ADDS=200) but
    /// takes minutes; the default keeps the suite within half a minute on two cores.
    static let addsPerWorker = ProcessInfo.processInfo.environment["CONVENE_STRESS_ADDS"].flatMap(Int.init) ?? 10
    static let workers = 8

    enum Start: String, CaseIterable, CustomTestStringConvertible {
        case fresh, existing
        var testDescription: String { rawValue }
    }

    @Test("8 processes add participants, invite, edit agendas and undo their own changes (the app open on an existing database): every printed id is stored, 0 errors",
          arguments: Start.allCases)
    func concurrentWriters(start: Start) throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let database = convene.home.appendingPathComponent("shared.sqlite").path
        // On an existing database the app is open throughout, as an organiser's would be.
        var app: TmuxSession?
        defer { app?.kill() }
        if start == .existing {
            _ = try convene.ok("--db", database, "participant", "add", "--given", "Olga", "--family", "Petrova")
            if TerminalAppTests.tmuxAvailable {
                app = TmuxSession(environment: convene.environment, folder: convene.home)
                try app?.start("\(ConveneProcess.binary.path) --db \(database) --screen participants", width: 80, height: 24)
                try app?.waitFor("Petrova")
            }
        }

        let log = WorkLog()
        DispatchQueue.concurrentPerform(iterations: Self.workers) { worker in
            var process = convene
            process.environment["CONVENE_DB"] = database
            process.environment["CONVENE_AUTHOR"] = "worker\(worker)"
            Self.work(worker, process, log)
        }

        #expect(log.failures.isEmpty, "\(log.failures.prefix(5))")
        let listed = try #require(try convene.json("--db", database, "participant", "list", "--json") as? [[String: Any]])
        let stored = Set(listed.compactMap { $0["id"] as? Int })
        let kept = log.keptIds
        #expect(kept.count == Self.workers * Self.addsPerWorker)
        #expect(kept.isSubset(of: stored), "lost: \(kept.subtracting(stored).sorted().prefix(10))")
        #expect(log.undoneIds.isDisjoint(with: stored), "undone but stored: \(log.undoneIds.intersection(stored))")
        #expect(stored.count == kept.count + (start == .existing ? 1 : 0))
        for worker in 0..<Self.workers {
            let meeting = try #require(try convene.json("--db", database, "meeting", "show", "M\(worker)", "--json") as? [String: Any])
            let invitations = try #require(meeting["invitations"] as? [Any])
            #expect(invitations.count == log.invitations(of: worker), "meeting M\(worker)")
        }
        let check = try convene.run("--db", database, "check")
        #expect(check.status == 0, "\(check.stderr)")

        if let app {
            // The app survived the writes, and shows the next change within its one-second
            // poll (three seconds allowed on a loaded machine).
            _ = try convene.ok("--db", database, "participant", "add", "--given", "Åsa", "--family", "Aaberg")
            try app.waitFor("Aaberg", timeout: 3)
        }
    }

    /// One worker's script: its meeting, then participants in three scripts, every third one
    /// invited, an agenda item every fourth, and every fifth a participant added then undone.
    private static func work(_ worker: Int, _ convene: ConveneProcess, _ log: WorkLog) {
        /// The command's result, or nil (logged) when it failed.
        func run(_ arguments: String...) -> ConveneProcess.Result? {
            do {
                let result = try convene.run(arguments)
                guard result.status == 0 else {
                    log.fail("worker \(worker): \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
                    return nil
                }
                return result
            } catch {
                log.fail("worker \(worker): \(error)")
                return nil
            }
        }
        func printedId(_ result: ConveneProcess.Result?) -> Int? {
            result.flatMap { Int($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        guard run("meeting", "add", "--title", "Dialogue \(worker)", "--code", "M\(worker)",
                  "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich", "--level", "regional", "--region", "Europe") != nil
        else { return }
        let families = ["Souza", "李", "العربي"]
        for index in 0..<addsPerWorker {
            guard let id = printedId(run("participant", "add", "--given", "W\(worker)", "--family", "\(families[index % 3]) \(index)")) else {
                log.fail("worker \(worker): add \(index) printed no id")
                continue
            }
            log.keep(id)
            if index % 3 == 0, run("invite", "M\(worker)", "\(id)") != nil {
                log.invited(by: worker)
            }
            if index % 4 == 0 {
                _ = run("agenda", "add", "M\(worker)", "--title", "Item \(index)")
            }
            if index % 5 == 0, let temporaryId = printedId(run("participant", "add", "--given", "Temp", "--family", "W\(worker)-\(index)")) {
                // The summary of what was undone, on whichever stream the command says it.
                if let undone = run("undo"), (undone.stdout + undone.stderr).contains("#\(temporaryId) ") {
                    log.undone(temporaryId)
                } else {
                    log.fail("worker \(worker): undo did not undo its own #\(temporaryId)")
                }
            }
        }
    }
}

/// What the workers did and what went wrong, collected across threads.
private final class WorkLog: @unchecked Sendable {
    // Every access holds `lock`.
    private let lock = NSLock()
    private var kept: Set<Int> = []
    private var undone: Set<Int> = []
    private var invitationCounts: [Int: Int] = [:]
    private var messages: [String] = []

    func keep(_ id: Int) { lock.withLock { _ = kept.insert(id) } }
    func undone(_ id: Int) { lock.withLock { _ = undone.insert(id) } }
    func invited(by worker: Int) { lock.withLock { invitationCounts[worker, default: 0] += 1 } }
    func fail(_ message: String) { lock.withLock { messages.append(message) } }

    var keptIds: Set<Int> { lock.withLock { kept } }
    var undoneIds: Set<Int> { lock.withLock { undone } }
    var failures: [String] { lock.withLock { messages } }
    func invitations(of worker: Int) -> Int { lock.withLock { invitationCounts[worker] ?? 0 } }
}
