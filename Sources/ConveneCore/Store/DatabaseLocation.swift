import Foundation

/// Where the database lives: `--db`, then `CONVENE_DB`, then the XDG data folder.
public enum DatabaseLocation {
    /// A resolved location, and whether it is the default one (whose folders convene may
    /// create: a typed path with a missing folder is more likely a typo).
    public struct Resolved: Equatable, Sendable {
        public var path: String
        public var isDefault: Bool
    }

    /// An empty `--db` or `CONVENE_DB`: most likely a variable that expanded to nothing,
    /// which must not quietly mean the user's real database.
    public struct EmptyPath: Error, Equatable, CustomStringConvertible {
        /// "--db" or "CONVENE_DB".
        public var source: String
        public var description: String { "\(source) is empty; give the path of a database file" }
    }

    public static func resolved(explicit: String?, environment: [String: String]) throws -> Resolved {
        if let explicit {
            guard !explicit.isEmpty else { throw EmptyPath(source: "--db") }
            return Resolved(path: expandTilde(explicit, environment: environment), isDefault: false)
        }
        if let fromEnvironment = environment["CONVENE_DB"] {
            guard !fromEnvironment.isEmpty else { throw EmptyPath(source: "CONVENE_DB") }
            return Resolved(path: expandTilde(fromEnvironment, environment: environment), isDefault: false)
        }
        return Resolved(path: defaultPath(environment: environment), isDefault: true)
    }

    /// The path alone, an empty value counting as absent (for callers that only display it).
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        let explicit = explicit.flatMap { $0.isEmpty ? nil : $0 }
        var environment = environment
        if environment["CONVENE_DB"]?.isEmpty == true { environment["CONVENE_DB"] = nil }
        return (try? resolved(explicit: explicit, environment: environment).path) ?? defaultPath(environment: environment)
    }

    public static func defaultPath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = home(environment) + "/.local/share"
        }
        return dataHome + "/convene/convene.sqlite"
    }

    static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + String(path.dropFirst(1)) }
        return path
    }
}
