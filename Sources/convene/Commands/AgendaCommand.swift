import ArgumentParser
import ConveneCore

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Build a meeting's agenda: numbered items with times, presenters, documents and resolution clauses.",
        subcommands: [Add.self, List.self, Edit.self, Move.self, Link.self, Unlink.self, Remove.self, Clock.self]
    )

    struct Fields: ParsableArguments {
        @Option(parsing: .unconditional, help: ArgumentHelp("Minutes allotted (0 clears).", valueName: "n")) var minutes: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Presenter: participant id, email or name (\"\" clears).", valueName: "participant"))
        var presenter: String?
        @Option(name: .customLong("doc"), parsing: .unconditionalSingleValue,
                help: ArgumentHelp("Document symbol, e.g. R174-RD/3 (repeat for several).", valueName: "symbol"))
        var documents: [String] = []
        @Option(name: .customLong("clause"), parsing: .unconditionalSingleValue,
                help: ArgumentHelp("Resolution clause key, e.g. R174-2010/recalling/g (repeat for several).", valueName: "key"))
        var clauses: [String] = []
        @Option(parsing: .unconditional, help: "Description (Markdown).") var description: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Each speaker's time on this item in minutes, 1 to 60, instead of the meeting's; \"\" clears it.", valueName: "minutes"))
        var speakingMinutes: String?
        @Option(name: .customLong("at"), parsing: .unconditional,
                help: ArgumentHelp("Start at this time of the item's day, e.g. 14:00; later items follow from it (\"\" clears it).", valueName: "HH:MM"))
        var fixedStart: String?
        @Option(parsing: .unconditional,
                help: ArgumentHelp("The meeting day a top-level item opens (1, 2, …; the meeting's --end sets how many); the items after it follow on that day.", valueName: "n"))
        var day: Int?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an item; prints its number.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: "Title of the item (a break's default: \"Coffee break\").") var title: String?
        @Flag(name: .customLong("break"), help: "A break: scheduled like an item, not numbered (named B1, B2…), no clauses or decisions.")
        var isBreak = false
        @Option(parsing: .unconditional, help: ArgumentHelp("Number of the parent item, for a sub-item.", valueName: "number"))
        var parent: String?
        @Option(name: .customLong("parent-id"), parsing: .unconditional, help: ArgumentHelp("The parent item by its id, instead of --parent.", valueName: "id"))
        var parentId: Int64?
        @Option(parsing: .unconditional, help: ArgumentHelp("Number of the item to follow (default: last).", valueName: "number"))
        var after: String?
        @Option(name: .customLong("after-id"), parsing: .unconditional, help: ArgumentHelp("The item to follow by its id, instead of --after.", valueName: "id"))
        var afterId: Int64?
        @OptionGroup var fields: Fields

        func validate() throws {
            if parent != nil && parentId != nil { throw ValidationError("Give --parent or --parent-id, not both.") }
            if after != nil && afterId != nil { throw ValidationError("Give --after or --after-id, not both.") }
            if title == nil && !isBreak { throw ValidationError("Missing expected argument '--title <title>' (only a --break has a default title)") }
        }

        func run() throws {
            let parentItem = parentId.map(AgendaItemReference.id) ?? parent.map(AgendaItemReference.number)
            let afterItem = afterId.map(AgendaItemReference.id) ?? after.map(AgendaItemReference.number)
            print(try store.open().addAgendaItem(meeting: .text(meeting), AgendaItemDraft(
                title: title, parent: parentItem, after: afterItem, minutes: fields.minutes, presenter: fields.presenter,
                documents: fields.documents, clauses: fields.clauses, description: fields.description,
                speakingMinutes: fields.speakingMinutes, isBreak: isBreak ? true : nil, fixedStart: fields.fixedStart, day: fields.day)))
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
            let severalDays = agenda.items.contains { $0.day > 1 }
            let headers = (severalDays ? ["DAY"] : []) + ["NO.", "TIME", "MIN", "ITEM", "PRESENTER", "CLAUSES"]
            Output.table(headers, empty: "the agenda has no items yet", agenda.items.map { row in
                (severalDays ? ["\(row.day)"] : [])
                    + [row.number, MeetingTime.clock(row.start) + (row.fixedStart == nil ? "" : " fixed"),
                       row.totalMinutes == 0 ? "" : "\(row.totalMinutes)" + (row.timeFromSubItems ? " sum" : ""),
                       String(repeating: "  ", count: row.depth) + row.title, row.presenter ?? "",
                       row.clauses.joined(separator: " ")]
            })
            if !agenda.items.isEmpty {
                let end = agenda.items.filter { $0.depth == 0 }.map(\.end).max() ?? agenda.meeting.start
                let span = severalDays ? "\(agenda.items.last?.day ?? 1) days" : "\(MeetingTime.clock(agenda.meeting.start))–\(MeetingTime.clock(end))"
                print("Total: \(agenda.totalMinutes) min, \(span)")
            }
            for warning in ScheduleWarnings.lines(agenda.items) { Output.notice("warning: " + warning) }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an item; --doc or --clause given replace the whole list.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Option(parsing: .unconditional, help: "Title of the item.") var title: String?
        @Flag(name: .customLong("clear-docs"), help: "Remove all documents.") var clearDocuments = false
        @Flag(name: .customLong("clear-clauses"), help: "Remove all clause links.") var clearClauses = false
        @Flag(name: .customLong("break"), inversion: .prefixedNo, help: "Make the item a break, or (--no-break) an item again.")
        var isBreak: Bool?
        @OptionGroup var fields: Fields

        func run() throws {
            Output.edited(try store.open().editAgendaItem(meeting: .text(item.meeting), item: item.item, AgendaItemDraft(
                title: title, minutes: fields.minutes, presenter: fields.presenter,
                documents: clearDocuments ? [] : fields.documents.isEmpty ? nil : fields.documents,
                clauses: clearClauses ? [] : fields.clauses.isEmpty ? nil : fields.clauses,
                description: fields.description, speakingMinutes: fields.speakingMinutes,
                isBreak: isBreak, fixedStart: fields.fixedStart, day: fields.day)))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an item up or down among its siblings, in under the item before it, or out of its parent; prints its new number.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Argument(help: "Item number, e.g. 2.1 (or give --item-id instead).") var number: String?
        @Argument(help: "Where to move the item.") var direction: AgendaMove?
        @OptionGroup var id: ItemIdOption

        func validate() throws { _ = try itemAndDirection() }

        /// With --item-id the direction is the argument after the meeting.
        private func itemAndDirection() throws -> (AgendaItemReference, AgendaMove) {
            let (item, rest) = try id.item(number: number, followedBy: direction.map { [$0.rawValue] } ?? [])
            guard let word = rest.first else { throw ValidationError("Missing expected argument '<direction>'") }
            guard rest.count == 1, let move = AgendaMove(argument: word) else {
                throw ValidationError("The value '\(rest.joined(separator: " "))' is invalid for '<direction>'. Please provide one of 'up', 'down', 'in' or 'out'.")
            }
            return (item, move)
        }

        func run() throws {
            let (item, move) = try itemAndDirection()
            print(try store.open().moveAgendaItem(meeting: .text(meeting), item: item, move))
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Link resolution clauses to an item.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: ItemWithClauseKeys

        func run() throws {
            let (reference, keys) = try item.itemAndKeys()
            try store.open().linkClauses(meeting: .text(item.meeting), item: reference, keys: keys)
        }
    }

    struct Unlink: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove clause links from an item.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: ItemWithClauseKeys

        func run() throws {
            let (reference, keys) = try item.itemAndKeys()
            try store.open().unlinkClauses(meeting: .text(item.meeting), item: reference, keys: keys)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an item with its sub-items and decisions ('convene undo' brings them back).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments

        func run() throws {
            try store.open().removeAgendaItem(meeting: .text(item.meeting), item: item.item)
        }
    }
}

extension AgendaCommand {
    struct Clock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start or stop the item clock: stamps the item's actual start and duration and the meeting's opening and closing times.",
            discussion: """
                start stamps the item's actual start (the first time) and the meeting's opening (if not set), and stops \
                the clock of any other item of the meeting; stop stamps how long the item ran, from its first start, and \
                the meeting's closing. Times are the meeting's local time, now.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Argument(help: "Item number, e.g. 2.1 (or give --item-id instead).") var number: String?
        @Argument(help: "start or stop.") var action: ItemClockAction?
        @OptionGroup var id: ItemIdOption

        func validate() throws { _ = try itemAndAction() }

        /// With --item-id the action is the argument after the meeting.
        private func itemAndAction() throws -> (AgendaItemReference, ItemClockAction) {
            let (item, rest) = try id.item(number: number, followedBy: action.map { [$0.rawValue] } ?? [])
            guard let word = rest.first else { throw ValidationError("Missing expected argument '<action>'") }
            guard rest.count == 1, let action = ItemClockAction(argument: word) else {
                throw ValidationError("The value '\(rest.joined(separator: " "))' is invalid for '<action>'. Please provide one of 'start' or 'stop'.")
            }
            return (item, action)
        }

        func run() throws {
            let (item, action) = try itemAndAction()
            let stamp = try store.open().itemClock(meeting: .text(meeting), item: item, action)
            let time = MeetingTime.clock(stamp.at)
            switch action {
            case .start:
                Output.notice("clock started on item \(stamp.number) at \(time)" + (stamp.stopped.map { "; item \($0)'s clock stopped" } ?? ""))
            case .stop:
                Output.notice("clock stopped on item \(stamp.number) at \(time) (\((stamp.seconds ?? 0) / 60) min since its start)")
            }
        }
    }
}

/// The arguments of `agenda link` and `agenda unlink`: the meeting, the item and clause keys.
struct ItemWithClauseKeys: ParsableArguments {
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: "Item number, e.g. 2.1 (or give --item-id instead).") var number: String?
    @Argument(help: "Clause keys, e.g. R174-2010/resolves-to-instruct-sg/i.") var keys: [String] = []
    @OptionGroup var id: ItemIdOption

    func validate() throws { _ = try itemAndKeys() }

    /// With --item-id the keys begin right after the meeting.
    func itemAndKeys() throws -> (AgendaItemReference, [String]) {
        let (item, keys) = try id.item(number: number, followedBy: keys)
        if keys.isEmpty { throw ValidationError("Missing expected argument '<keys> ...'") }
        return (item, keys)
    }
}
