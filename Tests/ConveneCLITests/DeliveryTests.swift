import Foundation
import Testing

@Suite("Delivery: man pages and installation")
struct DeliveryTests {
    @Test("every man page passes mandoc -Tlint -W warning")
    func manPagesLint() throws {
        let mandoc = try #require(["/usr/bin/mandoc", "/usr/local/bin/mandoc"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "mandoc is missing: apt-get install mandoc")
        let manFolder = ConveneProcess.packageRoot.appendingPathComponent("Man")
        let pages = try FileManager.default.contentsOfDirectory(atPath: manFolder.path)
            .filter { $0.range(of: #"\.[1-9]$"#, options: .regularExpression) != nil }
        #expect(pages.contains("convene.1"))
        for page in pages {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: mandoc)
            process.arguments = ["-Tlint", "-W", "warning", manFolder.appendingPathComponent(page).path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(page): \(text)")
        }
    }

    @Test("every command in --help is documented in convene.1")
    func manPageCoversCommands() throws {
        let page = try String(contentsOf: ConveneProcess.packageRoot.appendingPathComponent("Man/convene.1"), encoding: .utf8)
        let convene = try ConveneProcess()
        let help = try convene.ok("--help")
        let commands = help.components(separatedBy: "SUBCOMMANDS:").last?
            .split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("See '") }
            .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        #expect(commands.count >= 8)
        for command in commands {
            #expect(page.contains(".Cm \(command)"), "convene.1 does not document \(command)")
        }
    }

    @Test("make install-files PREFIX=DIR gives a binary that works outside the checkout")
    func installedBinary() throws {
        let convene = try ConveneProcess()
        let prefix = convene.home.appendingPathComponent("prefix")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.currentDirectoryURL = ConveneProcess.packageRoot
        make.arguments = ["-s", "install-files", "PREFIX=\(prefix.path)",
                          "BUILD_DIR=\(ConveneProcess.binary.deletingLastPathComponent().path)"]
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        for path in ["bin/convene", "share/convene/countries.tsv", "share/man/man1/convene.1"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path)")
        }
        let installed = prefix.appendingPathComponent("bin/convene")
        let id = try convene.run(["org", "list", "--filter", "Switzerland", "--json"], executable: installed, in: convene.home)
        #expect(id.status == 0, "\(id.stderr)")
        #expect(id.stdout.contains("CHE"))
    }

    @Test("CONVENE_DATA pointing nowhere: a clear message and exit 4 for a new database")
    func missingData() throws {
        var convene = try ConveneProcess()
        convene.environment["CONVENE_DATA"] = convene.home.appendingPathComponent("nowhere").path
        let result = try convene.run("participant", "list")
        #expect(result.status == 4)
        #expect(result.stderr.contains("CONVENE_DATA"))
    }
}
