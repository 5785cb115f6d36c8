import ConveneCore

/// Screen 5: exports to a file the user names.
extension ConveneApp {
    mutating func handleReportsAction(_ action: String) -> [AppEffect]? {
        let kinds = ExportKind.allCases
        if reports.handle(action, count: kinds.count, page: page) { return [] }
        guard action == "reports.export", kinds.indices.contains(reports.selected) else { return nil }
        let kind = kinds[reports.selected]
        if kind.needsMeeting {
            modal = .meetingPicker(MeetingPicker(purpose: .export(kind)))
        } else {
            modal = .prompt(Prompt(question: "Export the implementation report to file:",
                                   field: TextField(Self.suggestedFile(kind, meeting: nil)), purpose: .exportPath(kind, meeting: nil)))
        }
        return []
    }

    static func exportDescription(_ kind: ExportKind) -> String {
        switch kind {
        case .agenda: "draft agenda: items, documents, Resolution clauses, times; annex quoting the clauses"
        case .minutes: "summary record: attendance, numbered paragraphs per item, decisions, action points"
        case .report: "per operative clause of Res. 174: meetings, decisions, actions open and closed"
        }
    }

    func renderReports(into buffer: inout ScreenBuffer, area: Rect) {
        let kinds = ExportKind.allCases
        TableView(columns: [
            TableColumn("Export", width: .fixed(26)),
            TableColumn("What it holds", width: .flexible),
        ], rows: kinds.map { [$0.title, Self.exportDescription($0)] }, selected: reports.selected).render(into: &buffer, area: area)
        let note = area.row(kinds.count + 2)
        buffer.write("Enter asks for the meeting and the file; :export minutes FILE works anywhere.",
                     at: Point(x: note.x + 1, y: note.y), style: .muted, clip: note)
        buffer.write("Exports are Markdown (CommonMark with GFM tables).", at: Point(x: note.x + 1, y: note.y + 1), style: .muted, clip: area)
    }
}
