import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server (its own `-L` socket) running one program in a pane of fixed size,
/// for end-to-end tests of the terminal app. Waits poll the pane; nothing sleeps for a fixed time.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "convene-e2e-\(UUID().uuidString.prefix(8))"
    let environment: [String: String]

    /// The socket lives in `folder` (TMUX_TMPDIR), so nothing is left in /tmp.
    init(environment: [String: String], folder: URL) {
        var environment = environment
        environment["TMUX_TMPDIR"] = folder.path
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        self.environment = environment
    }

    deinit {
        kill()
    }

    /// Runs a tmux client with posix_spawn, closing every descriptor above stderr in the child.
    /// Foundation's `Process` cannot be used: the tmux server that the first client forks
    /// would inherit the descriptor `Process` watches for the child's exit, and the wait would
    /// never end.
    @discardableResult
    func tmux(_ arguments: [String], output: Bool = false) throws -> String {
        var pipeEnds: [Int32] = [-1, -1]
        if output, pipe(&pipeEnds) != 0 { throw Timeout(description: "cannot create a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if output {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if let closeFrom = Self.addCloseFrom {
            _ = closeFrom(&actions, 3)
        } else {
            for fd in Self.openDescriptors() where fd > 2 && fd != pipeEnds[1] { posix_spawn_file_actions_addclose(&actions, fd) }
        }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = envp.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // Test threads block signals; tmux and the app under it must get SIGWINCH and the rest.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArguments, &cEnvironment)
        if output { close(pipeEnds[1]) }
        guard spawned == 0 else {
            if output { close(pipeEnds[0]) }
            throw Timeout(description: "cannot run tmux (error \(spawned))")
        }
        var data = Data()
        if output {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
            }
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's
    /// Glibc module does not export.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }

    func start(_ command: String, width: Int, height: Int) throws {
        try tmux(["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// Named keys in tmux's names ("Enter", "Tab", "Down", "Space").
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "app"] + keys)
    }

    /// Literal text, sent as typed (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "app", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "app"], output: true)
    }

    /// Polls the pane until it shows `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("'\(text)' on screen", timeout: timeout) { screen in screen.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    func kill() {
        _ = try? tmux(["kill-server"])
    }
}
