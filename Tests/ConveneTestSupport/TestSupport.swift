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

    /// A fresh folder under the system's temporary folder, removed by the caller if it likes.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
