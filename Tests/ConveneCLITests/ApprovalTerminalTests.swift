import Foundation
import Testing

/// Approval in a real terminal (tmux, 80×24): `:approve` asks, approves, and the locked
/// agenda refuses a move with the lock's notice.
@Suite("Approving the minutes in tmux", .serialized)
struct ApprovalTerminalTests {
    @Test("approve with :approve and y; moving an item is then refused with a notice, and nothing moves",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func approveThenMove() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        for arguments in [
            ["meeting", "add", "--title", "Regional dialogue", "--start", "2025-03-02T09:30", "--tz", "UTC", "--code", "RD"],
            ["agenda", "add", "RD", "--title", "Opening of the meeting"],
            ["agenda", "add", "RD", "--title", "预算"],
        ] {
            _ = try convene.ok(arguments)
        }
        let statusFile = convene.home.appendingPathComponent("status")
        let tmux = TmuxSession(environment: convene.environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start("\(ConveneProcess.binary.path); echo $? > \(statusFile.path)", width: 80, height: 24)

        try tmux.waitFor("1 meeting")
        try tmux.press("Enter")
        try tmux.waitFor("Regional dialogue")
        try tmux.type(":approve")
        try tmux.press("Enter")
        try tmux.waitFor("Approve the minutes of RD?")
        try tmux.type("y")
        try tmux.waitFor("Saved: minutes approve RD: version 1")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.waitFor("预算")
        try tmux.type("j")
        try tmux.type("K")
        try tmux.waitFor("the minutes of RD are approved")
        try tmux.type("q")
        try tmux.type("q")
        try tmux.waitUntil("the app to exit and its status to be written") { _ in
            FileManager.default.fileExists(atPath: statusFile.path)
        }

        let agenda = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(agenda.map { $0["title"] as? String } == ["Opening of the meeting", "预算"])
        let versions = try #require(try convene.json("minutes", "versions", "RD", "--json") as? [[String: Any]])
        #expect(versions.count == 1)
        #expect(try convene.ok("meeting", "show", "RD").contains("minutes-approved"))
    }
}
