import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

/// `convene where`: which files convene would use, found the way every command finds them,
/// without opening or creating anything.
struct WhereCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "where",
        abstract: "Print the database, the data folder and the config file in use (nothing is created).")
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let database = try store.location(environment: environment).path
        let data = Result { try DataDirectory.locate(environment: environment, executable: Bundle.main.executableURL) }
        let config = AppConfig.path(environment: environment)
        let places = WhereJSON(
            database: database, databaseExists: FileManager.default.fileExists(atPath: database),
            dataFolder: try? data.get().path, configFile: config, configExists: FileManager.default.fileExists(atPath: config))
        if output.json {
            try Output.json(places)
        } else {
            Output.fields([("Database", places.database), ("Data", places.dataFolder), ("Config", places.configFile)])
            if !places.databaseExists { Output.notice("the database does not exist yet; the first command that writes creates it") }
            if !places.configExists { Output.notice("there is no config file; the app uses its default keys") }
        }
        _ = try data.get()
    }
}
