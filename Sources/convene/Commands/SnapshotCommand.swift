import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

/// `convene snapshot`: the app rendered without a terminal, printed as text.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print a screen of the terminal app as text, after replaying keys (for tests, documentation and bug reports).",
        discussion: """
            Keys use the notation of the key bindings: letters stand for themselves, named keys are \
            written <Enter>, <Esc>, <Tab>, <S-Tab>, <Space>, <Up>, <C-a> and so on, and '<' is <lt>. \
            Effects run before the next key, so the printed screen shows their result; changes made \
            by the keys are saved to the database as in the app.
            """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var screen: ScreenOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Terminal size as COLUMNSxROWS.", valueName: "size"))
    var size: String = "80x24"

    @Option(parsing: .unconditional, help: ArgumentHelp("Keys to replay before printing, e.g. '2/sao<Enter>'.", valueName: "keys"))
    var keys: String = ""

    func validate() throws {
        guard Self.parseSize(size) != nil else { throw ValidationError("--size must look like 100x30, not '\(size)'") }
        do {
            _ = try Key.sequence(keys)
        } catch {
            throw ValidationError("--keys: \(error)")
        }
    }

    static func parseSize(_ text: String) -> Size? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else { return nil }
        return Size(width: width, height: height)
    }

    func run() throws {
        guard let size = Self.parseSize(size) else { return }
        let setup = try TerminalApp.setup(options: store, screen: screen.start)
        for message in setup.messages {
            FileHandle.standardError.write(Data("convene: config: \(message)\n".utf8))
        }
        var app = setup.app
        let screen = ProgramRunner.headless(&app, size: size, keys: try Key.sequence(keys)) { setup.effects.perform($0) }
        print(screen.text())
    }
}
