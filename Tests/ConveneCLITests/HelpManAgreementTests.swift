import Foundation
import Testing

/// `--help` and convene(1) describe the same commands and options, so neither can drift: the
/// command tree comes from the real binary (`--experimental-dump-help`, argument-parser's
/// own description of what `--help` prints), the man page from its mdoc source.
@Suite("Help and man page agree")
struct HelpManAgreementTests {
    /// Options every command takes, which the man page names once instead of on every line.
    static let globalOptions: Set<String> = ["--db", "--version", "-h", "--help"]

    let tree: CommandTree
    let page: ManPage

    init() throws {
        let dump = try ConveneProcess().run("--experimental-dump-help")
        try #require(dump.status == 0, "\(dump.stderr)")
        tree = try CommandTree(dumpHelp: Data(dump.stdout.utf8))
        page = ManPage(try String(contentsOf: ConveneProcess.packageRoot.appendingPathComponent("Man/convene.1"), encoding: .utf8))
    }

    @Test("every command --help shows has a line in the man page's synopsis, and every synopsis line names one")
    func synopsisCoversCommands() throws {
        let documented = Set(page.synopsis.flatMap(\.commands))
        #expect(tree.commands.count > 40)
        #expect(documented.count > 40)
        for command in tree.commands where !documented.contains(command.path) {
            Issue.record("convene(1) SYNOPSIS lacks 'convene \(command.name)'")
        }
        let known = Set(tree.commands.map(\.path))
        for path in documented where !known.contains(path) {
            Issue.record("convene(1) SYNOPSIS names 'convene \(path.joined(separator: " "))', which is no command")
        }
    }

    @Test("each synopsis line lists its command's options, required exactly where --help requires them")
    func synopsisListsEachCommandsOptions() throws {
        var compared = 0
        for (path, flags) in page.synopsisFlags {
            guard let command = tree.command(path) else { continue }
            let options = command.options.filter { Self.globalOptions.isDisjoint(with: $0.names) }
            let listed = flags.filter { !Self.globalOptions.contains($0.name) }
            for option in options {
                guard let flag = listed.first(where: { option.names.contains($0.name) }) else {
                    Issue.record("convene(1) SYNOPSIS of 'convene \(command.name)' lacks \(option.names.joined(separator: "/"))")
                    continue
                }
                compared += 1
                #expect(flag.required == !option.isOptional,
                        "'convene \(command.name)': \(flag.name) is \(flag.required ? "required" : "optional") in convene(1), not in --help")
            }
            for flag in listed where !options.contains(where: { $0.names.contains(flag.name) }) {
                Issue.record("convene(1) SYNOPSIS gives 'convene \(command.name)' an option it does not have: \(flag.name)")
            }
        }
        #expect(compared > 80)
    }

    @Test("every option name of every command appears in the man page, and the man page names no other")
    func optionNamesAgree() throws {
        let known = Set(tree.commands.flatMap { $0.options.flatMap(\.names) })
        #expect(known.isSuperset(of: ["--output", "-o", "--json", "--version", "--help", "-h"]))
        for name in known.sorted() where !page.flags.contains(name) {
            Issue.record("convene(1) never names \(name)")
        }
        for name in page.flags.sorted() where !known.contains(name) {
            Issue.record("convene(1) names \(name), which no command has")
        }
    }

    @Test("every command word in the man page is a command, a value an argument lists, or a completion shell")
    func commandWordsExist() throws {
        let commands = Set(tree.commands.map(\.path) + tree.groups)
        let values = Set(tree.commands.flatMap(\.positionalValues))
        let shells = Set(page.completionShells)
        #expect(values.isSuperset(of: ["up", "down", "in", "out"]))
        #expect(page.commandPaths.count > 60)
        for path in page.commandPaths where !commands.contains(path) {
            let word = path.joined(separator: " ")
            #expect(path.count == 1 && (values.contains(word) || shells.contains(word)),
                    "convene(1) names '\(word)', which is no command, listed value or completion shell")
        }
    }

    @Test("the completion scripts the man page names are generated")
    func completionShells() throws {
        let convene = try ConveneProcess()
        #expect(page.completionShells.sorted() == ["bash", "fish", "zsh"])
        for shell in page.completionShells {
            let script = try convene.run("--generate-completion-script", shell)
            #expect(script.status == 0, "\(shell): \(script.stderr)")
            #expect(script.stdout.contains("convene"))
        }
    }

    @Test("--db is taken by every command that opens a database, as the man page says")
    func everyCommandTakesTheDatabase() throws {
        let withoutDatabase = tree.commands.filter { command in
            // `demo` opens its own sample database, never the one --db names.
            command.path != ["help"] && command.path != ["demo"] && !command.options.contains { $0.names.contains("--db") }
        }
        #expect(withoutDatabase.map(\.name) == [])
    }

    @Test("help for an unknown command is a usage error; help for a known one shows required options unbracketed")
    func helpCommand() throws {
        let convene = try ConveneProcess()
        for arguments in [["help", "nosuch"], ["help", "meeting", "nosuch"], ["help", "undo", "extra"]] {
            let result = try convene.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("convene: unknown command '\(arguments.dropFirst().joined(separator: " "))'"),
                    "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let known = try convene.run("help", "meeting", "add")
        #expect(known.status == 0, "\(known.stderr)")
        // The usage line of a command with many options lists them as [<options>], then the required ones.
        #expect(known.stdout.contains("USAGE: convene meeting add [<options>] --title <title> --start <date-time>"))
        let root = try convene.run("help")
        #expect(root.status == 0)
        #expect(root.stdout.contains("SUBCOMMANDS:"))
    }
}

