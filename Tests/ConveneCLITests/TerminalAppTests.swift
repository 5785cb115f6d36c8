import Foundation
import Testing

/// The real binary in a real pseudo-terminal (tmux, 80×24), driven by keys like a user would,
/// then checked through the command line.
@Suite("The terminal app in tmux", .serialized)
struct TerminalAppTests {
    /// Skipped only on a developer machine without tmux; in CI a missing tmux fails the test.
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
        || ProcessInfo.processInfo.environment["CI"] == "true"

    @Test("add a Chinese name, invite, mark presence, agenda with a clause, notes in $EDITOR, resize, undo, quit",
          .enabled(if: tmuxAvailable))
    func fullSession() throws {
        let convene = try ConveneProcess()
        let clauseKey = "R174-2010/requests-sg"
        _ = try convene.ok("meeting", "add", "--title", "Regional dialogue on Resolution 174", "--start", "2027-03-02T09:30",
                           "--end", "17:30", "--tz", "Europe/Zurich", "--code", "RD-2027")
        let editor = convene.home.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nprintf '%s\\n' 'Opening remarks by the chair.' > \"$1\"\n".utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        let statusFile = convene.home.appendingPathComponent("status")

        var environment = convene.environment
        environment["EDITOR"] = editor.path
        environment.removeValue(forKey: "VISUAL")
        let tmux = TmuxSession(environment: environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start("\(ConveneProcess.binary.path); echo $? > \(statusFile.path)", width: 80, height: 24)

        try tmux.waitFor("RD-2027")
        try tmux.type("2")
        try tmux.waitFor("No participants yet")
        try tmux.type("a")
        try tmux.waitFor("Add participant")
        try tmux.press("Tab")
        try tmux.type("明")
        try tmux.press("Tab")
        try tmux.type("李")
        try tmux.press("Tab")
        // Past the Latin name, which the directory does not need here.
        try tmux.press("Tab")
        // The organisation field opens its picker on typing: Enter picks, Enter again saves.
        try tmux.type("CHN")
        try tmux.waitFor("Organisation: which organisation?")
        try tmux.press("Enter")
        try tmux.waitUntil("the picker to close") { !$0.contains("which organisation?") }
        try tmux.press("Enter")
        try tmux.waitFor("李明")

        try tmux.type("i")
        try tmux.waitFor("to which meeting?")
        try tmux.press("Enter")
        try tmux.waitFor("Saved: invite 1")

        try tmux.type("1")
        try tmux.waitFor("Inv/Acc")
        try tmux.press("Enter")
        try tmux.waitFor("Overview")
        try tmux.press("Tab")
        try tmux.waitFor("delegate")
        try tmux.type("1p")
        try tmux.waitFor("present")

        try tmux.press("Tab")
        try tmux.waitFor("No agenda items yet")
        try tmux.type("a")
        try tmux.waitFor("Add agenda item")
        try tmux.type("Opening of the meeting")
        try tmux.press("Tab")
        try tmux.type("10")
        try tmux.press("Enter")
        try tmux.waitFor("09:30–09:40")

        try tmux.type("c")
        try tmux.waitFor("Clauses for item 1")
        try tmux.type("geospatial")
        try tmux.waitFor("requests-sg")
        try tmux.press("Down")
        try tmux.press("Space")
        try tmux.waitFor("[✓] Res. 174 (Guadalajara, 2010), requests the Secretary-General")
        try tmux.press("Enter")
        try tmux.waitUntil("the picker to close") { !$0.contains("Clauses for item") }

        try tmux.press("Tab")
        try tmux.waitFor("t starts the clock")
        try tmux.type("E")
        try tmux.waitFor("Opening remarks by the chair.")

        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Opening remarks by the chair.")

        try tmux.type("u")
        try tmux.waitFor("Undone: note 1")
        try tmux.waitUntil("the notes to be gone") { !$0.contains("Opening remarks by the chair.") }

        try tmux.type("q")
        try tmux.waitFor("1 meeting")
        try tmux.type("q")
        try tmux.waitUntil("the app to exit and its status to be written") { _ in
            FileManager.default.fileExists(atPath: statusFile.path)
        }
        let status = String(decoding: FileManager.default.contents(atPath: statusFile.path) ?? Data(), as: UTF8.self)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        let participants = try #require(try convene.json("participant", "list", "--json") as? [[String: Any]])
        #expect(participants.count == 1)
        #expect(participants.first?["family_name"] as? String == "李")
        #expect(participants.first?["given_name"] as? String == "明")
        // Of China's delegation without a country of their own: China's (issue 10 item 8).
        #expect(participants.first?["country"] as? String == "CHN")
        let shown = try #require(try convene.json("meeting", "show", "RD-2027", "--json") as? [String: Any])
        let invitations = try #require(shown["invitations"] as? [[String: Any]])
        #expect(invitations.count == 1)
        #expect(invitations.first?["attendance"] as? String == "present")
        #expect(invitations.first?["delegation"] as? String == "China")
        let agenda = try #require(try convene.json("agenda", "list", "RD-2027", "--json") as? [[String: Any]])
        #expect(agenda.first?["title"] as? String == "Opening of the meeting")
        #expect(agenda.first?["minutes"] as? Int == 10)
        #expect(agenda.first?["clause_keys"] as? [String] == [clauseKey])
        #expect(agenda.first?["notes"] is NSNull)
        let history = try #require(try convene.json("history", "--json", "--limit", "2") as? [[String: Any]])
        #expect((history.first?["summary"] as? String)?.hasPrefix("undo: note 1") == true)
    }

    @Test("convene --db FILE opens the app on that file; without a terminal it exits 2 and writes nothing",
          .enabled(if: tmuxAvailable))
    func otherDatabase() throws {
        let convene = try ConveneProcess()
        let other = convene.home.appendingPathComponent("other.sqlite").path
        _ = try convene.ok("meeting", "add", "--db", other, "--title", "Other", "--start", "2027-01-01T10:00", "--tz", "UTC",
                           "--code", "OTHER-1")
        let tmux = TmuxSession(environment: convene.environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start("\(ConveneProcess.binary.path) --db \(other)", width: 100, height: 30)
        let screen = try tmux.waitFor("OTHER-1")
        #expect(screen.contains("other.sqlite"))
        try tmux.type("q")

        let missing = convene.home.appendingPathComponent("never.sqlite").path
        let result = try convene.run("--db", missing)
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs an interactive terminal"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("convene snapshot replays keys and prints the screen")
    func snapshot() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA")
        _ = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN")
        let screen = try convene.ok("snapshot", "--screen", "participants", "--size", "100x30", "--keys", "/sou<Enter>")
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.count == 30)
        #expect(screen.contains("Ana Souza"))
        #expect(!screen.contains("山田太郎"))
        #expect(screen.contains("filter 'sou': 1 of 2"))
        let bad = try convene.run("snapshot", "--screen", "nowhere")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown screen 'nowhere'"))
    }
}
