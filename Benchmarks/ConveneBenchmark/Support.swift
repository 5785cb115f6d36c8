import Foundation
#if canImport(Glibc)
import Glibc
#endif

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    return String(format: "min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)",
                  sorted.first ?? 0, median, p95, sorted.last ?? 0, sorted.count)
}

/// Runs a program and waits for it with posix_spawn and waitpid: Foundation's Process polls
/// for the child's exit in steps long enough to distort a 100 ms measurement.
func runToCompletion(_ path: String, _ arguments: [String]) throws -> Int32 {
    var pid: pid_t = 0
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawn(&pid, path, &fileActions, nil, argv, environ)
    guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
}

/// The peak resident memory of this process so far, from /proc (Linux), in megabytes.
func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kilobytes / 1024
}

/// How a program started on a pseudo-terminal did: when its output first showed the marker,
/// and its peak resident memory once it had been asked to quit.
struct TerminalLaunch {
    var milliseconds: Double
    var peakRSSMegabytes: Double
}

/// Starts a program on a pseudo-terminal of its own (80×24, as a user's would be) and times
/// until its output contains `marker`, the bytes of the frame we wait for; then types `quit`
/// and collects the process with wait4 for its peak RSS. The output is read as it comes, so
/// the time is the program's, not a polling interval's.
func launchOnTerminal(_ path: String, _ arguments: [String], environment: [String], until marker: String,
                      quit: String, columns: UInt16 = 80, rows: UInt16 = 24) throws -> TerminalLaunch {
    // posix_openpt, unlockpt and ptsname are not visible to Swift in Glibc: the same on Linux
    // is /dev/ptmx with the TIOCSPTLCK and TIOCGPTN ioctls (values from <asm-generic/ioctls.h>).
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
        throw NSError(domain: "/dev/ptmx", code: Int(errno))
    }
    defer { close(master) }
    let name = "/dev/pts/\(number)"
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // A new session, so that opening the terminal makes it the child's controlling terminal.
    let posixSpawnSetsid: Int16 = 0x80  // POSIX_SPAWN_SETSID in glibc's <spawn.h>
    posix_spawnattr_setflags(&attributes, posixSpawnSetsid)
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&fileActions, 0, 1)
    posix_spawn_file_actions_adddup2(&fileActions, 0, 2)
    posix_spawn_file_actions_addclose(&fileActions, master)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid: pid_t = 0
    let start = DispatchTime.now()
    let spawned = posix_spawn(&pid, path, &fileActions, &attributes, argv, envp)
    guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }

    let wanted = Array(marker.utf8)
    var output: [UInt8] = []
    var elapsed: Double?
    var chunk = [UInt8](repeating: 0, count: 65536)
    while elapsed == nil {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 10_000) > 0 else { break }
        let count = read(master, &chunk, chunk.count)
        guard count > 0 else { break }
        output += chunk[0..<count]
        if output.count >= wanted.count,
           output.indices.dropLast(wanted.count - 1).contains(where: { output[$0..<$0 + wanted.count].elementsEqual(wanted) }) {
            elapsed = milliseconds(since: start)
        }
    }
    _ = quit.withCString { write(master, $0, strlen($0)) }
    // Keep reading so that the program's last writes do not block on a full terminal; once
    // it has closed the terminal (read fails), it is exiting and can be waited for.
    var status: Int32 = 0
    var usage = rusage()
    let deadline = DispatchTime.now() + .seconds(10)
    var reaped = wait4(pid, &status, WNOHANG, &usage) == pid
    while !reaped {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let closed = poll(&descriptor, 1, 50) > 0 && read(master, &chunk, chunk.count) <= 0
        if DispatchTime.now() > deadline { kill(pid, SIGTERM) }
        reaped = wait4(pid, &status, closed || DispatchTime.now() > deadline ? 0 : WNOHANG, &usage) == pid
    }
    guard let elapsed else {
        let shown = String(decoding: output.suffix(400), as: UTF8.self)
        throw NSError(domain: "no '\(marker)' on the terminal; last output: \(shown.debugDescription)", code: 1)
    }
    return TerminalLaunch(milliseconds: elapsed, peakRSSMegabytes: Double(usage.ru_maxrss) / 1024)
}
