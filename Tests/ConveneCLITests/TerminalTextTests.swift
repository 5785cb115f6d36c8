import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a real terminal shows agrees with `convene snapshot`, for scripts whose characters are
/// more than one code point; and the editor's file does not outlive a signal.
@Suite("Text on a real terminal (tmux)", .serialized)
struct TerminalTextTests {
    /// Indic conjuncts and vowel signs, emoji joined with zero-width joiners, flags, a skin
    /// tone and combining marks, each in a participant's name.
    static let names: [(given: String, family: String)] = [
        ("कृष्णमूर्ति", "श्रीनिवासन"),
        ("க்ஷேத்ரா", "সুভাষ"),
        ("👨‍👩‍👧 Family", "Zoe\u{308} Ba\u{301}"),
        ("🇨🇳🇧🇷 Flags", "👍🏽 Okafor"),
        ("明", "李"),
    ]

    @Test("names in Devanagari, Tamil, Bengali, emoji and flags show in tmux as convene snapshot prints them",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func terminalAgreesWithSnapshot() throws {
        let convene = try ConveneProcess()
        for name in Self.names {
            _ = try convene.ok("participant", "add", "--given", name.given, "--family", name.family)
        }
        let tmux = TmuxSession(environment: convene.environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start("\(ConveneProcess.binary.path) --screen participants", width: 80, height: 24)
        let screen = try tmux.waitFor("Okafor")
        let snapshot = try convene.ok("snapshot", "--screen", "participants", "--size", "80x24")
        // The joiners between emoji are not sent to the terminal (terminals disagree on them),
        // so the family shows as its people side by side in both.
        let withoutJoiners = String(String.UnicodeScalarView(snapshot.unicodeScalars.filter { $0 != "\u{200D}" }))
        #expect(withoutJoiners != snapshot)
        let expected = withoutJoiners.components(separatedBy: "\n")
        let shown = screen.components(separatedBy: "\n")
        #expect(shown.count >= 24)
        for (row, line) in expected.prefix(24).enumerated() {
            #expect(shown[row] == line, "row \(row)")
        }
        #expect(screen.contains("कृष्णमूर्ति"))
        #expect(screen.contains("👨👩👧"))
        #expect(screen.contains("🇨🇳🇧🇷"))
        #expect(screen.contains("Zoe\u{308}"))
        try tmux.type("q")
    }

    @Test("the editor's file is removed when the app gets SIGTERM while the editor is open",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func editorFileRemovedOnSignal() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("meeting", "add", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC", "--code", "MM")
        _ = try convene.ok("agenda", "add", "MM", "--title", "Opening")
        let temporary = convene.home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let opened = convene.home.appendingPathComponent("opened")
        let release = convene.home.appendingPathComponent("release")
        // Says which file it edits, then waits until the test lets it go.
        let editor = convene.home.appendingPathComponent("editor.sh")
        try Data("""
            #!/bin/sh
            echo "$1" > \(opened.path).part && mv \(opened.path).part \(opened.path)
            while [ ! -e \(release.path) ]; do sleep 0.05; done
            echo 'Notes' > "$1"

            """.utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        var environment = convene.environment
        environment["EDITOR"] = editor.path
        environment["TMPDIR"] = temporary.path
        let tmux = TmuxSession(environment: environment, folder: convene.home)
        defer { tmux.kill() }
        // exec, so that the pane's process is convene itself.
        try tmux.start("exec \(ConveneProcess.binary.path)", width: 80, height: 24)
        try tmux.waitFor("MM")
        try tmux.press("Enter")
        try tmux.waitFor("Overview")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.waitFor("t starts the clock")
        try tmux.type("E")
        try tmux.waitUntil("the editor to open") { _ in FileManager.default.fileExists(atPath: opened.path) }
        let file = String(decoding: FileManager.default.contents(atPath: opened.path) ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(file.hasPrefix(temporary.path + "/convene-edit-"))
        #expect(FileManager.default.fileExists(atPath: file))

        let pid = try #require(pid_t(try tmux.tmux(["display-message", "-p", "-t", "app", "#{pane_pid}"], output: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        try Data().write(to: release)
        try tmux.waitUntil("convene to exit") { _ in kill(pid, 0) != 0 }
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}
