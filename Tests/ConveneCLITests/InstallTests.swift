import Foundation
import Testing

/// `make install-files` and `make uninstall` with a DESTDIR, as a packager runs them, on the
/// debug binary (the release build and its checks are `make check-install`, kept out of the
/// regular run because it is slow).
@Suite("Install into a DESTDIR and uninstall")
struct InstallTests {
    static let prefix = "/usr/local"
    static let expected = [
        "bin/convene",
        "share/bash-completion/completions/convene",
        "share/convene/countries.tsv",
        "share/convene/headings.tsv",
        "share/convene/regional-organizations.tsv",
        "share/convene/resolutions/R130-2006.txt",
        "share/convene/resolutions/R174-2010.txt",
        "share/convene/resolutions/R174-2022-RCC.txt",
        "share/fish/vendor_completions.d/convene.fish",
        "share/man/man1/convene.1",
        "share/man/man5/convene.5",
        "share/zsh/site-functions/_convene",
    ]

    @Test("install puts the binary, data, man pages and completions in their places; uninstall removes exactly those")
    func installAndUninstall() throws {
        let convene = try ConveneProcess()
        let work = convene.home
        defer { try? FileManager.default.removeItem(at: work) }
        let destdir = work.appendingPathComponent("destdir")
        let root = destdir.appendingPathComponent(String(Self.prefix.dropFirst()))
        let kept = root.appendingPathComponent("share/man/man1/other.1")

        try make("install-files", destdir: destdir)
        #expect(try files(under: root) == Self.expected)

        let installed = root.appendingPathComponent("bin/convene")
        let elsewhere = work.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let listed = try convene.run(["resolution", "list", "--db", elsewhere.appendingPathComponent("new.sqlite").path],
                                     executable: installed, in: elsewhere)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("R174-2010"))
        let zsh = try String(contentsOf: root.appendingPathComponent("share/zsh/site-functions/_convene"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef convene"))
        let bash = try runTool("/bin/bash", ["-n", root.appendingPathComponent("share/bash-completion/completions/convene").path])
        #expect(bash == 0, "the bash completion script does not parse")

        // A file of another package in a shared folder survives the uninstall.
        try Data("other".utf8).write(to: kept)
        try make("uninstall", destdir: destdir)
        #expect(try files(under: root) == ["share/man/man1/other.1"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("share/convene").path))
    }

    private func make(_ target: String, destdir: URL) throws {
        let status = try runTool("/usr/bin/make", ["-s", target, "DESTDIR=\(destdir.path)", "PREFIX=\(Self.prefix)",
                                                    "BUILD_DIR=\(ConveneProcess.binary.deletingLastPathComponent().path)"],
                                 in: ConveneProcess.packageRoot)
        try #require(status == 0, "make \(target) failed")
    }

    private func runTool(_ tool: String, _ arguments: [String], in folder: URL? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The files under `root`, relative to it, sorted; folders are not listed.
    private func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory != true {
            found.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return found.sorted()
    }
}
