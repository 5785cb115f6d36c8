import Foundation
import Testing

@Suite("$EDITOR from the app owns the terminal while it runs", .serialized)
struct EditorTerminalTests {
    @Test("C-e in a decision's form runs an editor that reads the terminal (as vi does); what it saves is saved",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func editorReadsTheTerminal() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        for arguments in [
            ["meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC", "--code", "RD"],
            ["agenda", "add", "RD", "--title", "Opening of the meeting"],
            ["decision", "add", "RD", "1", "--text", "The agenda was adopted."],
        ] {
            _ = try convene.ok(arguments)
        }
        // An editor that reads a line from the terminal: in a background process group it
        // would be stopped or fail at once.
        let editor = convene.home.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nprintf 'New text? '\nread answer\nprintf '%s\\n' \"$answer\" > \"$1\"\n".utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        var environment = convene.environment
        environment["EDITOR"] = editor.path
        let tmux = TmuxSession(environment: environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start(ConveneProcess.binary.path, width: 80, height: 24)
        try tmux.waitFor("1 meeting")
        try tmux.press("Enter")
        try tmux.waitFor("Regional dialogue")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.waitFor("t starts the clock")
        try tmux.type("e")
        try tmux.waitFor("j/k choose a decision")
        try tmux.type("e")
        try tmux.waitFor("Decision 1 (item 1)")
        try tmux.press("C-e")
        try tmux.waitFor("New text?")
        try tmux.type("The agenda was adopted as amended, 以协商一致方式.")
        try tmux.press("Enter")
        try tmux.waitFor("C-e $EDITOR")
        try tmux.waitFor("以协商一致方式")
        try tmux.press("Enter")
        try tmux.waitFor("Saved: decision edit 1")
        #expect(try convene.ok("decision", "show", "1").contains("The agenda was adopted as amended, 以协商一致方式."))
        try tmux.type("q")
        try tmux.type("q")
    }
}
