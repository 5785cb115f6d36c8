import ArgumentParser
import ConveneCore
import Foundation

/// `convene demo`: the app on a sample database, for a first look.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the app on a sample database with one Resolution 174 regional dialogue.",
        discussion: """
            The sample is demo.sqlite in the folder of the default database; it is made the first \
            time and reused afterwards, and your own database is never touched. Delete the file to \
            start the sample again.
            """)

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = DemoDatabase.path(environment: environment)
        // The data folder, as the default database's would be on first use.
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        let options = try StoreOptions.parse(["--db", path])
        let store = try options.open()
        if try DemoDatabase.fillOnce(store) {
            Output.notice("convene: made the sample database \(path)")
        }
        try TerminalApp.run(options: options)
    }
}
