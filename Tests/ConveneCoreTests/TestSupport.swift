import Foundation
@testable import ConveneCore

enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = packageRoot.appendingPathComponent("Data")
    static let reference = ReferenceData(directory: dataDirectory)

    static func memoryStore() throws -> Store {
        try Store.inMemory(reference: reference)
    }

    /// A fresh folder under the system's temporary folder, removed by the caller if it likes.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
