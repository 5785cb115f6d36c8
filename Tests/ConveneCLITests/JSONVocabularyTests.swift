import Foundation
import Testing

/// convene(5), JSON OUTPUT: every `--json` output, run on one database with Latin, Chinese
/// and Arabic names, keeps the vocabulary's rules.
@Suite("The JSON vocabulary of every --json output")
struct JSONVocabularyTests {
    /// Two meetings (RD with a code in Zurich, a second one without a code in Shanghai), an
    /// organisation with a Chinese name, three participants, an agenda with sub-items,
    /// clauses, notes and a decision, action points with and without item and clause, and a
    /// history with an edit, a removal and its undo.
    /// Prepared once: every case only reads it.
    static let preparation = Result { () throws -> ConveneProcess in
        let convene = try ConveneProcess()
        try convene.prepare()
        return convene
    }

    static func prepared() throws -> ConveneProcess { try preparation.get() }

    struct Case: CustomTestStringConvertible, Sendable {
        /// The command as convene(1)'s synopsis names it, e.g. "org list".
        var command: String
        var arguments: [String]
        /// Paths to ids that every record must carry ("[]" walks an array), null only where a
        /// record may lack the other (an action point without an item); at least one is set.
        var ids: [String]
        /// Whether the output has meeting or history times, which must carry offsets.
        var hasTimes = false
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(command: "org list", arguments: ["org", "list", "--filter", "geo"], ids: ["[].id"]),
        Case(command: "org show", arguments: ["org", "show", "GEO"], ids: ["id"]),
        Case(command: "participant list", arguments: ["participant", "list"], ids: ["[].id", "[].organisation_id"]),
        Case(command: "participant show", arguments: ["participant", "show", "3"], ids: ["id", "organisation_id"]),
        Case(command: "meeting list", arguments: ["meeting", "list"], ids: ["[].id"], hasTimes: true),
        Case(command: "meeting show", arguments: ["meeting", "show", "RD"],
             ids: ["meeting.id", "invitations[].meeting_id", "invitations[].participant_id", "invitations[].delegation_id"],
             hasTimes: true),
        Case(command: "agenda list", arguments: ["agenda", "list", "RD"],
             ids: ["[].id", "[].meeting_id", "[].parent_id", "[].presenter_id"], hasTimes: true),
        Case(command: "decision list", arguments: ["decision", "list", "RD"], ids: ["[].id", "[].meeting_id", "[].item_id"]),
        Case(command: "decision show", arguments: ["decision", "show", "1"], ids: ["id", "meeting_id", "item_id"]),
        Case(command: "action list", arguments: ["action", "list"],
             ids: ["[].id", "[].meeting_id", "[].item_id", "[].owner_id"]),
        Case(command: "action show", arguments: ["action", "show", "1"], ids: ["id", "meeting_id", "item_id", "owner_id"]),
        Case(command: "report implementation", arguments: ["report", "implementation", "--date", "2027-05-01"],
             ids: ["clauses[].items[].meeting_id", "clauses[].items[].item_id", "clauses[].items[].decisions[].id",
                   "clauses[].actions[].id", "clauses[].actions[].meeting_id"], hasTimes: true),
        Case(command: "resolution list", arguments: ["resolution", "list"], ids: ["[].id"]),
        Case(command: "resolution show", arguments: ["resolution", "show", "R174-2022-RCC"], ids: ["resolution.id"]),
        Case(command: "resolution compare", arguments: ["resolution", "compare", "R174-2010", "R174-2022-RCC"], ids: []),
        Case(command: "clause show", arguments: ["clause", "show", "R174-2022-RCC/recognizing/c"], ids: ["document_id"]),
        Case(command: "clause search", arguments: ["clause", "search", "隐私权"], ids: ["[].document_id"]),
        Case(command: "history", arguments: ["history", "--limit", "50"],
             ids: ["[].id", "[].rows[].row_key", "[].undoes", "[].undone_by"], hasTimes: true),
        Case(command: "where", arguments: ["where"], ids: []),
        Case(command: "import participants", arguments: ["import", "participants", InterchangeFiles.registrations, "--dry-run"], ids: []),
        Case(command: "speaker list", arguments: ["speaker", "list", "RD"],
             ids: ["[].id", "[].meeting_id", "[].item_id", "[].participant_id", "[].delegation_id"], hasTimes: true),
        Case(command: "minutes versions", arguments: ["minutes", "versions", "RD"], ids: ["[].id", "[].meeting_id"], hasTimes: true),
    ]

