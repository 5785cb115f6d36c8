import ConveneTestSupport
import Foundation
import Testing

/// `I` on the Participants screen, in the real binary in tmux at 80×24.
@Suite("Importing participants in the terminal app", .serialized)
struct ImportTerminalTests {
    @Test("I asks for a file (Tab completes it), previews the rows with errors first, imports on s; undo removes them",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func importThroughTheApp() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let csv = "given_name;family_name;email;country\n伟;王;wang@example.cn;CHN\nليلى;حداد;layla@example.eg;EGY\nBad;Row;bad@;\n"
        try Data(csv.utf8).write(to: convene.home.appendingPathComponent("registrations.csv"))
        let tmux = TmuxSession(environment: convene.environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start(ConveneProcess.binary.path, width: 80, height: 24)
        try tmux.waitFor("Meetings")
        try tmux.type("2")
        try tmux.waitFor("No participants yet")
        try tmux.type("I")
        try tmux.waitFor("Import participants from CSV file")
        try tmux.type("~/regis")
        try tmux.press("Tab")
        try tmux.waitFor("~/registrations.csv")
        try tmux.press("Enter")
        let preview = try tmux.waitFor("Import ~/registrations.csv")
        #expect(preview.contains("2 new, 0 updates, 0 unchanged, 1 error"))
        // Errors first, then the file's order.
        let lines = preview.components(separatedBy: "\n")
        let errorLine = try #require(lines.firstIndex { $0.contains("error") && $0.contains("bad@") })
        let newLine = try #require(lines.firstIndex { $0.contains("new") && $0.contains("wang@example.cn") })
        #expect(errorLine < newLine)
        #expect(preview.contains("s import the 2 valid rows"))
        try tmux.type("s")
        try tmux.waitFor("Imported ~/registrations.csv: 2 added")
        let list = try tmux.waitFor("layla@example.eg")
        #expect(list.contains("王伟"))
        #expect(try convene.ok("participant", "list").contains("wang@example.cn"))
        try tmux.type("q")
        _ = try convene.ok("undo")
        #expect(try convene.run("participant", "list").stdout.isEmpty)
    }
}
