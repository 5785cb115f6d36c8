import ArgumentParser
import ConveneCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database for damage: SQLite's integrity check, orphan rows, and the history.",
        discussion: """
            Reads the whole file (it may take a while on a large database) and changes nothing. \
            Prints nothing on standard output; exits 0 when the database is sound, 3 when it is \
            damaged, listing the problems on standard error.
            """)
    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.open()
        let report = try opened.integrityReport()
        guard report.isSound else {
            for problem in report.problems {
                Output.notice("  " + problem)
            }
            throw ConveneError.unusableDatabase(
                path: opened.path,
                reason: "\(report.problems.count) problem(s) found (listed above); copy the file before trying to repair it")
        }
        Output.notice("convene: \(opened.path) is sound (checked: \(report.checked.joined(separator: ", ")))")
    }
}