    @Test("keys are snake_case, no value is \"\" or JSON in a string, ids are present, times carry offsets",
          arguments: cases)
    func vocabulary(_ example: Case) throws {
        let output = try Self.prepared().json(example.arguments + ["--json"])
        var report = VocabularyReport()
        report.walk(output, key: nil)
        #expect(report.badKeys.isEmpty, "not snake_case: \(report.badKeys)")
        #expect(report.emptyStrings.isEmpty, "\"\" at: \(report.emptyStrings)")
        #expect(report.jsonInStrings.isEmpty, "JSON in a string at: \(report.jsonInStrings)")
        #expect(report.timesWithoutOffset.isEmpty, "times without offset: \(report.timesWithoutOffset)")
        #expect(report.unevenArrays.isEmpty, "objects of one array with different fields: \(report.unevenArrays)")
        if example.hasTimes { #expect(report.timesChecked > 0, "no time field found") }
        for path in example.ids {
            let found = VocabularyReport.values(at: path, in: output)
            #expect(!found.isEmpty, "nothing at \(path)")
            // Records have numbers; resolutions are named by their document id.
            #expect(found.allSatisfy { $0 is NSNull || $0 is Int || $0 is String }, "\(path): \(found)")
            #expect(found.contains { !($0 is NSNull) }, "no id at \(path)")
        }
    }

    @Test("every command convene(1) lists with --json is in the table above")
    func everyCommandIsChecked() throws {
        let manual = try String(contentsOf: ConveneProcess.packageRoot.appendingPathComponent("Man/convene.1"), encoding: .utf8)
        let synopsis = manual.components(separatedBy: ".Sh SYNOPSIS")[1].components(separatedBy: ".Sh DESCRIPTION")[0]
        var command = ""
        var withJSON: Set<String> = []
        for line in synopsis.split(separator: "\n") {
            if line.hasPrefix(".Cm ") { command = String(line.dropFirst(4)) }
            if line == ".Op Fl -json" { withJSON.insert(command) }
        }
        #expect(withJSON.count >= 18)
        #expect(withJSON.subtracting(Self.cases.map(\.command)).isEmpty)
    }

    @Test("a record has the same fields in its list, its show and wherever it is nested")
    func sameRecordSameFields() throws {
        let convene = try Self.prepared()
        func fields(_ arguments: [String], at path: String) throws -> Set<String> {
            let records = VocabularyReport.values(at: path, in: try convene.json(arguments + ["--json"]))
            let keys = try #require(records.first as? [String: Any], "nothing at \(path) of \(arguments)")
            return Set(keys.keys)
        }
        let report = ["report", "implementation"]
        let groups: [[([String], String)]] = [
            [(["org", "list"], "[]"), (["org", "show", "GEO"], "")],
            [(["participant", "list"], "[]"), (["participant", "show", "1"], "")],
            [(["meeting", "list"], "[]"), (["meeting", "show", "RD"], "meeting")],
            [(["decision", "list", "RD"], "[]"), (["decision", "show", "1"], ""), (report, "clauses[].items[].decisions[]")],
            [(["action", "list"], "[]"), (["action", "show", "1"], ""), (report, "clauses[].actions[]")],
            [(["clause", "search", "隐私权"], "[]"), (["clause", "show", "R174-2010/recalling/g"], ""),
             (["resolution", "show", "R174-2010"], "headings[].clauses[]")],
            [(["resolution", "list"], "[]"), (["resolution", "show", "R174-2010"], "resolution")],
        ]
        for group in groups {
            let sets = try group.map { try fields($0.0, at: $0.1) }
            #expect(Set(sets).count == 1, "\(group.map(\.0)): \(sets)")
        }
    }

    @Test("history gives rows as objects in snake_case, tables in snake_case, JSON columns as arrays")
    func historyRows() throws {
        let history = try #require(try Self.prepared().json(["history", "--limit", "50", "--json"]) as? [[String: Any]])
        let rows = history.flatMap { $0["rows"] as? [[String: Any]] ?? [] }
        let items = rows.filter { $0["table"] as? String == "agenda_item" }
        #expect(!items.isEmpty)
        let item = try #require(items.compactMap { $0["after"] as? [String: Any] }.first { $0["title"] as? String == "预算" })
        #expect(item["meeting_id"] as? Int == 1)
        #expect(item["documents"] as? [String] == ["R174-RD/3"])
        let edit = try #require(rows.first { $0["table"] as? String == "participant" && $0["before"] is [String: Any] })
        #expect((edit["before"] as? [String: Any])?["family_name"] as? String == "Souza")
        #expect((edit["after"] as? [String: Any])?["family_name"] as? String == "Sousa")
        let meeting = try #require(rows.first { $0["table"] as? String == "meeting" }?["after"] as? [String: Any])
        #expect(meeting["start"] as? String == "2027-03-02T09:30:00+01:00")
        #expect(history.contains { $0["undoes"] is Int })
    }

    @Test("an action point's meeting is named by id, code and title; its clause is in clause_keys")
    func actionFields() throws {
        let actions = try #require(try Self.prepared().json(["action", "list", "--json"]) as? [[String: Any]])
        #expect(actions.count == 2)
        let withClause = try #require(actions.first { $0["meeting_code"] as? String == "RD" })
        #expect(withClause["clause_keys"] as? [String] == ["R174-2010/recalling/g"])
        #expect(withClause["meeting_title"] as? String == "Regional dialogue")
        let withoutCode = try #require(actions.first { $0["meeting_code"] is NSNull })
        #expect(withoutCode["meeting_title"] as? String == "区域对话")
        #expect(withoutCode["clause_keys"] as? [String] == [])
        #expect(withoutCode["item_id"] is NSNull)
        #expect(withoutCode["due"] as? String == "2027-06-30")
    }

    @Test("org, decision and action show print one record; an unknown id is not found")
    func shows() throws {
        let convene = try Self.prepared()
        let org = try convene.ok("org", "show", "GEO")
        #expect(org.contains("Chinese name: 地理服务"))
        #expect(org.contains("Category:     geospatial-provider"))
        let decision = try convene.ok("decision", "show", "1")
        #expect(decision.contains("Item:     2 预算 (id 2)"))
        #expect(decision.contains("Meeting:  RD (id 1)"))
        let action = try convene.ok("action", "show", "1")
        #expect(action.contains("Owner:   ليلى حداد (id 3)"))
        #expect(action.contains("Clause:  R174-2010/recalling/g"))
        for arguments in [["decision", "show", "99"], ["action", "show", "99"], ["org", "show", "Nowhere"]] {
            let result = try convene.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("convene: "), "\(result.stderr)")
        }
    }

