import Foundation
import Testing

/// The seed texts the core tests use, as a user would have them on disk.
enum SeedFiles {
    static let folder = ConveneProcess.packageRoot.appendingPathComponent("Tests/ConveneCoreTests/Corpus/Fixtures")
    static let res174 = folder.appendingPathComponent("res174-guadalajara-2010.txt").path
    static let res130 = folder.appendingPathComponent("res130-antalya-2006.txt").path
    static let rcc = folder.appendingPathComponent("res174-rcc-proposal-2022-zh.txt").path

    /// Writes `data` to a file in the process's home and returns its path.
    static func write(_ data: Data, named name: String, in convene: ConveneProcess) -> String {
        let path = convene.home.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    /// Res. 174 (2010) without *recalling* g).
    static func res174WithoutRecallingG(in convene: ConveneProcess) throws -> String {
        let text = try String(contentsOfFile: res174, encoding: .utf8)
        let lines = text.components(separatedBy: "\n").filter { !$0.hasPrefix("g) Resolutions 50 and 52") }
        return write(Data(lines.joined(separator: "\n").utf8), named: "res174-without-g.txt", in: convene)
    }
}

@Suite("Resolutions and clauses on the real binary")
struct ResolutionCommandTests {
    @Test("resolution list shows the shipped documents, in text and JSON")
    func list() throws {
        let convene = try ConveneProcess()
        let text = try convene.ok("resolution", "list")
        #expect(text.contains("R174-2010"))
        #expect(text.contains("第174号决议（2022年，布加勒斯特，RCC提案）"))
        let rows = try #require(try convene.json("resolution", "list", "--json") as? [[String: Any]])
        #expect(rows.compactMap { $0["id"] as? String } == ["R130-2006", "R174-2010", "R174-2022-RCC"])
        #expect(rows.compactMap { $0["clause_count"] as? Int } == [34, 28, 34])
        let first = try #require(rows.first)
        for field in ["number", "title", "conference", "year", "language", "kind", "citation", "heading_count"] {
            #expect(first[field] != nil, "missing \(field)")
        }
    }

    @Test("resolution show prints the outline with heading slugs and clause keys")
    func show() throws {
        let convene = try ConveneProcess()
        let text = try convene.ok("resolution", "show", "R174-2010")
        #expect(text.contains("Citation: Res. 174 (Guadalajara, 2010)"))
        #expect(text.contains("\nrecalling (preambular)\n"))
        #expect(text.contains("resolves-to-instruct-sg: resolves to instruct the Secretary-General (operative)"))
        #expect(text.contains("  to take the necessary measures in order to:"))
        #expect(text.contains("  R174-2010/recalling/g  Resolutions 50 and 52"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  ") }.allSatisfy { $0.count <= 80 })

        let outline = try #require(try convene.json("resolution", "show", "R174-2022-RCC", "--json") as? [String: Any])
        let resolution = try #require(outline["resolution"] as? [String: Any])
        #expect(resolution["kind"] as? String == "proposal")
        let headings = try #require(outline["headings"] as? [[String: Any]])
        #expect(headings.count == 14)
        let recognizing = try #require(headings.first { $0["slug"] as? String == "recognizing" })
        #expect(recognizing["text"] as? String == "认识到")
        #expect(recognizing["is_in_heading_table"] as? Bool == true)
        let clauses = try #require(recognizing["clauses"] as? [[String: Any]])
        #expect(clauses.compactMap { $0["key"] as? String }.last == "R174-2022-RCC/recognizing/c")
        #expect(outline["summary"] is String)
    }

    @Test("clause show gives the text, the citation and the footnotes")
    func clauseShow() throws {
        let convene = try ConveneProcess()
        let text = try convene.ok("clause", "show", "R174-2010/recalling/g")
        #expect(text.contains("Citation: Res. 174 (Guadalajara, 2010), recalling g)"))
        #expect(text.contains("Resolutions 50 and 52 (Rev. Johannesburg, 2008)"))

        let clause = try #require(try convene.json("clause", "show", "R174-2022-RCC/recognizing/c", "--json") as? [String: Any])
        #expect(clause["citation"] as? String == "第174号决议（2022年，布加勒斯特，RCC提案），认识到 c)")
        #expect(clause["citation_markdown"] as? String == "第174号决议（2022年，布加勒斯特，RCC提案），*认识到* c)")
        #expect((clause["footnotes"] as? [String])?.first?.contains("小岛屿") == true)
        for field in ["key", "document_id", "heading_slug", "heading_text", "part", "number", "text", "line"] {
            #expect(clause[field] != nil, "missing \(field)")
        }
    }

