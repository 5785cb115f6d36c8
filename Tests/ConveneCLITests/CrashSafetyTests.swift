import Foundation
import Testing

@Suite("Crash safety")
struct CrashSafetyTests {
    @Test("writers killed at random moments leave a sound database holding every change they reported")
    func killedWriters() throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let database = convene.home.appendingPathComponent("convene.sqlite").path
        _ = try convene.ok("--db", database, "participant", "add", "--given", "Amina", "--family", "Diallo")
        var reported: Set<Int> = []
        var killed = 0
        for round in 0..<24 {
            let process = Process()
            process.executableURL = ConveneProcess.binary
            process.arguments = ["--db", database, "participant", "add", "--given", "Ким", "--family", "سعيد \(round)"]
            process.environment = convene.environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The kill lands anywhere in the command's life, from start-up to after its commit:
            // the moment is the variable under test, not a wait for something to happen.
            usleep(UInt32.random(in: 0...80_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if let id = Int(printed.trimmingCharacters(in: .whitespacesAndNewlines)) { reported.insert(id) }
        }
        let check = try convene.run("--db", database, "check")
        #expect(check.status == 0, "\(check.stderr)")
        let listed = try #require(try convene.json("--db", database, "participant", "list", "--json") as? [[String: Any]])
        let stored = Set(listed.compactMap { $0["id"] as? Int })
        #expect(reported.isSubset(of: stored), "reported but lost: \(reported.subtracting(stored))")
        #expect(killed > 0 || reported.count == 24)
        // Every stored participant is whole: a name, and a history entry of its own.
        let history = try convene.ok("--db", database, "history", "--limit", "100")
        for id in stored { #expect(history.contains("participant add #\(id) ")) }
    }
}
