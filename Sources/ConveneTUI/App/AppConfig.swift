import ConveneCore
import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/convene/config.toml`. Its `[keys]` table rebinds actions:
///
///     [keys]
///     "participants.add" = ["n", "<Insert>"]
///     undo = "U"
///     [keys.agenda]
///     clauses = ["C"]
///
/// (the last is the action `agenda.clauses`). An empty list unbinds. Its `[organiser]` table
/// (`name`, `email`) signs calendar invitations and invitation e-mails.
public struct AppConfig: Sendable {
    public var keyOverrides: [String: [String]] = [:]
    /// `[organiser]`, when it has both a name and an email.
    public var organiser: Organiser?
    /// What could not be read, as sentences for the user.
    public var problems: [String] = []

    public init() {}

    public static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/convene/config.toml" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/convene/config.toml"
    }

    /// Reads the config file; a missing file is no problem, a broken one is reported.
    public static func load(environment: [String: String]) -> AppConfig {
        let path = path(environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else { return AppConfig() }
        return parse(String(decoding: data, as: UTF8.self), source: path)
    }

    public static func parse(_ text: String, source: String = "config.toml") -> AppConfig {
        var config = AppConfig()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            config.problems.append("\(source): \(error.description) (line \(error.source.begin.line)); using the default keys")
            return config
        } catch {
            config.problems.append("\(source): \(error); using the default keys")
            return config
        }
        config.readOrganiser(table, source: source)
        guard let keysValue = table["keys"] else { return config }
        guard let keys = keysValue.table else {
            config.problems.append("\(source): 'keys' must be a table ([keys])")
            return config
        }
        config.collect(keys, prefix: "", source: source)
        return config
    }

    /// The folder of the config file, where `invitation.txt` may replace the e-mail body.
    public static func folder(environment: [String: String]) -> String {
        (path(environment: environment) as NSString).deletingLastPathComponent
    }

    private mutating func readOrganiser(_ table: TOMLTable, source: String) {
        guard let value = table["organiser"] else { return }
        guard let organiser = value.table, let name = organiser["name"]?.string, let email = organiser["email"]?.string,
              !name.isEmpty, (try? FieldValidation.email(email)) != nil else {
            problems.append("\(source): [organiser] needs name = \"…\" and a valid email = \"…\"")
            return
        }
        self.organiser = Organiser(name: name, email: email)
    }

    private mutating func collect(_ table: TOMLTable, prefix: String, source: String) {
        for name in table.keys.sorted() {
            guard let value = table[name] else { continue }
            let action = prefix + name
            if let nested = value.table {
                collect(nested, prefix: action + ".", source: source)
            } else if let single = value.string {
                keyOverrides[action] = [single]
            } else if let array = value.array {
                let notations = array.compactMap { $0.string }
                if notations.count != array.count {
                    problems.append("\(source): keys for '\(action)' must be strings such as \"n\" or \"<C-n>\"")
                    continue
                }
                keyOverrides[action] = notations
            } else {
                problems.append("\(source): keys for '\(action)' must be a string or a list of strings")
            }
        }
    }

    /// The default key map with this config's overrides, and every message worth showing.
    public func keyMap(base: KeyMap = AppKeys.defaults) -> (KeyMap, [String]) {
        var map = base
        let messages = map.applyOverrides(keyOverrides)
        return (map, problems + messages)
    }
}
