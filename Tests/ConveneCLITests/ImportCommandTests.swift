import Foundation
import Testing

@Suite("convene import participants: exit statuses and messages a script can rely on")
struct ImportCommandTests {
    private func write(_ text: String, _ name: String, in convene: ConveneProcess) throws -> String {
        let url = convene.home.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a dry run ends as the import would: 1 when a row has an error, 0 with --skip-invalid; nothing written")
    func dryRunStatus() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--email", "ana@example.org")
        let file = try write("First Name;Last Name;E-mail\nZoë;Müller;zoe@example.ch\nBad;Row;not-an-email\n", "reg.csv", in: convene)
        let before = try Data(contentsOf: URL(fileURLWithPath: convene.defaultDatabase))

        let refused = try convene.run("import", "participants", file, "--dry-run")
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stdout.contains("error"))
        #expect(refused.stderr.contains("dry run: nothing was written"))
        #expect(refused.stderr.contains("convene: \(file): 1 row has an error, so nothing was imported"), "\(refused.stderr)")

        let skipping = try convene.run("import", "participants", file, "--dry-run", "--skip-invalid")
        #expect(skipping.status == 0, "\(skipping.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: convene.defaultDatabase)) == before)
        #expect(try convene.ok("participant", "list").contains("Zoë") == false)
    }

    @Test("a file that is not CSV is named with its line, as Unix tools name it", arguments: [
        ("First Name,Last Name\n\"Ana,Souza\n", " line 2: a quoted cell is never closed"),
        ("Foo,Bar\n1,2\n", ", header 'Foo,Bar': the header row has no given_name or family_name column"),
        ("", ": empty file"),
        ("Given\u{0}\u{0}\u{0}\u{0}Name,Family\n", ": not a text file, so not CSV"),
    ])
    func badFiles(content: String, message: String) throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let file = try write(content, "bad.csv", in: convene)
        let result = try convene.run("import", "participants", file)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("convene: \(file)\(message)"), "\(result.stderr)")
    }
}
