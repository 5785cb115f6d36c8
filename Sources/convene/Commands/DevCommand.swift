import ArgumentParser
import ConveneCore
import Foundation

/// `convene dev`: tools for developing and measuring convene, hidden from the main help.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Tools for developing and measuring convene.",
        shouldDisplay: false,
        subcommands: [Generate.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a new database with synthetic participants, organisations and meetings.",
            discussion: """
                The same seed gives the same data. Names are in Latin script with diacritics, Chinese, \
                Arabic and Cyrillic; organisations of every category join the shipped Member States; \
                each meeting has 20 to 1,000 invitations and 10 to 200 agenda items with clause links, \
                notes, decisions and action points. The rows are written outside the history. \
                Refused when the database already has participants or meetings.
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("How many participants.", valueName: "n")) var participants: Int
        @Option(help: ArgumentHelp("How many meetings (they need at least 20 participants).", valueName: "m")) var meetings: Int = 0
        @Option(help: ArgumentHelp("Seed of the random choices.", valueName: "s")) var seed: UInt64 = 174

        func validate() throws {
            // Never the default database: generated data does not belong beside real data.
            if store.db == nil { throw ValidationError("give --db: the database file to fill (created if absent)") }
            if participants < 0 || meetings < 0 { throw ValidationError("--participants and --meetings cannot be negative") }
            if meetings > 0 && participants < 20 { throw ValidationError("meetings invite at least 20 participants; give --participants 20 or more") }
        }

        func run() throws {
            let start = Date()
            let database = try store.open()
            let progress = ProgressLine("convene: generating")
            defer { progress.finish() }
            let counts = try SyntheticData.generate(into: database, participants: participants, meetings: meetings,
                                                    seed: seed, progress: progress.handler)
            progress.finish()
            Output.notice(String(format: "convene: generated %d participants, %d organisations, %d meetings "
                                 + "(%d invitations, %d agenda items, %d action points) in %.1f s",
                                 counts.participants, counts.organisations, counts.meetings, counts.invitations,
                                 counts.agendaItems, counts.actionPoints, Date().timeIntervalSince(start)))
        }
    }
}
