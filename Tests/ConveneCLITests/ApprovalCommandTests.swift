import Foundation
import Testing

/// Issue 10, items 1–3, from the command line: the lock's one line and exit status, bad
/// input leaving the database file byte for byte as it was, versions exported byte for byte.
@Suite("minutes approve, reopen, corrigendum, versions and diff")
struct ApprovalCommandTests {
    static let lockMessage = "convene: the minutes of RD are approved; `convene minutes reopen RD` or issue a corrigendum\n"

    /// A meeting RD (Latin, Chinese and Arabic names) with an agenda, notes, a decision and an
    /// action point, its minutes approved on 2027-03-03.
    static func approved() throws -> ConveneProcess {
        let convene = try ConveneProcess()
        for arguments in [
            ["meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--end", "17:30",
             "--tz", "Europe/Zurich", "--symbol", "R174-RD", "--symbol-pattern", "{series}/{n}-E"],
            ["participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA"],
            ["participant", "add", "--given", "伟", "--family", "王", "--org", "CHN"],
            ["participant", "add", "--given", "فاطمة", "--family", "السيد", "--org", "EGY"],
            ["invite", "RD", "1", "2", "3"],
            ["attend", "RD", "1", "present"],
            ["agenda", "add", "RD", "--title", "Opening"],
            ["agenda", "add", "RD", "--title", "预算"],
            ["note", "RD", "2", "--text", "The delegation of Egypt supported the budget."],
            ["decision", "add", "RD", "2", "--text", "The budget was adopted."],
            ["action", "add", "RD", "--text", "Circulate the report", "--owner", "3"],
            ["minutes", "approve", "RD", "--date", "2027-03-03"],
        ] {
            _ = try convene.ok(arguments)
        }
        return convene
    }

    static func bytes(_ convene: ConveneProcess) throws -> Data {
        try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
    }

    static let refusals: [([String], String, Int32)] = [
        (["agenda", "move", "RD", "2", "up"], lockMessage, 6),
        (["agenda", "add", "RD", "--title", "Late"], lockMessage, 6),
        (["agenda", "edit", "RD", "1", "--title", "Welcome"], lockMessage, 6),
        (["agenda", "remove", "RD", "1"], lockMessage, 6),
        (["note", "RD", "1", "--append", "late"], lockMessage, 6),
        (["decision", "add", "RD", "1", "--text", "Late"], lockMessage, 6),
        (["action", "add", "RD", "--text", "Late", "--owner", "1"], lockMessage, 6),
        (["attend", "RD", "2", "remote"], lockMessage, 6),
        (["minutes", "times", "RD", "--opened", "09:40"], lockMessage, 6),
        (["meeting", "edit", "RD", "--status", "held"], lockMessage, 6),
        (["minutes", "approve", "RD", "--date", "2027-03-04"], "convene: the minutes of RD are already approved (version 1, 2027-03-03)\n", 6),
        (["minutes", "reopen", "RD", "--reason", ""], "convene: say why the minutes are reopened; empty reason '' for --reason\n", 1),
        (["export", "minutes", "RD", "--version", "4"], "convene: no version 4 of the minutes of 'RD'\n", 5),
        (["minutes", "diff", "RD", "1", "3"], "convene: no version 3 of the minutes of 'RD'\n", 5),
    ]