    @Test("clause search finds words in any case, CJK substrings, and one document with --doc")
    func clauseSearch() throws {
        let convene = try ConveneProcess()
        let text = try convene.ok("clause", "search", "ILLICIT use")
        #expect(text.hasPrefix("KEY"))
        #expect(text.contains("R174-2010/aware/b"))
        let zh = try #require(try convene.json("clause", "search", "隐私权", "--json") as? [[String: Any]])
        #expect(zh.compactMap { $0["key"] as? String } == ["R174-2022-RCC/reaffirming/e"])
        let one = try #require(try convene.json("clause", "search", "ICT", "--doc", "R130-2006", "--json") as? [[String: Any]])
        #expect(!one.isEmpty)
        #expect(one.allSatisfy { $0["document_id"] as? String == "R130-2006" })
        let nothing = try convene.succeeded("clause", "search", "spam", "--doc", "R174-2022-RCC")
        #expect(nothing.stdout.isEmpty)
        #expect(nothing.stderr == "no clause matches 'spam'\n")
        let noJSON = try convene.json("clause", "search", "spam", "--doc", "R174-2022-RCC", "--json") as? [Any]
        #expect(noJSON?.isEmpty == true)
    }

    @Test("resolution compare lists clauses only in A, only in B and changed, in text and JSON")
    func compare() throws {
        let convene = try ConveneProcess()
        let text = try convene.ok("resolution", "compare", "R174-2010", "R174-2022-RCC")
        #expect(text.contains("Only in R174-2010 (4):\n  R174-2010/recalling/g"))
        #expect(text.contains("Only in R174-2022-RCC (10):"))
        #expect(text.contains("Changed text (24):\n  aware/a"))
        let json = try #require(try convene.json("resolution", "compare", "R174-2010", "R174-2022-RCC", "--json") as? [String: Any])
        #expect((json["only_in_a"] as? [String])?.count == 4)
        #expect((json["only_in_b"] as? [String])?.count == 10)
        let changed = try #require(json["changed"] as? [[String: Any]])
        #expect(changed.count == 24)
        #expect(Set(changed[0].keys) == ["relative_key", "key_in_a", "key_in_b", "text_in_a", "text_in_b"])
        #expect((json["unchanged"] as? [String])?.isEmpty == true)
    }

    @Test("import under a new id prints the outline, is cited, searched and undone")
    func importNewId() throws {
        let convene = try ConveneProcess()
        let output = try convene.succeeded("resolution", "import", SeedFiles.res174, "--id", "R174-2014",
                                           "--conference", "Rev. Busan", "--year", "2014", "--revises", "R174-2010")
        #expect(output.stdout.contains("  R174-2014/recalling/g"))
        #expect(output.stderr == "imported R174-2014: 28 clauses under 13 headings\n")
        #expect(try convene.ok("clause", "show", "R174-2014/recalling/g").contains("Res. 174 (Rev. Busan, 2014), recalling g)"))
        #expect(try convene.succeeded("undo").stderr == "undone: resolution import R174-2014 (28 clauses)\n")
        #expect(try convene.run("resolution", "show", "R174-2014").status == 5)
    }

    @Test("the Chinese proposal imports with its metadata given as options")
    func importChinese() throws {
        let convene = try ConveneProcess()
        let output = try convene.succeeded("resolution", "import", SeedFiles.rcc, "--id", "R174-2022-RCC2", "--number", "174",
                                           "--conference", "布加勒斯特，RCC提案", "--year", "2022", "--title", "国际电联的作用",
                                           "--lang", "zh", "--kind", "proposal")
        #expect(output.stdout.contains("recognizing: 认识到 (preambular)"))
        #expect(output.stderr.hasSuffix("imported R174-2022-RCC2: 34 clauses under 14 headings\n"))
    }

    @Test("a dry run prints what would happen and leaves the file untouched")
    func dryRun() throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("resolution", "list")
        let before = FileManager.default.contents(atPath: convene.defaultDatabase)
        let output = try convene.succeeded("resolution", "import", SeedFiles.res174, "--id", "R174-2014", "--dry-run")
        #expect(output.stdout.contains("  R174-2014/recalling/g"))
        #expect(output.stderr.hasSuffix("dry run: nothing was written; importing R174-2014 would give 28 clauses under 13 headings\n"))
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
        #expect(try convene.run("resolution", "show", "R174-2014").status == 5)
    }

