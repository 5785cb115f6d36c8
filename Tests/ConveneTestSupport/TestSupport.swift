import ConveneCore
import Foundation

/// Where the tests of every target find the shipped data, and fresh places to write.
public enum TestSupport {
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let dataDirectory = packageRoot.appendingPathComponent("Data")
    public static let reference = ReferenceData(directory: dataDirectory)

    public static func memoryStore() throws -> Store {
        try Store.inMemory(reference: reference)
    }

    /// A fresh folder for one test. It lies in this test process's own folder, which is
    /// removed when the process exits, so nothing is left behind even when a test forgets
    /// to clean up or fails halfway; a test may still remove its folder earlier.
    public static func temporaryFolder(prefix: String = "test") throws -> URL {
        let url = processFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `convene-tests-PID-…` under the system's temporary folder, removed at exit. A run that
    /// was killed cannot remove its own, so the folders of test processes no longer running
    /// are removed here first.
    private static let processFolder: URL = {
        removeFoldersOfEndedRuns()
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        removeAtExit = url.path
        atexit {
            if let path = TestSupport.removeAtExit { try? FileManager.default.removeItem(atPath: path) }
        }
        return url
    }()

    private static func removeFoldersOfEndedRuns() {
        let temporary = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix("convene-tests-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = pid_t(parts[2]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
    }

    /// Set once, before `atexit` is registered; read only by the exit handler.
    nonisolated(unsafe) private static var removeAtExit: String?
}

/// The CSV files of the import tests (`Tests/ConveneTestSupport/Fixtures/Import`).
public enum ImportFixtures {
    public static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/ConveneTestSupport/Fixtures/Import")

    public static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    public static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
}
