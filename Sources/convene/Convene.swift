import ArgumentParser
import ConveneCore

@main
struct Convene: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Organise Resolution 174 stakeholder meetings from the terminal.",
        version: "0.1.0"
    )

    func run() throws {
        print("convene: the terminal UI is not built yet; see 'convene --help' for the commands.")
    }
}
