import ConveneTestSupport
import Foundation

/// Runs the real `convene` binary with HOME and XDG folders in a private temporary folder.
struct ConveneProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside this test bundle (`.build/<triple>/debug/convene`).
    static let binary: URL = {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("convene")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/convene")
    }()

    let home: URL
    var environment: [String: String]

    init() throws {
        home = try TestSupport.temporaryFolder(prefix: "cli")
        environment = [
            "HOME": home.path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        ]
    }

    /// Removes the private folder (call it in a `defer`).
    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }

    var defaultDatabase: String { home.appendingPathComponent("data/convene/convene.sqlite").path }

    @discardableResult
    func run(_ arguments: String..., executable: URL = ConveneProcess.binary, in folder: URL? = nil) throws -> Result {
        try run(arguments, executable: executable, in: folder)
    }

    func run(_ arguments: [String], executable: URL = ConveneProcess.binary, in folder: URL? = nil,
             standardInput: FileHandle = FileHandle.nullDevice) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder ?? home
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = standardInput
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a command that must succeed and returns its stdout without the final newline.
    func ok(_ arguments: String...) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure(message: "convene \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    /// Runs a command that must succeed and returns both streams, for the ones whose
    /// messages (on stderr) are part of what is tested.
    func succeeded(_ arguments: String...) throws -> Result {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure(message: "convene \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result
    }

    /// Runs a command with `input` on its standard input.
    func run(_ arguments: [String], input: String) throws -> Result {
        let file = home.appendingPathComponent("stdin-\(UUID().uuidString)")
        try Data(input.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(arguments, standardInput: FileHandle(forReadingFrom: file))
    }

    func json(_ arguments: String...) throws -> Any {
        let output = try run(arguments)
        guard output.status == 0 else { throw Failure(message: output.stderr) }
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
