import ConveneCore
import ConveneTUI
import Foundation

/// `convene` with no command: the interactive app on the chosen database.
enum TerminalApp {
    /// What both the app and `convene snapshot` are built from.
    struct Setup {
        var app: ConveneApp
        var effects: AppEffects
        var messages: [String]
    }

    static func setup(options: StoreOptions, screen: ScreenID = .meetings) throws -> Setup {
        let environment = ProcessInfo.processInfo.environment
        let store = try options.openForApp()
        let (keyMap, messages) = AppConfig.load(environment: environment).keyMap()
        let app = ConveneApp(databasePath: store.path, home: environment["HOME"], keyMap: keyMap, screen: screen,
                             message: messages.isEmpty ? nil : "config: " + messages.joined(separator: "; "))
        let effects = AppEffects(store: store, environment: environment)
        return Setup(app: app, effects: effects, messages: messages)
    }

    /// There is no terminal to open the app on (standard input or output is not one).
    struct NoTerminal: Error, CustomStringConvertible {
        var reason: String
        var description: String { "\(reason); run 'convene --help' for the commands" }
    }

    static func run(options: StoreOptions, screen: ScreenID = .meetings) throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            throw NoTerminal(reason: "\(error)")
        }
        let prepared: Setup
        do {
            prepared = try setup(options: options, screen: screen)
        } catch {
            terminal.restore()
            throw error
        }
        var app = prepared.app
        let effects = prepared.effects
        effects.redraw = { terminal.invalidate() }
        effects.outsideTerminal = { body in terminal.suspend(body) }
        terminal.run(&app, tickInterval: .seconds(1)) { effect, _ in effects.perform(effect) }
        terminal.restore()
    }
}
