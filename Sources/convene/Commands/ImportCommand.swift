import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import participants from a CSV file.", subcommands: [Participants.self])

    struct Participants: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add and update participants from a spreadsheet's CSV file, after a preview of every row.",
            discussion: """
                Columns are named by the header row: honorific, given_name, family_name, organisation, \
                category, function, email, phone, country, notes; with --meeting also role, delegation, \
                reply, attendance. Case, spaces, '_' and '-' do not matter, and registration-export \
                names are understood (First Name, Last Name, Surname, E-mail, Affiliation, Institution, \
                Position, Title). A row with the email of a participant updates them; a row without \
                email, the participant of the same name and organisation. An empty cell keeps the \
                stored value. The file is UTF-8 (with or without BOM) or UTF-16, comma-, semicolon- or \
                tab-separated. The import is one change in the history: one 'convene undo' removes it.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file")) var file: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Also invite everyone in the file to this meeting (id or code).", valueName: "meeting"))
        var meeting: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("The cell separator: ',', ';' or tab (default: detected from the header row).", valueName: "delimiter"))
        var delimiter: String?
        @Flag(help: "Show the preview and write nothing; exit 1, as the import would fail, when a row has an error (unless --skip-invalid).") var dryRun = false
        @Flag(help: "Import the valid rows even when others have errors (default: one error imports nothing).")
        var skipInvalid = false
        @Flag(help: "An empty cell clears the stored value instead of keeping it.") var clearEmpty = false
        @OptionGroup var output: OutputOptions

        func run() throws {
            let delimiter = try delimiter.map(CSVDelimiter.parse)
            let path = ExportFile.absolutePath(file)
            var data = FileManager.default.contents(atPath: path)
            guard data != nil else {
                throw ConveneError.fileFailure(field: .importFile, path: file, reason: "cannot read the file")
            }
            let store = try store.open()
            let checking = ProgressLine("convene: checking rows")
            defer { checking.finish() }
            // The file's bytes are let go of once decoded, before the rows are planned (12 MB
            // for 100,000 rows).
            let plan = try store.planParticipantImport(
                text: try CSVText.decode(data.take() ?? Data(), path: file), source: file,
                options: ParticipantImportOptions(meeting: meeting.map(RecordReference.text), delimiter: delimiter, clearEmpty: clearEmpty),
                progress: checking.handler)
            checking.finish()
            let writes = !dryRun && plan.hasChanges && (!plan.hasErrors || skipInvalid)
            if output.json {
                try Output.json(ImportPreviewJSON(plan, dryRun: dryRun, imported: writes))
            } else {
                ImportPreviewTable.print(plan)
            }
            for column in plan.unknownColumns { Output.notice("ignored the unknown column '\(column)'") }
            for column in plan.ignoredColumns { Output.notice("ignored the column '\(column)': it needs --meeting") }
            Output.notice(plan.totals.description)
            if dryRun { Output.notice("dry run: nothing was written") }
            // A dry run ends as the import would: refused (and non-zero) when a row has an error.
            if plan.hasErrors && !skipInvalid {
                _ = try store.importParticipants(plan)
            }
            if dryRun { return }
            guard writes else { return Output.notice("nothing to import") }
            let progress = ProgressLine("convene: importing participants")
            defer { progress.finish() }
            let result = try store.importParticipants(plan, skippingInvalid: skipInvalid, progress: progress.handler)
            progress.finish()
            Output.notice("imported: \(result.added) added, \(result.updated) updated"
                + (plan.meetingName.map { ", \(result.invited) invited to \($0)" } ?? "")
                + (result.organisationsAdded > 0 ? ", \(result.organisationsAdded) organisation\(result.organisationsAdded == 1 ? "" : "s") added" : ""))
        }
    }
}

/// The preview as a table on standard output: one line per row of the file, laid out as
/// `Output.table` does, but measured once and written at once: a file has 100,000 rows.
enum ImportPreviewTable {
    /// Streamed through `TextTable`: a preview of 100,000 rows is as long as the file, and its
    /// cells are already held by the plan, so they are measured and written without a copy.
    static func print(_ plan: ParticipantImportPlan) {
        let rows = plan.rows
        TextTable.stream(header: ["LINE", "STATUS", "NAME", "EMAIL", "DETAIL"], rowCount: rows.count,
                         empty: "the file has no rows under its header") { index in
            let row = rows[index]
            return [String(row.line), row.status.rawValue, row.name, row.email ?? "", detail(row)]
        }
    }

    static func detail(_ row: ImportRowPreview) -> String {
        switch row.status {
        case .error: [row.column, row.reason].compactMap { $0 }.joined(separator: ": ")
        case .update: row.changes.joined(separator: ", ")
        case .new, .unchanged: ""
        }
    }
}
