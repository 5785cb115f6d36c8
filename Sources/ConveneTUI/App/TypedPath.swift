import Foundation

/// A path typed in the app, read as a shell would read it for the two forms people type:
/// `~` or `~/…` and `$HOME` or `${HOME}` stand for the home folder. Nothing else is expanded
/// (no other variables, no globbing): the app runs no shell.
enum TypedPath {
    static func expand(_ typed: String, home: String = NSHomeDirectory()) -> String {
        let path = typed.trimmingCharacters(in: .whitespaces)
        for variable in ["${HOME}", "$HOME"] where path == variable || path.hasPrefix(variable + "/") {
            return home + path.dropFirst(variable.count)
        }
        if path == "~" || path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }
}
