import ArgumentParser
import ConveneCore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database into a new file, consistent even while others write to it.",
        discussion: """
            The copy is mode 0600 and a database convene opens with --db. An existing file is \
            never replaced. Copying the database with cp(1) while convene runs may miss the \
            changes still in its write-ahead log (the -wal file beside it).
            """)
    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The new file.", valueName: "file")) var file: String

    func run() throws {
        try store.open().backup(to: file)
        Output.notice("convene: backed up to \(file)")
    }
}
