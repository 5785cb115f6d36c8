import ArgumentParser
import ConveneCore
import Foundation

struct Convene: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Organise Resolution 174 stakeholder meetings: directory, meetings, agendas, minutes, resolution clauses, history.",
        discussion: """
            With no command, convene opens the terminal app (press ? in it for the keys).
            The database is --db PATH, else $CONVENE_DB, else $XDG_DATA_HOME/convene/convene.sqlite.
            """,
        version: "0.1.0",
        subcommands: [
            OrgCommand.self, ParticipantCommand.self, MeetingCommand.self,
            InviteCommand.self, ReplyCommand.self, AttendCommand.self,
            AgendaCommand.self, NoteCommand.self, DecisionCommand.self, ActionCommand.self, SpeakerCommand.self, MinutesCommand.self,
            ImportCommand.self, ExportCommand.self, ReportCommand.self,
            ResolutionCommand.self, ClauseCommand.self,
            UndoCommand.self, RedoCommand.self, HistoryCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self,
            WhereCommand.self, SnapshotCommand.self, DemoCommand.self, DevCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try TerminalApp.run(options: store, screen: screen.start)
    }

    /// argument-parser's messages begin like every other message of convene's.
    static var _errorPrefix: String { "convene: " }
}

/// Runs the command line; every error leaves through `FailureReport`.
@main
enum ConveneMain {
    static func main() {
        do {
            var command = try Convene.parseAsRoot()
            try HelpTopic.check(command, arguments: Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
            FailureReport(error).exit()
        }
    }
}
