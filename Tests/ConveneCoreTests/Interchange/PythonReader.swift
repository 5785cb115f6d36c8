import Foundation
import Testing

/// Debian's /usr/bin/python3 with python3-icalendar (and the standard mailbox and email
/// modules), a real reader of what convene writes. Outside CI, the tests that need it are
/// skipped with a message when it is missing; in CI (CI=true) they run, and fail without it.
enum PythonReader {
    static let python = "/usr/bin/python3"

    static let hasICalendar: Bool = {
        (try? run("import icalendar", input: "")).map { $0.status == 0 } ?? false
    }()

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the reader tests run: always in CI, elsewhere when the module is there.
    static var enabled: Bool { inCI || hasICalendar }

    static let skipMessage = "/usr/bin/python3 lacks the icalendar module (apt-get install python3-icalendar): iCalendar and mbox reader tests skipped"

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `script` with `input` on standard input.
    static func run(_ script: String, input: String, arguments: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// The script's JSON answer, failing the test when Python fails.
    static func json(_ script: String, input: String, arguments: [String] = []) throws -> Any {
        let result = try run(script, input: input, arguments: arguments)
        try #require(result.status == 0, "python failed: \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
