import Foundation

/// Runs `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding `text` and returns what
/// the user saved. The command is run by `/bin/sh` so that `EDITOR="code --wait"` works.
public enum ExternalEditor {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    public static func edit(_ text: String, name: String, environment: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        let editor = command(environment: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run the editor '\(editor)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the editor '\(editor)' exited with status \(process.terminationStatus); the notes were not changed")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(description: "the editor left no file; the notes were not changed")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
