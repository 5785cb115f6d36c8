import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a whole process: how long it took, its peak resident memory, its exit status.
struct ProcessRun {
    var milliseconds: Double
    var peakRSSMegabytes: Double
    var status: Int32
}

/// Runs a program with its standard output into `output` (default /dev/null) and standard
/// error discarded, and collects it with wait4 for its own peak RSS.
func runMeasured(_ path: String, _ arguments: [String], output: String = "/dev/null", input: String? = nil) throws -> ProcessRun {
    var pid: pid_t = 0
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&fileActions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now()
    let spawned = posix_spawn(&pid, path, &fileActions, nil, argv, environ)
    guard spawned == 0 else { throw NSError(domain: "posix_spawn \(path)", code: Int(spawned)) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return ProcessRun(milliseconds: milliseconds(since: start), peakRSSMegabytes: Double(usage.ru_maxrss) / 1024,
                      status: (status >> 8) & 0xFF)
}

/// The peak resident memory of one run of a program, as GNU time reports it. `wait4`'s own
/// figure cannot be used: posix_spawn starts the child in the benchmark's memory (vfork),
/// whose size the kernel then counts as the child's peak.
func peakMemory(_ path: String, _ arguments: [String], input: String? = nil) throws -> Double {
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-rss-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: report) }
    _ = try runMeasured("/usr/bin/time", ["-f", "%M", "-o", report, path] + arguments, input: input)
    let kilobytes = Double((try String(contentsOfFile: report, encoding: .utf8)).split(separator: "\n").last ?? "") ?? 0
    return kilobytes / 1024
}

/// Median, 95th percentile and the largest peak memory of some runs.
struct Figures: Codable {
    var median: Double
    var p95: Double
    var p99: Double
    var peakRSSMegabytes: Double?
    var runs: Int

    init(_ milliseconds: [Double], peakRSS: Double? = nil) {
        let sorted = milliseconds.sorted()
        median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        func percentile(_ fraction: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[max(0, min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1))]
        }
        p95 = percentile(0.95)
        p99 = percentile(0.99)
        peakRSSMegabytes = peakRSS
        runs = sorted.count
    }

    /// Runs the program `count` times (after one unmeasured warm-up run), then once more
    /// under GNU time for its peak memory.
    static func measure(_ count: Int, _ path: String, _ arguments: [String], input: String? = nil) throws -> Figures {
        _ = try runMeasured(path, arguments, input: input)
        var times: [Double] = []
        for _ in 0..<count {
            let run = try runMeasured(path, arguments, input: input)
            guard run.status == 0 else {
                throw NSError(domain: "\(path) \(arguments.joined(separator: " ")) exited with status \(run.status)", code: Int(run.status))
            }
            times.append(run.milliseconds)
        }
        return Figures(times, peakRSS: try peakMemory(path, arguments, input: input))
    }
}