    @Test("report implementation --json -o writes the JSON to the file")
    func reportToFile() throws {
        let convene = try Self.prepared()
        let file = convene.home.appendingPathComponent("report-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try convene.run(["report", "implementation", "--json", "-o", file.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect(report["resolution_id"] as? String == "R174-2010")
        #expect(report["from"] is NSNull)
    }
}

extension ConveneProcess {
    func json(_ arguments: [String]) throws -> Any {
        let output = try run(arguments)
        guard output.status == 0 else { throw Failure(message: "\(arguments): \(output.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    /// The database of `JSONVocabularyTests`.
    func prepare() throws {
        for arguments in [
            ["org", "add", "--name", "Geo Services", "--name-zh", "地理服务", "--short", "GEO",
             "--category", "geospatial-provider", "--country", "CHE"],
            ["participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA", "--email", "ana@anatel.gov.br"],
            ["participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN"],
            ["participant", "add", "--given", "ليلى", "--family", "حداد", "--org", "GEO", "--function", "مستشارة"],
            ["participant", "add", "--family", "欧阳娜娜"],
            ["participant", "edit", "1", "--family", "Sousa"],
            ["meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--end", "17:30",
             "--tz", "Europe/Zurich", "--code", "RD", "--venue", "Genève"],
            ["meeting", "add", "--title", "区域对话", "--start", "2027-07-01T14:00", "--tz", "Asia/Shanghai"],
            ["minutes", "times", "RD", "--opened", "09:35", "--closed", "17:20"],
            ["invite", "RD", "1", "2", "3"],
            ["reply", "RD", "1", "accepted"],
            ["attend", "RD", "2", "present"],
            ["agenda", "add", "RD", "--title", "Opening", "--minutes", "10"],
            ["agenda", "add", "RD", "--title", "预算", "--minutes", "30", "--presenter", "2", "--doc", "R174-RD/3",
             "--clause", "R174-2010/resolves-to-instruct-sg/i"],
            ["agenda", "add", "RD", "--title", "تقارير", "--parent", "2", "--minutes", "15"],
            ["agenda", "add", "RD", "--title", "Closing"],
            ["agenda", "remove", "RD", "3"],
            ["undo"],
            ["note", "RD", "2", "--text=- first point\n- 第二点"],
            ["decision", "add", "RD", "2", "--text", "The meeting approved the budget."],
            ["action", "add", "RD", "--text", "Circulate the report", "--owner", "3", "--item", "2",
             "--clause", "R174-2010/recalling/g"],
            ["action", "add", "2", "--text", "准备会议", "--owner", "2", "--due", "2027-06-30"],
            ["agenda", "edit", "RD", "2", "--speaking-minutes", "5"],
            ["speaker", "add", "RD", "2", "--participant", "1", "--delegation", "BRA"],
            ["speaker", "add", "RD", "2", "--delegation", "JPN"],
            ["speaker", "next", "RD", "2"],
            ["minutes", "approve", "RD", "--date", "2027-03-03"],
            ["minutes", "reopen", "RD", "--reason", "ليلى حداد asked for a correction"],
            ["minutes", "approve", "RD", "--date", "2027-03-10"],
        ] {
            _ = try ok(arguments)
        }
    }
}

/// What one walk over a JSON output found against the vocabulary's rules.
struct VocabularyReport {
    var badKeys: [String] = []
    var emptyStrings: [String] = []
    var jsonInStrings: [String] = []
    var timesWithoutOffset: [String] = []
    var timesChecked = 0
    var unevenArrays: [String] = []

    static var snakeCase: Regex<(Substring, Substring?)> { /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/ }
    static var rfc3339: Regex<(Substring, Substring?, Substring)> { /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/ }

    static func isTimeField(_ key: String) -> Bool {
        ["start", "end", "at"].contains(key) || key.hasSuffix("_at") || key.hasSuffix("_start") || key.hasSuffix("_end")
    }

    mutating func walk(_ value: Any, key: String?) {
        switch value {
        case let object as [String: Any]:
            for (name, member) in object {
                if name.wholeMatch(of: Self.snakeCase) == nil { badKeys.append(name) }
                walk(member, key: name)
            }
        case let array as [Any]:
            // Absent values are null, never left out: objects of one array have the same fields.
            let fieldSets = Set(array.compactMap { ($0 as? [String: Any]).map { Set($0.keys) } })
            if fieldSets.count > 1 { unevenArrays.append(key ?? "(top)") }
            for element in array { walk(element, key: key) }
        case let text as String:
            let field = key ?? "(top)"
            if text.isEmpty { emptyStrings.append(field) }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("{") || trimmed.hasPrefix("["),
               (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) != nil {
                jsonInStrings.append("\(field): \(text.prefix(40))")
            }
            if let key, Self.isTimeField(key) {
                timesChecked += 1
                if text.wholeMatch(of: Self.rfc3339) == nil { timesWithoutOffset.append("\(key): \(text)") }
            }
        default:
            break
        }
    }

    /// The values at a path such as `clauses[].items[].item_id`; `[]` walks every element.
    static func values(at path: String, in root: Any) -> [Any] {
        var current: [Any] = [root]
        for component in path.split(separator: ".") {
            var name = String(component)
            let walksArray = name.hasSuffix("[]")
            if walksArray { name.removeLast(2) }
            current = current.flatMap { value -> [Any] in
                let member: Any? = name.isEmpty ? value : (value as? [String: Any])?[name]
                guard let member else { return [] }
                return walksArray ? (member as? [Any] ?? []) : [member]
            }
        }
        return current
    }
}
