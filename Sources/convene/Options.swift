import ArgumentParser
import ConveneCore
import Foundation

/// `--db`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $CONVENE_DB, else $XDG_DATA_HOME/convene/convene.sqlite).", valueName: "path"))
    var db: String?

    func open() throws -> Store {
        let environment = ProcessInfo.processInfo.environment
        let path = DatabaseLocation.resolve(explicit: db, environment: environment)
        let reference = ReferenceData(locating: environment, executable: Bundle.main.executableURL)
        return try Store.open(path: path, reference: reference)
    }
}

/// `--json`, for list and show commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (an array for lists) with stable snake_case field names.")
    var json = false
}
