import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

/// The notes go to `$EDITOR` in a file only their owner can read, which does not outlive the
/// edit, nor a run that was killed.
@Suite("The editor's temporary file", .serialized)
struct ExternalEditorTests {
    /// A folder of its own for the test, removed by `body`'s end.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        // In the test process's own folder, which goes when the process ends, even if killed mid-test.
        let folder = try TestSupport.temporaryFolder(prefix: "editor")
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// An editor (a shell script) that runs `commands` with the file as $1.
    static func editor(in folder: URL, _ commands: String) throws -> [String: String] {
        let script = folder.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\n\(commands)\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return ["EDITOR": script.path, "PATH": "/usr/bin:/bin"]
    }

    @Test("the file is 0600 in a 0700 folder and both are gone after the edit")
    func privateAndRemoved() throws {
        try Self.withFolder { folder in
            let record = folder.appendingPathComponent("record")
            let environment = try Self.editor(in: folder, """
                stat -c '%a' "$1" > \(record.path)
                stat -c '%a' "$(dirname "$1")" >> \(record.path)
                dirname "$1" >> \(record.path)
                printf 'Opening remarks by 李明.\\n' > "$1"
                """)
            let parent = folder.appendingPathComponent("tmp")
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let text = try ExternalEditor.edit("old notes", name: "notes-1.md", environment: environment, in: parent)
            #expect(text == "Opening remarks by 李明.\n")
            let lines = String(decoding: FileManager.default.contents(atPath: record.path) ?? Data(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines.first == "600")
            #expect(lines.dropFirst().first == "700")
            #expect(lines.last?.hasPrefix(parent.path + "/convene-edit-") == true)
            #expect(!FileManager.default.fileExists(atPath: lines.last ?? parent.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
        }
    }

    @Test("what the editor saves is decoded from UTF-16, and a NUL is refused, not cut")
    func decodedOrRefused() throws {
        try Self.withFolder { folder in
            let utf16 = try Self.editor(in: folder, #"printf '\377\376T\000\351\000' > "$1""#)
            #expect(try ExternalEditor.edit("", name: "notes.md", environment: utf16, in: folder) == "Té")
            let nul = try Self.editor(in: folder, #"printf 'before\000after' > "$1""#)
            #expect(throws: ExternalEditor.Failure.self) { try ExternalEditor.edit("", name: "notes.md", environment: nul, in: folder) }
        }
    }

    @Test("folders left by a run that was killed are removed at the next start; a live run's are kept")
    func leftovers() throws {
        try Self.withFolder { folder in
            let finished = Process()
            finished.executableURL = URL(fileURLWithPath: "/bin/true")
            try finished.run()
            finished.waitUntilExit()
            let dead = folder.appendingPathComponent("convene-edit-\(getuid())-\(finished.processIdentifier)-0a1b2c3d")
            let live = folder.appendingPathComponent("convene-edit-\(getuid())-\(getpid())-4e5f6a7b")
            let unrelated = folder.appendingPathComponent("convene-export-1")
            for made in [dead, live, unrelated] {
                try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
                try Data("private notes".utf8).write(to: made.appendingPathComponent("notes-1.md"))
            }
            ExternalEditor.removeLeftovers(in: folder)
            #expect(!FileManager.default.fileExists(atPath: dead.path))
            #expect(FileManager.default.fileExists(atPath: live.path))
            #expect(FileManager.default.fileExists(atPath: unrelated.path))
        }
    }
}
