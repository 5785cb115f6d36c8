import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Write the minutes' notes (Markdown) of an agenda item.",
        discussion: "Give exactly one of --text, --file or --append.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var item: AgendaItemArguments
    @Option(parsing: .unconditional, help: "Replace the notes with this text (- reads standard input).") var text: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Replace the notes with this file's contents (- for standard input).", valueName: "file"))
    var file: String?
    @Option(parsing: .unconditional, help: "Add this paragraph after the notes (- reads standard input).") var append: String?

    func validate() throws {
        if [text, file, append].compactMap({ $0 }).count != 1 {
            throw ValidationError("Give exactly one of --text, --file or --append.")
        }
    }

    func run() throws {
        let change: NoteChange
        if let text { change = .replace(try TextInput.value(text, field: .text)) }
        else if let append { change = .append(try TextInput.value(append, field: .text)) }
        else { change = .replace(try TextInput.read(file ?? "-", field: .notesFile)) }
        try store.open().setNotes(meeting: .text(item.meeting), item: item.item, change)
    }
}

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision", abstract: "Record, list, show, edit and remove decisions.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a decision under an agenda item; prints its id.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Option(parsing: .unconditional, help: "The decision (- reads standard input).") var text: String

        func run() throws {
            let text = try TextInput.value(text, field: .text)
            print(try store.open().addDecision(meeting: .text(item.meeting), item: item.item, text: text))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a meeting's decisions in agenda order, numbered as 'decision edit' and 'decision remove' take them.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Meeting id or code.") var meeting: String

        func run() throws {
            let store = try store.open()
            let shown = try store.meeting(.text(meeting))
            let decisions = try store.decisions(meeting: .id(shown.id ?? 0))
            if output.json { return try Output.json(decisions.map { DecisionJSON($0, of: shown) }) }
            Output.table(["N", "ID", "ITEM", "DECISION"], empty: "no decisions recorded for the meeting",
                         decisions.enumerated().map { ["\($0.offset + 1)", "\($0.element.id)", $0.element.itemNumber, $0.element.text] })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one decision with its meeting and agenda item.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Decision id.") var id: String

        func run() throws {
            let store = try store.open()
            let decision = try store.decision(.text(id))
            let meeting = try store.meeting(.id(decision.meetingId))
            if output.json { return try Output.json(DecisionJSON(decision, of: meeting)) }
            Output.fields([
                ("ID", "\(decision.id)"), ("Meeting", "\(meeting.code ?? meeting.title) (id \(decision.meetingId))"),
                ("Item", "\(decision.itemNumber) \(decision.itemTitle) (id \(decision.itemId))"), ("Decision", decision.text),
            ])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change the text of a decision.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var decision: DecisionArguments
        @Option(parsing: .unconditional, help: "The decision (- reads standard input).") var text: String

        func run() throws {
            let text = try TextInput.value(text, field: .text)
            Output.edited(try store.open().editDecision(meeting: .text(decision.meeting), decision.reference, text: text))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a decision ('convene undo' brings it back).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var decision: DecisionArguments

        func run() throws { try store.open().removeDecision(meeting: .text(decision.meeting), decision.reference) }
    }
}

/// The meeting and the decision of `decision edit` and `decision remove`: its number as
/// `decision list` shows it, or its stable id.
struct DecisionArguments: ParsableArguments {
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: ArgumentHelp("The decision's number as 'decision list' shows it (or give --decision-id instead).", valueName: "n"))
    var number: Int?
    @Option(name: .customLong("decision-id"), parsing: .unconditional, help: ArgumentHelp(
        "The decision's stable id (the id of 'decision list --json'), instead of its number.", valueName: "id"))
    var decisionId: Int64?

    func validate() throws {
        switch (number, decisionId) {
        case (_?, _?): throw ValidationError("Give the decision's N or --decision-id, not both.")
        case (nil, nil): throw ValidationError("Missing expected argument '<n>' (or --decision-id <id>)")
        default: break
        }
    }

    var reference: DecisionReference {
        decisionId.map(DecisionReference.id) ?? .number(number ?? 0)
    }
}

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Track action points.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self, Done.self, Drop.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an action point; prints its id.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: "What is to be done (- reads standard input).") var text: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Who does it: participant id, email or name.", valueName: "participant"))
        var owner: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Agenda item number it arose under.", valueName: "number"))
        var item: String?
        @Option(name: .customLong("item-id"), parsing: .unconditional, help: ArgumentHelp("The agenda item it arose under by its id, instead of --item.", valueName: "id"))
        var itemId: Int64?
        @Option(parsing: .unconditional, help: ArgumentHelp("Due date, YYYY-MM-DD.", valueName: "date")) var due: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Resolution clause key it implements.", valueName: "key")) var clause: String?

        func validate() throws {
            if item != nil && itemId != nil { throw ValidationError("Give --item or --item-id, not both.") }
        }

        func run() throws {
            let text = try TextInput.value(text, field: .text)
            let agendaItem = itemId.map(AgendaItemReference.id) ?? item.map(AgendaItemReference.number)
            print(try store.open().addAction(meeting: .text(meeting), ActionDraft(
                text: text, owner: owner, item: agendaItem, due: due, clause: clause)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List action points across meetings: overdue first, then by due date.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Only this meeting's (id, code or title words).", valueName: "meeting")) var meeting: String?
        @Flag(help: "Only open ones.") var open = false
        @Flag(help: "Only open ones past their due date.") var overdue = false
        @Option(parsing: .unconditional, help: ArgumentHelp("Only this participant's (id, email or name).", valueName: "participant")) var owner: String?

        func run() throws {
            let today = ActionTracker.today()
            let query = ActionQuery(meeting: meeting.map(RecordReference.text), openOnly: open, owner: owner.map(RecordReference.text),
                                    overdueOn: overdue ? today : nil)
            let actions = ActionTracker.ordered(try store.open().actions(query), today: today)
            if output.json { return try Output.json(actions.map(ActionJSON.init)) }
            Output.table(["ID", "MEETING", "ITEM", "STATUS", "DUE", "OWNER", "CLAUSE", "ACTION"], empty: "no action points match", actions.map { action in
                ["\(action.id)", action.meeting, action.itemNumber ?? "", action.status.rawValue, action.due ?? "",
                 action.owner ?? "", action.clauseKey ?? "", action.text]
            })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one action point with its meeting, item and clause.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Action point id.") var id: String

        func run() throws {
            let action = try store.open().action(.text(id))
            if output.json { return try Output.json(ActionJSON(action)) }
            Output.fields([
                ("ID", "\(action.id)"), ("Meeting", "\(action.meeting) (id \(action.meetingId))"),
                ("Item", action.itemNumber.map { number in action.itemId.map { "\(number) (id \($0))" } ?? number }),
                ("Action", action.text), ("Owner", action.owner.map { owner in action.ownerId.map { "\(owner) (id \($0))" } ?? owner }),
                ("Due", action.due), ("Status", action.status.rawValue), ("Clause", action.clauseKey),
            ])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an action point's text, owner, due date, clause or item; \"\" clears the due date, clause or item.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Action point id.") var id: String
        @Option(parsing: .unconditional, help: "What is to be done (- reads standard input).") var text: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Who does it: participant id, email or name.", valueName: "participant"))
        var owner: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Agenda item number it arose under.", valueName: "number"))
        var item: String?
        @Option(name: .customLong("item-id"), parsing: .unconditional, help: ArgumentHelp("The agenda item it arose under by its id, instead of --item.", valueName: "id"))
        var itemId: Int64?
        @Option(parsing: .unconditional, help: ArgumentHelp("Due date, YYYY-MM-DD.", valueName: "date")) var due: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Resolution clause key it implements.", valueName: "key")) var clause: String?

        func validate() throws {
            if item != nil && itemId != nil { throw ValidationError("Give --item or --item-id, not both.") }
            if [text, owner, item, itemId.map { "\($0)" }, due, clause].allSatisfy({ $0 == nil }) {
                throw ValidationError("Give at least one of --text, --owner, --due, --clause, --item or --item-id.")
            }
        }

        func run() throws {
            let text = try text.map { try TextInput.value($0, field: .text) }
            let agendaItem = itemId.map(AgendaItemReference.id) ?? item.map(AgendaItemReference.number)
            Output.edited(try store.open().editAction(.text(id), ActionEdit(
                text: text, owner: owner, due: due, clause: clause, item: agendaItem)))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an action point ('convene undo' brings it back).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Action point id.") var id: String

        func run() throws { try store.open().removeAction(.text(id)) }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an action point done.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Action point id.") var id: String

        func run() throws { try store.open().setActionStatus(.text(id), .done) }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an action point dropped.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Action point id.") var id: String

        func run() throws { try store.open().setActionStatus(.text(id), .dropped) }
    }
}

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes", abstract: "Meeting-level minutes: approval, versions, corrigenda and session times.",
        subcommands: [Approve.self, Reopen.self, Corrigendum.self, Versions.self, Diff.self, Times.self])

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve the minutes: the meeting becomes minutes-approved, the record is frozen as a version and locked.",
            discussion: "Approving again after `minutes reopen` issues a revision (Rev.1, Rev.2 …). Prints the version's number.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: ArgumentHelp("The day the meeting approved them, YYYY-MM-DD (default: today).", valueName: "date"))
        var date: String?

        func run() throws {
            let version = try store.open().approveMinutes(meeting: .text(meeting), date: date)
            print(version.number)
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Return approved minutes to a draft, to change them and approve them again as a revision.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: "Why they are reopened (kept in the history and with the revision).") var reason: String

        func run() throws { try store.open().reopenMinutes(meeting: .text(meeting), reason: reason) }
    }

    struct Corrigendum: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a corrigendum to approved minutes (\"Corrigendum 1 to Document …\"); prints its version's number.",
            discussion: "The approved record stays as it is; export the corrigendum with `export minutes MEETING --version N`.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: "What is corrected, in Markdown (- reads standard input).") var text: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Its date, YYYY-MM-DD (default: today).", valueName: "date")) var date: String?

        func run() throws {
            let text = try TextInput.value(text, field: .text)
            print(try store.open().issueCorrigendum(meeting: .text(meeting), text: text, date: date).number)
        }
    }

    struct Versions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the frozen versions of the minutes: approvals, revisions, corrigenda.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Meeting id or code.") var meeting: String

        func run() throws {
            let (shown, versions) = try store.open().minutesVersions(meeting: .text(meeting))
            if output.json { return try Output.json(MinutesVersionJSON.list(versions, of: shown)) }
            let rows = MinutesVersionJSON.list(versions, of: shown).map { version in
                [String(version.number), version.title, version.symbol ?? "", version.date,
                 version.reopenedAt.map { "reopened \($0.prefix(10)): " + (version.reopenReason ?? "") } ?? (version.note ?? "")]
            }
            Output.table(["NO.", "DOCUMENT", "SYMBOL", "DATE", "NOTE"], empty: "no version of the minutes has been approved", rows)
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two versions of the minutes, as a unified diff.",
            discussion: """
                Without version numbers: the two latest versions, or the only one against the minutes as they read now. \
                Prints nothing when they are the same.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Argument(help: ArgumentHelp("The two versions to compare, older first (both or neither).", valueName: "version"))
        var versions: [Int] = []

        func validate() throws {
            if !versions.isEmpty && versions.count != 2 { throw ValidationError("Give two version numbers, or none.") }
        }

        func run() throws {
            let lines = try store.open().minutesDiff(meeting: .text(meeting), first: versions.first, second: versions.last)
            if lines.isEmpty { return Output.notice("the versions are the same") }
            var text = ""
            for line in lines { text += SafeText.terminalText(line) + "\n" }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    struct Times: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "times", abstract: "Record when the chair opened and closed the meeting.",
            discussion: "Give --opened, --closed or both.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Opening, YYYY-MM-DDTHH:MM or HH:MM on the meeting's first day.", valueName: "time"))
        var opened: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Closing, YYYY-MM-DDTHH:MM or HH:MM on the opening day.", valueName: "time"))
        var closed: String?

        func validate() throws {
            if opened == nil && closed == nil { throw ValidationError("Give --opened, --closed or both.") }
        }

        func run() throws { try store.open().recordSession(meeting: .text(meeting), opened: opened, closed: closed) }
    }
}

/// Reading text a user points to: a file, or standard input for "-".
enum TextInput {
    /// A text option's value, or standard input when it is "-" (`--text -`).
    static func value(_ text: String, field: Field) throws -> String {
        text == "-" ? try read("-", field: field) : text
    }

    static func read(_ path: String, field: Field) throws -> String {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { throw ConveneError.fileFailure(field: field, path: path, reason: "cannot read the file") }
        return try StoredText.decode(data, source: path == "-" ? "standard input" : path, field: field)
    }
}
