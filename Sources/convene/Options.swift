import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

/// `--db`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file, in an existing folder (default: $CONVENE_DB, else $XDG_DATA_HOME/convene/convene.sqlite, whose folder is created).", valueName: "path"))
    var db: String?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db is empty; give the path of a database file") }
    }

    /// The database, checked for damage before the command's first write (a command-line
    /// write is short, so the check costs little next to it; reads never wait for it).
    func open() throws -> Store {
        try open(checksBeforeWriting: true)
    }

    /// The database for the app, which checks nothing before its first frame.
    /// The app checks for damage after its first frame (`AppEffect.checkDatabase`), and
    /// its writes are refused while the check fails, as the command line's are.
    func openForApp() throws -> Store {
        try open(checksBeforeWriting: true)
    }

    private func open(checksBeforeWriting: Bool) throws -> Store {
        let environment = ProcessInfo.processInfo.environment
        let location: DatabaseLocation.Resolved
        do {
            location = try DatabaseLocation.resolved(explicit: db, environment: environment)
        } catch let error as DatabaseLocation.EmptyPath {
            throw ValidationError(error.description)
        }
        let reference = ReferenceData(locating: environment, executable: Bundle.main.executableURL)
        return try Store.open(path: location.path, reference: reference,
                              options: Store.Options(createsFolder: location.isDefault,
                                                     checksBeforeWriting: checksBeforeWriting,
                                                     author: .current(environment: environment)))
    }
}

/// `--screen`, for the app and `convene snapshot`.
struct ScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The screen to start on: meetings, participants, organisations, resolutions or reports.", valueName: "name"))
    var screen: String = "meetings"

    var start: ScreenID { ScreenID(name: screen) ?? .meetings }

    func validate() throws {
        guard ScreenID(name: screen) != nil else {
            throw ValidationError("unknown screen '\(screen)' (one of \(ScreenID.allCases.map(\.name).joined(separator: ", ")))")
        }
    }
}

/// `--json`, for list and show commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (an array for lists) in the vocabulary of convene(5), JSON OUTPUT.")
    var json = false
}

/// The meeting and the number of one of its agenda items: the first two arguments of the
/// commands that act on an item (`agenda edit RD-2027 2.1`).
struct AgendaItemArguments: ParsableArguments {
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: "Item number, e.g. 2.1.") var number: String
}