/// The commands and options of `convene --experimental-dump-help`.
struct CommandTree {
    struct Option {
        var names: [String]
        var isOptional: Bool
    }

    struct Command {
        var path: [String]
        var options: [Option]
        var positionalValues: [String]
        var name: String { path.joined(separator: " ") }
    }

    /// The root and every command that runs (not the groups such as `meeting`, which only hold commands).
    var commands: [Command] = []
    /// The paths of the groups.
    var groups: [[String]] = []

    init(dumpHelp: Data) throws {
        let tool = try JSONDecoder().decode(Dumped.Tool.self, from: dumpHelp)
        add(tool.command, path: [])
    }

    func command(_ path: [String]) -> Command? { commands.first { $0.path == path } }

    private mutating func add(_ command: Dumped.Command, path: [String]) {
        let subcommands = command.subcommands ?? []
        if subcommands.isEmpty || path.isEmpty {
            let arguments = command.arguments ?? []
            // Hidden options (help's own `-help`) are not in `--help`, so not owed to the man page.
            var options = arguments.filter { $0.kind != "positional" && $0.shouldDisplay }.map { argument in
                Option(names: (argument.names ?? []).map(\.spelled), isOptional: argument.isOptional)
            }
            if path.isEmpty {
                // argument-parser's own option, hidden from the dump; `completionShells` runs it.
                options.append(Option(names: ["--generate-completion-script"], isOptional: true))
            }
            if !commands.contains(where: { $0.path == path }) {
                commands.append(Command(path: path, options: options,
                                        positionalValues: arguments.filter { $0.kind == "positional" }.flatMap { $0.allValues ?? [] }))
            }
        } else {
            groups.append(path)
        }
        for subcommand in subcommands { add(subcommand, path: path + [subcommand.commandName]) }
    }

    private enum Dumped {
        struct Tool: Decodable { var command: Command }
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
            var arguments: [Argument]?
        }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var isOptional: Bool
            var shouldDisplay: Bool
            var allValues: [String]?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
            var spelled: String { kind == "long" ? "--" + name : "-" + name }
        }
    }
}

