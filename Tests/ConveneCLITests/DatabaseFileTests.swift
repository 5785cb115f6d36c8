import Foundation
import Testing

/// Paths, permissions and damage, as a user meets them on the command line.
@Suite("Database and export files on the real binary")
struct DatabaseFileTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    @Test("--db in a folder that does not exist is refused, and no folder is created")
    func missingFolder() throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let path = convene.home.appendingPathComponent("no/such/dir/x.sqlite").path
        let result = try convene.run("--db", path, "participant", "add", "--given", "Ana", "--family", "Souza")
        #expect(result.status == 3)
        #expect(result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: convene.home.appendingPathComponent("no").path))
    }

    @Test("an empty --db or CONVENE_DB is a usage error, and the default database is not touched")
    func emptyPath() throws {
        var convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let option = try convene.run("--db", "", "participant", "list")
        #expect(option.status == 64)
        #expect(option.stderr.contains("--db is empty"))
        convene.environment["CONVENE_DB"] = ""
        let environment = try convene.run("participant", "list")
        #expect(environment.status == 64)
        #expect(environment.stderr.contains("CONVENE_DB is empty"))
        #expect(!FileManager.default.fileExists(atPath: convene.defaultDatabase))
    }

    @Test("a symbolic link given as --db is followed, never replaced; a dangling one gets its target created 0600")
    func symbolicLinkDatabase() throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let target = convene.home.appendingPathComponent("real.sqlite").path
        let link = convene.home.appendingPathComponent("link.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.sqlite")
        #expect(try convene.ok("--db", link, "participant", "add", "--given", "Ana", "--family", "Souza") == "1")
        #expect(Self.isSymbolicLink(link))
        #expect(try Self.mode(target) == 0o600)
        #expect(try convene.ok("--db", target, "participant", "list").contains("Ana Souza"))
    }

    @Test("export -o follows a link; an existing file keeps its mode; a new export is 0600")
    func exportFiles() throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        _ = try convene.ok("meeting", "add", "--title", "Dialogue régional 地区对话", "--code", "RD",
                           "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich", "--level", "regional", "--region", "Europe")
        let fresh = convene.home.appendingPathComponent("agenda.md").path
        #expect(try convene.run("export", "agenda", "RD", "-o", fresh).status == 0)
        #expect(try Self.mode(fresh) == 0o600)

        let shared = convene.home.appendingPathComponent("shared.md").path
        _ = FileManager.default.createFile(atPath: shared, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640])
        let link = convene.home.appendingPathComponent("current.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shared)
        #expect(try convene.run("export", "minutes", "RD", "-o", link).status == 0)
        #expect(Self.isSymbolicLink(link))
        #expect(try Self.mode(shared) == 0o640)
        let written = try String(contentsOfFile: shared, encoding: .utf8)
        #expect(written.contains("地区对话"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: convene.home.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a damaged database: reads still work, a write is refused with exit 3 pointing to recovery, check exits 3")
    func damagedDatabase() throws {
        let convene = try ConveneProcess()
        defer { try? FileManager.default.removeItem(at: convene.home) }
        let path = convene.home.appendingPathComponent("damaged.sqlite").path
        _ = try convene.ok("--db", path, "participant", "add", "--given", "Ana", "--family", "Souza")
        #expect(try convene.run("--db", path, "check").status == 0)
        // Garbage over pages near the end of the file (shipped texts and their indexes),
        // which listing participants does not read.
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let start = bytes.count / 4096 * 4096 - 4096 * 4
        for index in start..<(start + 4096 * 3) { bytes[index] = UInt8(truncatingIfNeeded: index &* 2654435761 >> 13) }
        try bytes.write(to: URL(fileURLWithPath: path))

        let write = try convene.run("--db", path, "participant", "add", "--given", "Li", "--family", "Ming")
        #expect(write.status == 3)
        #expect(write.stderr.contains("damaged"))
        #expect(write.stderr.contains(".recover"))
        let check = try convene.run("--db", path, "check")
        #expect(check.status == 3)
        #expect(check.stderr.contains("integrity_check"))
    }

    @Test("a database in a read-only folder: reads work, writes are refused with a clear message")
    func readOnlyFolder() throws {
        let convene = try ConveneProcess()
        let folder = convene.home.appendingPathComponent("archive")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: convene.home)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("convene.sqlite").path
        _ = try convene.ok("--db", path, "participant", "add", "--given", "Amina", "--family", "Diallo")
        try convene.run("--db", path, "check")  // leaves no write-ahead log behind

        // Root may write anywhere, so as root the reader is `nobody`, who may read the file
        // but write nothing in the folder; otherwise the folder is made read-only.
        let asRoot = getuid() == 0
        try FileManager.default.setAttributes([.posixPermissions: asRoot ? 0o755 : 0o555], ofItemAtPath: folder.path)
        if asRoot {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: convene.home.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        }
        func reader(_ arguments: String...) throws -> ConveneProcess.Result {
            guard asRoot else { return try convene.run(arguments) }
            let drop = ["--reuid=65534", "--regid=65534", "--clear-groups", ConveneProcess.binary.path]
            return try convene.run(drop + arguments, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        }
        let list = try reader("--db", path, "participant", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Amina Diallo"))
        let add = try reader("--db", path, "participant", "add", "--given", "Li", "--family", "Ming")
        #expect(add.status == 3)
        #expect(add.stderr.contains("read-only"))
    }
}
