import ArgumentParser
import ConveneCore

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Build a meeting's agenda: numbered items with times, presenters, documents and resolution clauses.",
        subcommands: [Add.self, List.self, Edit.self, Move.self, Link.self, Unlink.self, Remove.self]
    )

    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp("Minutes allotted (0 clears).", valueName: "n")) var minutes: Int?
        @Option(help: ArgumentHelp("Presenter: participant id or email (\"\" clears).", valueName: "participant"))
        var presenter: String?
        @Option(name: .customLong("doc"), help: ArgumentHelp("Document symbol, e.g. R174-RD/3 (repeat for several).", valueName: "symbol"))
        var documents: [String] = []
        @Option(name: .customLong("clause"), help: ArgumentHelp("Resolution clause key, e.g. R174-2010/recalling/g (repeat for several).", valueName: "key"))
        var clauses: [String] = []
        @Option(help: "Description (Markdown).") var description: String?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an item; prints its number.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(help: "Title of the item.") var title: String
        @Option(help: ArgumentHelp("Number of the parent item, for a sub-item.", valueName: "number")) var parent: String?
        @Option(help: ArgumentHelp("Number of the item to follow (default: last).", valueName: "number")) var after: String?
        @OptionGroup var fields: Fields

        func run() throws {
            print(try store.open().addAgendaItem(meeting: .text(meeting), AgendaItemDraft(
                title: title, parent: parent, after: after, minutes: fields.minutes, presenter: fields.presenter,
                documents: fields.documents, clauses: fields.clauses, description: fields.description)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the agenda with numbers and times.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Meeting id or code.") var meeting: String

        func run() throws {
            let agenda = try store.open().agenda(meeting: .text(meeting))
            if output.json { return try Output.json(AgendaItemJSON.items(agenda)) }
            Output.table(["NO.", "TIME", "MIN", "ITEM", "PRESENTER", "CLAUSES"], agenda.items.map { row in
                [row.number, MeetingTime.clock(row.start), row.totalMinutes == 0 ? "" : "\(row.totalMinutes)",
                 String(repeating: "  ", count: row.depth) + row.title, row.presenter ?? "",
                 row.clauses.joined(separator: " ")]
            })
            if !agenda.items.isEmpty {
                print("Total: \(agenda.totalMinutes) min, \(MeetingTime.clock(agenda.meeting.start))–\(MeetingTime.clock(MeetingTime.adding(minutes: agenda.totalMinutes, to: agenda.meeting.start)))")
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an item; --doc or --clause given replace the whole list.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Option(help: "Title of the item.") var title: String?
        @Flag(name: .customLong("clear-docs"), help: "Remove all documents.") var clearDocuments = false
        @Flag(name: .customLong("clear-clauses"), help: "Remove all clause links.") var clearClauses = false
        @OptionGroup var fields: Fields

        func run() throws {
            try store.open().editAgendaItem(meeting: .text(item.meeting), number: item.number, AgendaItemDraft(
                title: title, minutes: fields.minutes, presenter: fields.presenter,
                documents: clearDocuments ? [] : fields.documents.isEmpty ? nil : fields.documents,
                clauses: clearClauses ? [] : fields.clauses.isEmpty ? nil : fields.clauses,
                description: fields.description))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an item up or down among its siblings, in under the item before it, or out of its parent; prints its new number.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Argument(help: "Where to move the item.") var direction: AgendaMove

        func run() throws {
            print(try store.open().moveAgendaItem(meeting: .text(item.meeting), number: item.number, direction))
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Link resolution clauses to an item.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Argument(help: "Clause keys, e.g. R174-2010/resolves-to-instruct-sg/i.") var keys: [String]

        func run() throws {
            try store.open().linkClauses(meeting: .text(item.meeting), number: item.number, keys: keys)
        }
    }

    struct Unlink: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove clause links from an item.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Argument(help: "Clause keys.") var keys: [String]

        func run() throws {
            try store.open().unlinkClauses(meeting: .text(item.meeting), number: item.number, keys: keys)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an item with its sub-items and decisions ('convene undo' brings them back).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments

        func run() throws {
            try store.open().removeAgendaItem(meeting: .text(item.meeting), number: item.number)
        }
    }
}