    @Test("each refusal is one line with its exit status; the database file stays byte for byte the same", arguments: refusals)
    func refused(arguments: [String], message: String, status: Int32) throws {
        let convene = try Self.approved()
        defer { convene.cleanUp() }
        let before = try Self.bytes(convene)
        let result = try convene.run(arguments)
        #expect(result.status == status, "\(arguments)")
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try Self.bytes(convene) == before)
    }

    @Test("on a draft: a corrigendum and a reopen are conflicts, minutes-approved is no status to set; nothing written")
    func draftRefusals() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Regional dialogue", "--start", "2027-03-02T09:30")
        let before = try Self.bytes(convene)
        for (arguments, message, status) in [
            (["minutes", "corrigendum", "RD", "--text", "For X read Y."],
             "the minutes of RD are a draft; a corrigendum corrects approved minutes: change the draft, or approve it first", Int32(6)),
            (["minutes", "reopen", "RD", "--reason", "why"], "the minutes of RD are a draft, not approved; there is nothing to reopen", 6),
            (["meeting", "edit", "RD", "--status", "minutes-approved"],
             "not a status to set 'minutes-approved' for --status (approve the minutes: `convene minutes approve`)", 1),
            (["minutes", "approve", "RD", "--date", "3 March"], "not a date '3 March' for --date (expected YYYY-MM-DD)", 1),
            (["minutes", "diff", "RD"], "no approved version of the minutes of 'RD'", 5),
        ] {
            let result = try convene.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr == "convene: \(message)\n")
            #expect(try Self.bytes(convene) == before, "\(arguments)")
        }
    }

    @Test("action point status stays changeable; the approved version keeps what it froze")
    func followUp() throws {
        let convene = try Self.approved()
        defer { convene.cleanUp() }
        _ = try convene.ok("action", "done", "1")
        _ = try convene.ok("reply", "RD", "2", "accepted")
        let frozen = try convene.ok("export", "minutes", "RD", "--version", "1")
        #expect(frozen.contains("| Circulate the report | فاطمة السيد |     | open "))
    }

    @Test("reopen, change, approve again: Rev.1; export --version is byte for byte the frozen text; diff shows the change")
    func revision() throws {
        let convene = try Self.approved()
        defer { convene.cleanUp() }
        let version1 = try convene.succeeded("export", "minutes", "RD", "--version", "1").stdout
        #expect(version1.contains("Document R174-RD/2-E\\\n3 March 2027\\\n"))
        _ = try convene.ok("minutes", "reopen", "RD", "--reason", "王伟 asked for a correction")
        #expect(try convene.ok("history", "--limit", "1").contains("minutes reopen RD: 王伟 asked for a correction"))
        _ = try convene.ok("note", "RD", "1", "--text", "The Chair opened the meeting at 09:35.")
        #expect(try convene.ok("minutes", "approve", "RD", "--date", "2027-03-10") == "2")
        let version2 = try convene.succeeded("export", "minutes", "RD", "--version", "2").stdout
        #expect(version2.contains("symbol: \"R174-RD/2(Rev.1)-E\""))
        #expect(version2.contains("Revision 1 to Document R174-RD/2-E\\\n10 March 2027\\\n"))
        // Exported again later, and into a file, a version is the same bytes.
        _ = try convene.ok("export", "minutes", "RD", "--version", "1", "-o", "v1.md")
        #expect(try Data(contentsOf: convene.home.appendingPathComponent("v1.md")) == Data(version1.utf8))
        let versions = try convene.ok("minutes", "versions", "RD")
        #expect(versions.contains("Revision 1      R174-RD/2(Rev.1)-E  2027-03-10  王伟 asked for a correction"), "\(versions)")
        let diff = try convene.succeeded("minutes", "diff", "RD")
        #expect(diff.stdout.hasPrefix("--- RD minutes version 1 (approval, 2027-03-03)\n+++ RD minutes version 2 (revision 1, 2027-03-10)\n@@ "))
        #expect(diff.stdout.contains("\n+1.1 The Chair opened the meeting at 09:35.\n"))
        #expect(diff.stdout.contains("\n-Document R174-RD/2-E\\\n-3 March 2027\\\n+Revision 1 to Document R174-RD/2-E\\\n+10 March 2027\\\n"))
        let json = try #require(try convene.json("minutes", "versions", "RD", "--json") as? [[String: Any]])
        #expect(json.map { $0["kind"] as? String } == ["approval", "revision"])
        #expect(json.last?["revision"] as? Int == 1)
        #expect(json.first?["reopen_reason"] as? String == "王伟 asked for a correction")
    }

    @Test("a corrigendum: its number on stdout, its text from standard input, its own document")
    func corrigendum() throws {
        let convene = try Self.approved()
        defer { convene.cleanUp() }
        let result = try convene.run(["minutes", "corrigendum", "RD", "--text", "-", "--date", "2027-03-20"],
                                     input: "In paragraph 2.1, for *Egypt* read *the Arab Republic of Egypt*.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2\n")
        let document = try convene.ok("export", "minutes", "RD", "--version", "2")
        #expect(document.contains("Corrigendum 1 to Document R174-RD/2-E\\\n20 March 2027\\\n"))
        #expect(document.contains("# Corrigendum 1 to the summary record\n\nIn paragraph 2.1, for *Egypt* read *the Arab Republic of Egypt*."))
        #expect(document.contains("symbol: \"R174-RD/2(Corr.1)-E\""))
        // The record stays locked.
        #expect(try convene.run(["agenda", "move", "RD", "2", "up"]).status == 6)
    }

    @Test("--version with --date or --symbol, or one version number for diff, is a usage error")
    func usage() throws {
        let convene = try Self.approved()
        defer { convene.cleanUp() }
        for arguments in [["export", "minutes", "RD", "--version", "1", "--date", "2027-03-04"],
                          ["export", "minutes", "RD", "--version", "1", "--symbol", "X"],
                          ["minutes", "diff", "RD", "1"]] {
            let result = try convene.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }
}
