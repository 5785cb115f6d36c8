import ConveneCore

/// Screen 5: exports to a file the user names.
struct ReportsScreen: Screen {
    let id = ScreenID.reports
    var list = ListCursor()

    var keyContexts: [KeyContext] { [AppKeys.reports] }
    var keyHints: [(Action, String)] { [(.reportsExport, "export")] }
    /// For the meeting picker that Enter opens.
    var neededData: [Dataset] { [.meetings] }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        let kinds = ExportKind.allCases
        if list.handle(action, count: kinds.count, page: context.page) { return .handled }
        guard action == .reportsExport, kinds.indices.contains(list.selected) else { return nil }
        let kind = kinds[list.selected]
        if kind.needsMeeting { return .open(.meetingPicker(MeetingPicker(purpose: .export(kind)))) }
        return .open(.prompt(Prompt(question: "Export the implementation report to file:",
                                    field: TextField(kind.suggestedFile(meeting: nil)), purpose: .exportPath(kind, meeting: nil))))
    }

    static func exportDescription(_ kind: ExportKind) -> String {
        switch kind {
        case .agenda: "draft agenda: items, documents, Resolution clauses, times; annex quoting the clauses"
        case .minutes: "summary record: attendance, numbered paragraphs per item, decisions, action points"
        case .report: "per operative clause of Res. 174: meetings, decisions, actions open and closed"
        }
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let kinds = ExportKind.allCases
        TableView(columns: [
            TableColumn("Export", width: .fixed(26)),
            TableColumn("What it holds", width: .flexible),
        ], rows: kinds.map { [$0.title, Self.exportDescription($0)] }, selected: list.selected).render(into: &buffer, area: area)
        let note = area.row(kinds.count + 2)
        buffer.write("Enter asks for the meeting and the file; :export minutes FILE works anywhere.",
                     at: Point(x: note.x + 1, y: note.y), style: .muted, clip: note)
        buffer.write("Exports are Markdown (CommonMark with GFM tables).", at: Point(x: note.x + 1, y: note.y + 1), style: .muted, clip: area)
    }
}
