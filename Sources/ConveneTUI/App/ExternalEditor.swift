import ConveneCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding `text` and returns what
/// the user saved. The command is run by `/bin/sh` so that `EDITOR="code --wait"` works.
///
/// Minutes are personal data: the file is readable by its owner only (0600, in a 0700 folder
/// of its own) and is removed when the editor returns. A termination signal (SIGINT, SIGTERM,
/// SIGHUP) only sets a flag that the app checks after the editor returns, so the removal runs
/// then too; a run killed outright (SIGKILL, a crash) leaves its folder, which the next start
/// removes (`removeLeftovers`): the folder's name carries the user and process that made it.
public enum ExternalEditor {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where the editor's folders are made: the system's temporary folder.
    public static var parentFolder: URL { FileManager.default.temporaryDirectory }

    static let folderPrefix = "convene-edit-"

    public static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// `unchanged` ends a failure's message: what the failed edit leaves as it was.
    public static func edit(_ text: String, name: String, environment: [String: String], in parent: URL = parentFolder,
                            unchanged: String = "the notes were not changed") throws -> String {
        let folder = try makePrivateFolder(in: parent)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try writePrivate(Data(text.utf8), to: file)
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
        ForegroundTerminal.hand(to: process.processIdentifier)
        process.waitUntilExit()
        ForegroundTerminal.takeBack()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the editor '\(editor)' exited with status \(process.terminationStatus); \(unchanged)")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(description: "the editor left no file; \(unchanged)")
        }
        do {
            return try StoredText.decode(data, source: name, field: .notesFile)
        } catch let error as ConveneError {
            throw Failure(description: "\(error); \(unchanged)")
        }
    }

    /// Removes the folders that earlier runs of this user left behind when they were killed
    /// while an editor was open: those whose process no longer exists.
    public static func removeLeftovers(in parent: URL = parentFolder) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(folderPrefix) {
            let parts = name.dropFirst(folderPrefix.count).split(separator: "-")
            guard parts.count == 3, let user = uid_t(parts[0]), let process = pid_t(parts[1]),
                  user == getuid(), !isRunning(process) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// `convene-edit-<user>-<process>-<random>`, made with mode 0700 whatever the umask.
    private static func makePrivateFolder(in parent: URL) throws -> URL {
        let name = "\(folderPrefix)\(getuid())-\(getpid())-\(UUID().uuidString.prefix(8))"
        let folder = parent.appendingPathComponent(name)
        guard mkdir(folder.path, 0o700) == 0, chmod(folder.path, 0o700) == 0 else {
            throw Failure(description: "cannot make a private folder for the editor in \(parent.path): \(String(cString: strerror(errno)))")
        }
        return folder
    }

    /// Creates the file (it must not exist) readable and writable by its owner only.
    private static func writePrivate(_ data: Data, to file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create the file for the editor: \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw Failure(description: "cannot write the file for the editor: \(error.localizedDescription)")
        }
    }

    private static func isRunning(_ process: pid_t) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}

/// The terminal's foreground process group while the editor runs. `Process` starts the
/// editor in a process group of its own, which the terminal treats as a background job: an
/// editor that reads the terminal (vi) is stopped, or fails, at once. So the editor's group
/// is made the foreground one while it runs (Ctrl-C then reaches the editor alone, as a
/// shell's job control does it), and the app's is made it again afterwards.
enum ForegroundTerminal {
    static func hand(to group: pid_t) {
        guard isatty(STDIN_FILENO) != 0, tcgetpgrp(STDIN_FILENO) == getpgrp() else { return }
        _ = tcsetpgrp(STDIN_FILENO, group)
        // It may have read the terminal before it was its own, and been stopped for it.
        _ = kill(-group, SIGCONT)
    }

    static func takeBack() {
        guard isatty(STDIN_FILENO) != 0, tcgetpgrp(STDIN_FILENO) != getpgrp() else { return }
        // A background group that sets the foreground is sent SIGTTOU, which would stop the app.
        let previous = signal(SIGTTOU, SIG_IGN)
        _ = tcsetpgrp(STDIN_FILENO, getpgrp())
        _ = signal(SIGTTOU, previous)
    }
}
