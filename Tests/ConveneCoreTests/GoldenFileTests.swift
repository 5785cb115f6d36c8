import ConveneTestSupport
import Foundation
import Testing

@Suite("The golden-file helper fails whenever the output is not the reviewed file")
struct GoldenFileTests {
    @Test("the same text passes")
    func same() throws {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("same.txt")
        try Data("王伟 | Ana\n".utf8).write(to: url)
        GoldenFile.check("王伟 | Ana\n", against: url, recording: false)
    }

    @Test("a different text fails")
    func different() throws {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("different.txt")
        try Data("old\n".utf8).write(to: url)
        withKnownIssue { GoldenFile.check("new\n", against: url, recording: false) }
    }

    @Test("a missing golden file fails")
    func missing() throws {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("missing.txt")
        withKnownIssue { GoldenFile.check("anything", against: url, recording: false) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test("recording writes the file and still fails")
    func recording() throws {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("nested/recorded.txt")
        withKnownIssue { GoldenFile.check("recorded\n", against: url, recording: true) }
        #expect(FileManager.default.contents(atPath: url.path) == Data("recorded\n".utf8))
    }
}
