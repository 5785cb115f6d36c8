import ArgumentParser
import ConveneCore
import Foundation

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Plan meetings.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    /// `--title` and `--start`: required by `meeting add`, optional in `meeting edit`, so that
    /// `--help` shows each as it is.
    static let titleHelp = ArgumentHelp("Title, e.g. \"Regional dialogue on Resolution 174\".", valueName: "title")
    static let startHelp = ArgumentHelp("Local start, YYYY-MM-DDTHH:MM (e.g. 2027-03-02T09:30).", valueName: "date-time")

    /// The fields shared by add and edit besides the title and start.
    struct Fields: ParsableArguments {
        @Option(parsing: .unconditional, help: ArgumentHelp("Local end: YYYY-MM-DDTHH:MM, or HH:MM on the start day.", valueName: "date-time"))
        var end: String?
        @Option(name: .customLong("tz"), parsing: .unconditional, help: ArgumentHelp("IANA time zone of the times (default: the system's).", valueName: "zone"))
        var timeZone: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("international, regional or national.", valueName: "level")) var level: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("ITU-D region of a regional meeting.", valueName: "region")) var region: String?
        @Option(parsing: .unconditional, help: "Venue (city, building, room).") var venue: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Online meeting link (https://…).", valueName: "url")) var online: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Document symbol series, e.g. R174-RD: the agenda is R174-RD/1, the summary record R174-RD/2.", valueName: "symbol")) var symbol: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("How document symbols are written: {series} and {n} (the document's number), e.g. {series}/{n}-E (default {series}/{n}).", valueName: "pattern"))
        var symbolPattern: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Short code to refer to the meeting instead of its id, e.g. RD-2027.", valueName: "code"))
        var code: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Each speaker's time in minutes, 1 to 60, unless an item sets its own (default 3).", valueName: "minutes"))
        var speakingMinutes: String?

        func draft(title: String?, start: String?) -> MeetingDraft {
            MeetingDraft(code: code, title: title, start: start, end: end, timeZone: timeZone, level: level,
                         region: region, venue: venue, onlineLink: online, symbol: symbol, speakingMinutes: speakingMinutes,
                         symbolPattern: symbolPattern)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a meeting; prints the new id.")
        @OptionGroup var store: StoreOptions
        @Option(parsing: .unconditional, help: MeetingCommand.titleHelp) var title: String
        @Option(parsing: .unconditional, help: MeetingCommand.startHelp) var start: String
        @OptionGroup var fields: Fields

        func run() throws {
            print(try store.open().addMeeting(fields.draft(title: title, start: start),
                                              defaultTimeZone: TimeZone.current.identifier))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List meetings by start.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let meetings = try store.open().meetings()
            if output.json { return try Output.json(meetings.map(MeetingJSON.init)) }
            Output.table(["ID", "CODE", "START", "LEVEL", "REGION", "STATUS", "INV", "ACC", "TITLE"], empty: "no meetings yet", meetings.map { listing in
                let meeting = listing.meeting
                return ["\(meeting.id ?? 0)", meeting.code ?? "", meeting.start.replacingOccurrences(of: "T", with: " "),
                        meeting.level.rawValue, meeting.region ?? "", meeting.status.rawValue,
                        "\(listing.invited)", "\(listing.accepted)", meeting.title]
            })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a meeting and its invitations.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Meeting id or code.") var meeting: String

        func run() throws {
            let store = try store.open()
            let m = try store.meeting(.text(meeting))
            let invitations = try store.invitations(meeting: .id(m.id ?? 0))
            if output.json { return try Output.json(MeetingShowJSON(m, invitations: invitations)) }
            Output.fields([
                ("ID", "\(m.id ?? 0)"), ("Code", m.code), ("Title", m.title), ("Level", m.level.rawValue),
                ("Region", m.region), ("Start", "\(m.start) \(m.timeZone)"), ("End", m.end), ("Venue", m.venue),
                ("Online", m.onlineLink), ("Symbol", m.symbol), ("Symbol pattern", m.symbolPattern),
                ("Documents", MeetingCommand.documentSymbols(m)), ("Status", m.status.rawValue),
            ])
            guard !invitations.isEmpty else { return }
            print("")
            Output.table(["PID", "NAME", "ROLE", "DELEGATION", "REPLY", "ATTENDANCE"], empty: "", invitations.map { invitation in
                ["\(invitation.participantId)", invitation.name, invitation.role.rawValue, invitation.delegation ?? "",
                 invitation.reply.rawValue, invitation.attendance?.rawValue ?? "-"]
            })
        }
    }

    /// "R174-RD/1 agenda, R174-RD/2 summary record": what each export will be numbered.
    static func documentSymbols(_ meeting: Meeting) -> String? {
        let symbols = [(ExportKind.agenda, "agenda"), (.minutes, "summary record")].compactMap { kind, name in
            DocumentSymbol.symbol(kind, meeting: meeting).map { "\($0) \(name)" }
        }
        return symbols.isEmpty ? nil : symbols.joined(separator: ", ")
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a meeting's fields; an empty value clears an optional field.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: MeetingCommand.titleHelp) var title: String?
        @Option(parsing: .unconditional, help: MeetingCommand.startHelp) var start: String?
        @OptionGroup var fields: Fields
        @Option(parsing: .unconditional, help: ArgumentHelp("draft, convened, held or minutes-approved.", valueName: "status")) var status: String?

        func run() throws {
            var draft = fields.draft(title: title, start: start)
            draft.status = status
            Output.edited(try store.open().editMeeting(.text(meeting), draft))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a meeting with its invitations ('convene undo' brings them back).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String

        func run() throws {
            try store.open().removeMeeting(.text(meeting))
        }
    }
}
