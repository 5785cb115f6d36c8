import ArgumentParser
import ConveneCore
import Foundation

/// `-o FILE` and `--date`, shared by the exports.
struct ExportDestination: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Document date, YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    func documentDate() throws -> String {
        if let date { return try MeetingTime.parseDate(date, field: .date) }
        return MeetingTime.today()
    }

    /// Loads the meeting, renders it with `render` and writes the result.
    func export(_ meeting: String, from store: StoreOptions, symbol: String?,
                _ render: (MeetingRecord, ExportOptions) -> String) throws {
        let options = ExportOptions(date: try documentDate(), symbol: symbol)
        try write(render(try store.open().meetingRecord(meeting), options))
    }

    func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try ExportFile.write(text, to: output)
        FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a meeting's agenda or minutes as Markdown.",
        subcommands: [Agenda.self, Minutes.self])

    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The agenda: header, table of items with documents, clauses and times, annex quoting the cited clauses.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @OptionGroup var destination: ExportDestination
        @Option(help: ArgumentHelp("Document symbol (default: the meeting's symbol).", valueName: "symbol")) var symbol: String?

        func run() throws {
            try destination.export(meeting, from: store, symbol: symbol, AgendaExport.markdown)
        }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The minutes (summary record): attendance, numbered paragraphs per item, decisions, action points.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @OptionGroup var destination: ExportDestination
        @Option(help: ArgumentHelp("Document symbol (default: the meeting's symbol).", valueName: "symbol")) var symbol: String?

        func run() throws {
            try destination.export(meeting, from: store, symbol: symbol, MinutesExport.markdown)
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
        @Option(help: ArgumentHelp("Resolution id.", valueName: "doc")) var resolution = "R174-2010"
        @Option(help: ArgumentHelp("Only meetings starting on or after this date, YYYY-MM-DD.", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("Only meetings starting on or before this date, YYYY-MM-DD.", valueName: "date")) var to: String?
        @OptionGroup var destination: ExportDestination

        func run() throws {
            let record = try store.open().implementationRecord(resolution: resolution, from: from, to: to)
            try destination.write(ImplementationReport.markdown(record, date: try destination.documentDate()))
        }
    }
}
