import Foundation
import Testing

/// Golden files: reviewed outputs kept beside the tests, compared byte for byte.
///
/// `CONVENE_RECORD_GOLDEN=1` rewrites them on purpose; the test then fails, as snapshot
/// libraries do, so that a run in record mode can never pass silently. Review the diff,
/// then run again without it.
public enum GoldenFile {
    public static let recordVariable = "CONVENE_RECORD_GOLDEN"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Expects `actual` to be the contents of the golden file at `url`; when recording,
    /// writes it there and records an issue instead.
    public static func check(_ actual: String, against url: URL, recording: Bool = isRecording,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let name = url.lastPathComponent
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded \(name): review the diff, then run again without \(recordVariable)",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); run with \(recordVariable)=1 to record it, then review it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected, "\(name) differs from its golden file:\n\(actual)", sourceLocation: sourceLocation)
    }
}