    @Test("a replace keeps agenda links and action points and lists the ones that no longer resolve")
    func replaceListsBrokenLinks() throws {
        let convene = try ConveneProcess()
        let meeting = try convene.ok("meeting", "add", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Europe/Zurich")
        let owner = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("agenda", "add", meeting, "--title", "Res. 174",
                           "--clause", "R174-2010/recalling/g", "--clause", "R174-2010/aware/a")
        _ = try convene.ok("action", "add", meeting, "--text", "Report", "--owner", owner, "--clause", "R174-2010/recalling/g")
        let file = try SeedFiles.res174WithoutRecallingG(in: convene)

        let refused = try convene.run("resolution", "import", file)
        #expect(refused.status == 6)
        #expect(refused.stderr.contains("add --replace"))

        let preview = try convene.succeeded("resolution", "import", file, "--replace", "--dry-run")
        #expect(preview.stderr.contains("Links that would no longer resolve (they would be kept):\n  R174-2010/recalling/g"))

        let output = try convene.succeeded("resolution", "import", file, "--replace")
        #expect(output.stderr.contains("Links that no longer resolve (kept; relink or unlink them):\n  R174-2010/recalling/g\n"))
        #expect(output.stderr.hasSuffix("replaced R174-2010: 27 clauses under 13 headings\n"))
        let agenda = try #require(try convene.json("agenda", "list", meeting, "--json") as? [[String: Any]])
        #expect(agenda.first?["clause_keys"] as? [String] == ["R174-2010/recalling/g", "R174-2010/aware/a"])
        #expect(try convene.run("clause", "show", "R174-2010/recalling/g").status == 5)

        _ = try convene.ok("undo")
        #expect(try convene.ok("clause", "show", "R174-2010/recalling/g").contains("recalling g)"))
    }

    @Test("warnings are printed with their line numbers")
    func warnings() throws {
        let convene = try ConveneProcess()
        let text = """
            RESOLUTION 999 (Testville, 2030)

            A test resolution

            The Plenipotentiary Conference of the International Telecommunication Union (Testville, 2030),

            welcoming warmly

            a) that it parses;

            resolves

            to keep going.
            """
        let file = SeedFiles.write(Data(text.utf8), named: "r999.txt", in: convene)
        let output = try convene.succeeded("resolution", "import", file)
        #expect(output.stderr.contains("Warnings:\n  line 7: heading 'welcoming warmly' is not in the heading table"))
        #expect(output.stderr.hasSuffix("imported R999-2030: 2 clauses under 2 headings\n"))
        #expect(!output.stdout.contains("Warnings"))
    }
}

@Suite("Bad resolution input: one clear line, the status of its kind, database untouched")
struct ResolutionBadInputTests {
    enum Input: String, CaseIterable {
        case empty, binary, latin1, noHeading, missing, chineseWithoutMetadata, existingId, badId, badLanguage
        case unknownDocument, unknownClause, unknownCompare, unknownSearchDocument

        func arguments(in convene: ConveneProcess) -> ([String], String) {
            switch self {
            case .empty:
                return (["resolution", "import", SeedFiles.write(Data(), named: "empty.txt", in: convene)], "is empty")
            case .binary:
                let path = SeedFiles.write(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), named: "notes.zip", in: convene)
                return (["resolution", "import", path], "binary file")
            case .latin1:
                // "résolution" in ISO 8859-1.
                let latin1 = Data([0x72, 0xE9, 0x73, 0x6F, 0x6C, 0x75, 0x74, 0x69, 0x6F, 0x6E, 0x0A])
                let path = SeedFiles.write(latin1, named: "latin1.txt", in: convene)
                return (["resolution", "import", path], "not valid UTF-8")
            case .noHeading:
                let path = SeedFiles.write(Data("Minutes\n\nWe met and talked.\n".utf8), named: "notes.txt", in: convene)
                return (["resolution", "import", path], "no resolution heading")
            case .missing:
                return (["resolution", "import", convene.home.appendingPathComponent("nowhere.txt").path], "cannot read the file")
            case .chineseWithoutMetadata:
                return (["resolution", "import", SeedFiles.rcc], "give --id, --number, --conference, --year and --title")
            case .existingId:
                return (["resolution", "import", SeedFiles.res130], "R130-2006 is already in the database; add --replace")
            case .badId:
                return (["resolution", "import", SeedFiles.res174, "--id", "R174/2014"], "'R174/2014' for --id")
            case .badLanguage:
                return (["resolution", "import", SeedFiles.res174, "--lang", "de", "--replace"], "'de' for --lang")
            case .unknownDocument:
                return (["resolution", "show", "R999-2030"], "no resolution 'R999-2030'")
            case .unknownClause:
                return (["clause", "show", "R174-2010/recalling/z"], "no clause 'R174-2010/recalling/z'")
            case .unknownCompare:
                return (["resolution", "compare", "R174-2010", "R174-2099"], "no resolution 'R174-2099'")
            case .unknownSearchDocument:
                return (["clause", "search", "ICT", "--doc", "R1"], "no resolution 'R1'")
            }
        }

        /// The exit status of the kind of failure (EXIT STATUS in convene(1)).
        var status: Int32 {
            switch self {
            case .empty, .binary, .latin1, .noHeading, .existingId: 6
            case .missing: 7
            case .chineseWithoutMetadata, .badId, .badLanguage: 1
            case .unknownDocument, .unknownClause, .unknownCompare, .unknownSearchDocument: 5
            }
        }
    }

    @Test("each bad input is named on stderr and the database file stays byte-for-byte the same",
          arguments: Input.allCases)
    func rejected(input: Input) throws {
        let convene = try ConveneProcess()
        _ = try convene.ok("resolution", "list")
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let (arguments, message) = input.arguments(in: convene)
        let result = try convene.run(arguments)
        #expect(result.status == input.status, "\(input)")
        #expect(result.stderr.hasPrefix("convene: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }
}
