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

    /// The database file `--db`, `CONVENE_DB` or the default names; an empty one is a usage
    /// error (most likely a variable that expanded to nothing, not a wish for the default).
    func location(environment: [String: String]) throws -> DatabaseLocation.Resolved {
        do {
            return try DatabaseLocation.resolved(explicit: db, environment: environment)
        } catch let error as DatabaseLocation.EmptyPath {
            throw ValidationError(error.description)
        }
    }

    /// The database for the app, which checks nothing before its first frame.
    /// The app checks for damage after its first frame (`AppEffect.checkDatabase`), and
    /// its writes are refused while the check fails, as the command line's are.
    func openForApp() throws -> Store {
        try open(checksBeforeWriting: true)
    }

    private func open(checksBeforeWriting: Bool) throws -> Store {
        let environment = ProcessInfo.processInfo.environment
        let location = try location(environment: environment)
        let reference = ReferenceData(locating: environment, executable: Bundle.main.executableURL)
        return try Store.open(path: location.path, reference: reference,
                              options: Store.Options(createsFolder: location.isDefault,
                                                     checksBeforeWriting: checksBeforeWriting,
                                                     author: .current(environment: environment)))
    }
}

/// `--screen`, for the app and `convene snapshot`.
struct ScreenOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("The screen to start on: meetings, participants, organisations, resolutions, reports or actions.", valueName: "name"))
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

/// The meeting and one of its agenda items, named by its current number or by its stable
/// id: the first arguments of the commands that act on an item (`agenda edit RD-2027 2.1`,
/// `agenda edit RD-2027 --item-id 12`).
struct AgendaItemArguments: ParsableArguments {
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: "Item number, e.g. 2.1 (or give --item-id instead).") var number: String?
    @OptionGroup var id: ItemIdOption

    func validate() throws {
        _ = try id.item(number: number)
    }

    var item: AgendaItemReference {
        id.itemId.map(AgendaItemReference.id) ?? .number(number ?? "")
    }
}

/// `--item-id`: an agenda item by the id `agenda list --json` shows, which stays the same
/// when items are added, moved or removed, where its number changes.
struct ItemIdOption: ParsableArguments {
    @Option(name: .customLong("item-id"), parsing: .unconditional, help: ArgumentHelp(
        "The item's stable id (the id of 'agenda list --json'), instead of its number.", valueName: "id"))
    var itemId: Int64?

    /// The item named by exactly one of NUMBER and --item-id.
    func item(number: String?) throws -> AgendaItemReference {
        switch (number, itemId) {
        case let (number?, nil): return .number(number)
        case let (nil, id?): return .id(id)
        case (_?, _?): throw ValidationError("Give the item's NUMBER or --item-id, not both.")
        case (nil, nil): throw ValidationError("Missing expected argument '<number>' (or --item-id <id>)")
        }
    }

    /// For commands with arguments after NUMBER: with --item-id the user leaves the number
    /// out, so the first of those arguments lands in NUMBER's place and moves back to them.
    func item(number: String?, followedBy rest: [String]) throws -> (AgendaItemReference, [String]) {
        guard itemId != nil else { return (try item(number: number), rest) }
        if let number, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            throw ValidationError("Give the item's NUMBER or --item-id, not both.")
        }
        return (try item(number: nil), (number.map { [$0] } ?? []) + rest)
    }
}