/// What an mdoc page names: the SYNOPSIS lines, every `.Fl` and every `.Cm`.
struct ManPage {
    struct Flag {
        var name: String
        /// Outside `.Op` and not one of several alternatives (`--text | --file`).
        var required: Bool
    }

    /// One `.Nm` line of the SYNOPSIS and the lines after it.
    struct Entry {
        /// The command the line is for (`[]` is convene itself); `agenda link | unlink` is two.
        var commands: [[String]]
        var flags: [Flag]
    }

    var synopsis: [Entry] = []
    /// Every option named anywhere, spelled as typed (`--db`, `-o`).
    var flags: Set<String> = []
    /// Every command path named with `.Cm` anywhere (`["agenda", "link"]`).
    var commandPaths: [[String]] = []
    /// The shells the `--generate-completion-script` synopsis line names.
    var completionShells: [String] = []

    /// The options of each command over its synopsis lines (convene itself has several).
    var synopsisFlags: [[String]: [Flag]] {
        synopsis.reduce(into: [:]) { flags, entry in
            for path in entry.commands { flags[path, default: []] += entry.flags }
        }
    }

    init(_ source: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var section = ""
        var entryLines: [[String]] = []
        var entries: [[[String]]] = []
        for line in lines where line.hasPrefix(".") {
            let tokens = line.dropFirst().split(separator: " ").map { $0.replacingOccurrences(of: "\\&", with: "") }
            if tokens.first == "Sh" { section = tokens.dropFirst().joined(separator: " ") }
            flags.formUnion(Self.runs(after: "Fl", in: tokens).flatMap { $0 }.map { "-" + $0 })
            commandPaths += Self.runs(after: "Cm", in: tokens).flatMap(Self.paths)
            guard section == "SYNOPSIS", tokens.first != "Sh" else { continue }
            if tokens.contains("-generate-completion-script") {
                completionShells = Self.runs(after: "Cm", in: tokens).flatMap { $0 }.filter { $0 != "|" }
            }
            if tokens == ["Nm"] {
                if !entryLines.isEmpty { entries.append(entryLines) }
                entryLines = []
            } else {
                entryLines.append(tokens)
            }
        }
        if !entryLines.isEmpty { entries.append(entryLines) }
        synopsis = entries.map(Self.entry)
    }

    private static func entry(_ lines: [[String]]) -> Entry {
        let first = lines.first ?? []
        let commands = first.first == "Cm" ? runs(after: "Cm", in: first).first.map(paths) ?? [[]] : [[]]
        let flags = lines.flatMap { tokens in
            let required = tokens.first != "Op" && !tokens.contains("|")
            return runs(after: "Fl", in: tokens).flatMap { $0 }.map { Flag(name: "-" + $0, required: required) }
        }
        return Entry(commands: commands, flags: flags)
    }

    /// The words each `macro` on a line takes, up to the next macro. Punctuation passes
    /// through, as in mdoc (`.Fl -name , -category` names two options); `.Cm` keeps `|`
    /// for `paths`.
    private static func runs(after macro: String, in tokens: [String]) -> [[String]] {
        var runs: [[String]] = []
        var current: [String]? = nil
        for token in tokens {
            if token == macro || isMacro(token) {
                if let current, !current.isEmpty { runs.append(current) }
                current = token == macro ? [] : nil
            } else if token == "|" ? macro == "Cm" : !token.allSatisfy(\.isPunctuation) {
                current?.append(token)
            }
        }
        if let current, !current.isEmpty { runs.append(current) }
        return runs
    }

    /// `agenda link | unlink` names `agenda link` and `agenda unlink`.
    private static func paths(_ words: [String]) -> [[String]] {
        let alternatives = words.split(separator: "|").map(Array.init)
        guard let first = alternatives.first else { return [] }
        return [first] + alternatives.dropFirst().map { Array(first.dropLast()) + $0 }
    }

    private static func isMacro(_ token: String) -> Bool {
        token.range(of: "^[A-Z][a-z]{1,2}$", options: .regularExpression) != nil
    }
}
