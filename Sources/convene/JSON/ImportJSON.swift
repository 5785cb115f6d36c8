import ConveneCore

/// `import participants --json`: the preview, and whether it was written.
struct ImportPreviewJSON: Encodable {
    struct RowJSON: Encodable {
        var line: Int
        var status: String
        @Nullable var name: String?
        @Nullable var email: String?
        @Nullable var column: String?
        @Nullable var reason: String?
        var changes: [String]
    }

    var source: String
    var delimiter: String
    @Nullable var meeting: String?
    var dryRun: Bool
    var imported: Bool
    var totals: ImportTotals
    var unknownColumns: [String]
    var ignoredColumns: [String]
    var rows: [RowJSON]

    init(_ plan: ParticipantImportPlan, dryRun: Bool, imported: Bool) {
        source = plan.source
        delimiter = plan.delimiter.rawValue
        meeting = plan.meetingName
        self.dryRun = dryRun
        self.imported = imported
        totals = plan.totals
        unknownColumns = plan.unknownColumns
        ignoredColumns = plan.ignoredColumns
        rows = plan.rows.map { row in
            RowJSON(line: row.line, status: row.status.rawValue, name: row.name, email: row.email,
                    column: row.column, reason: row.reason, changes: row.changes)
        }
    }
}
