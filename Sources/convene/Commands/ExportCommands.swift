import ArgumentParser
import ConveneCore
import Foundation

/// `-o FILE` and `--date`, shared by the exports.
struct ExportDestination: ParsableArguments {
    @Option(name: .shortAndLong, parsing: .unconditional, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output ('-' is standard output).", valueName: "file"))
    var output: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Document date, YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    /// The document date and symbol; `--date` is checked before anything is read.
    func options(symbol: String? = nil) throws -> ExportOptions {
        let date = try date.map { try MeetingTime.parseDate($0, field: .date) } ?? MeetingTime.today()
        return ExportOptions(date: date, symbol: symbol)
    }

    func write(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try ExportFile.write(text, to: output)
        Output.notice("wrote \(output)")
    }
}

/// What `export agenda` and `export minutes` both take: the meeting, where to write and
/// the document's date and symbol.
struct MeetingExportArguments: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @Argument(help: "Meeting id or code.") var meeting: String
    @OptionGroup var destination: ExportDestination
    @Option(parsing: .unconditional, help: ArgumentHelp("Document symbol (default: the document's own in the meeting's series, e.g. R174-RD/2).", valueName: "symbol")) var symbol: String?

    func export(_ kind: ExportKind) throws {
        let options = try destination.options(symbol: symbol)
        try destination.write(try store.open().export(kind, meeting: .text(meeting), options: options))
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export agendas and minutes (Markdown), participants (CSV), calendars (iCalendar), invitations (mbox) and mail aliases.",
        subcommands: [Agenda.self, Minutes.self, Participants.self, Calendar.self, Invitations.self, Aliases.self])

    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The agenda: header, table of items with documents, clauses and times, annex quoting the cited clauses.")
        @OptionGroup var arguments: MeetingExportArguments

        func run() throws { try arguments.export(.agenda) }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The minutes (summary record): attendance, numbered paragraphs per item, decisions, action points.",
            discussion: "--version N writes a frozen version (`minutes versions`) byte for byte, as it was approved or issued.")
        @OptionGroup var arguments: MeetingExportArguments
        @Option(parsing: .unconditional, help: ArgumentHelp("A frozen version of the minutes, by its number (`minutes versions`).", valueName: "number"))
        var version: Int?

        func validate() throws {
            if version != nil && (arguments.destination.date != nil || arguments.symbol != nil) {
                throw ValidationError("--version writes the version as it was issued; --date and --symbol do not apply to it.")
            }
        }

        func run() throws {
            guard let version else { return try arguments.export(.minutes) }
            let frozen = try arguments.store.open().minutesVersion(meeting: .text(arguments.meeting), number: version)
            try arguments.destination.write(frozen.markdown)
        }
    }
}

/// `-o FILE` alone, for the exports that have no document date.
struct FileDestination: ParsableArguments {
    @Option(name: .shortAndLong, parsing: .unconditional, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output ('-' is standard output).", valueName: "file"))
    var output: String?

    func write(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try ExportFile.write(text, to: output)
        Output.notice("wrote \(output)")
    }
}

extension ExportCommand {
    struct Participants: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The directory, or a meeting's invitees, as CSV in the columns 'import participants' reads.",
            discussion: """
                Cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage \
                return) are written with a leading apostrophe, which the importer takes off again.
                """)
        @OptionGroup var store: StoreOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Only the participants invited to this meeting (id or code), with their role, delegation, reply and attendance.", valueName: "meeting"))
        var meeting: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("The cell separator: ',' (the default), ';' or tab.", valueName: "delimiter"))
        var delimiter = ","
        @OptionGroup var destination: FileDestination

        func run() throws {
            let delimiter = try CSVDelimiter.parse(delimiter)
            try destination.write(try store.open().participantsCSV(meeting: meeting.map(RecordReference.text), delimiter: delimiter))
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports across meetings.", subcommands: [Implementation.self])

    struct Implementation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How a resolution is being implemented: per operative clause, the meetings, items, decisions and action points; then the clauses not yet addressed.")
        @OptionGroup var store: StoreOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Resolution id.", valueName: "doc")) var resolution = ReportScope.defaultResolution
        @Option(parsing: .unconditional, help: ArgumentHelp("Only meetings starting on or after this date, YYYY-MM-DD.", valueName: "date")) var from: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Only meetings starting on or before this date, YYYY-MM-DD.", valueName: "date")) var to: String?
        @OptionGroup var destination: ExportDestination
        @OptionGroup var output: OutputOptions

        func run() throws {
            let options = try destination.options()
            let store = try store.open()
            if output.json {
                let record = try store.implementationRecord(resolution: resolution, from: from, to: to)
                return try destination.write(Output.jsonText(ImplementationReportJSON(record, date: options.date)))
            }
            let scope = ReportScope(resolution: resolution, from: from, to: to)
            try destination.write(try store.export(.report, meeting: nil, options: options, report: scope))
        }
    }
}
