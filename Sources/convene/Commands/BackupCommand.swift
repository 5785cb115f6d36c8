import ArgumentParser
import ConveneCore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write the whole database into a new file as versioned JSON (or, with --sqlite, as a database copy).",
        discussion: """
            The JSON backup (format in convene(5), BACKUP FORMAT) holds every organisation, \
            participant, meeting, invitation, agenda, decision, action point and resolution; \
            'convene restore FILE' reads it back. With --sqlite the file is instead a consistent copy \
            of the database that convene opens with --db, consistent even while others write to it \
            (copying the database with cp(1) while convene runs may miss the changes still in its \
            write-ahead log). Either file is mode 0600; an existing file is never replaced.
            """)
    @OptionGroup var store: StoreOptions
    @Flag(help: "Copy the SQLite database instead of writing JSON.") var sqlite = false
    @Argument(help: ArgumentHelp("The new file.", valueName: "file")) var file: String

    func run() throws {
        let store = try store.open()
        if sqlite {
            try store.backup(to: file)
        } else {
            try store.writeBackupJSON(to: file)
        }
        Output.notice("convene: backed up to \(file)")
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a JSON backup into a database that has no participants or meetings yet, or merge it with --merge.",
        discussion: """
            Everything is read and checked before anything is written, and the restore is one \
            change in the history (undone by 'convene undo'). A backup made by a newer convene is \
            refused. Restoring and backing up again gives the same bytes. With --merge, records are \
            matched by natural keys (organisations by name, participants by email or else name and \
            organisation, meetings by code, resolutions by id): found ones are updated to the \
            backup's values, others added with new ids; the counts go to standard output.
            """)
    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The JSON backup.", valueName: "file")) var file: String
    @Flag(help: "Merge into a database that has data, by natural keys, instead of restoring into an empty one.")
    var merge = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: ExportFile.absolutePath(file)) else {
            throw ConveneError.fileFailure(field: .backupFile, path: file, reason: "cannot read the file")
        }
        let store = try store.open()
        let contents = try store.readBackup(data, source: file)
        if merge {
            let counts = try store.merge(contents)
            Output.table(["TABLE", "ADDED", "UPDATED", "KEPT"], empty: "the backup is empty",
                         counts.map { [$0.table, "\($0.counts.added)", "\($0.counts.updated)", "\($0.counts.kept)"] })
            return Output.notice("merged \(file)")
        }
        let progress = ProgressLine("convene: restoring rows")
        defer { progress.finish() }
        let counts = try store.restore(contents, progress: progress.handler)
        progress.finish()
        Output.notice("restored " + counts.map { "\($0.rows) \($0.table)" }.joined(separator: ", "))
    }
}
