import ArgumentParser
import ConveneCore

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Revert your most recent change (repeat to go further back).",
        discussion: """
            Undo walks back the changes made by the same user on the same host, not the newest \
            change in the database; it refuses when someone else changed the same records since.
            """)
    @OptionGroup var store: StoreOptions

    func run() throws {
        let undone = try store.open().undo()
        Output.notice("undone: \(Output.singleLine(undone))")
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "Make again what your last undo reverted (repeat to go further).",
        discussion: """
            Redo takes back your own undos, newest first, until you make a new change; a redo \
            can itself be undone. Like undo it refuses when someone else changed the same \
            records since.
            """)
    @OptionGroup var store: StoreOptions

    func run() throws {
        let redone = try store.open().redo()
        Output.notice("redone: \(Output.singleLine(redone))")
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List recent changes, newest first, with what each changed.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(parsing: .unconditional, help: "How many changes to list.") var limit = 20

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let entries = try store.open().history(limit: limit)
        if output.json { return try Output.json(entries.map(HistoryEntryJSON.init)) }
        if entries.isEmpty { Output.notice("no changes yet") }
        for entry in entries {
            let verb = entry.undoes == nil ? "undone" : "redone"
            let flag = entry.undoneBy.map { "  (\(verb) by #\($0))" } ?? ""
            let author = entry.author.map { "  " + Output.singleLine($0) } ?? ""
            print("#\(entry.id)  \(entry.at)\(author)  \(Output.singleLine(entry.summary))\(flag)")
            for row in entry.rows {
                print("    \(row.table) \(row.rowKey): \(Output.singleLine(row.description))")
            }
        }
    }
}
