import ConveneCore

/// The workspace's Agenda tab: the item tree, moves, and the clause picker.
extension ConveneApp {
    mutating func handleAgendaAction(_ action: String, data: WorkspaceData) -> [AppEffect]? {
        guard var workspace else { return nil }
        let items = data.agenda.items
        if workspace.items.handle(action, count: items.count, page: page) {
            self.workspace = workspace
            return []
        }
        let meeting = workspace.meetingId
        let row = selectedAgendaRow
        switch action {
        case "agenda.add":
            modal = .form(Forms.agendaItem(meeting: meeting, row: nil, after: row?.number))
            return []
        default:
            break
        }
        guard let row else { return action.hasPrefix("agenda.") ? [] : nil }
        switch action {
        case "agenda.edit":
            modal = .form(Forms.agendaItem(meeting: meeting, row: row, after: nil))
        case "agenda.delete":
            modal = .confirm(message: "Delete item \(row.number) \(row.title) with its sub-items and decisions?",
                             yes: [.write(.removeAgendaItem(meeting: meeting, number: row.number))])
        case "agenda.down": return [.write(.moveAgendaItem(meeting: meeting, number: row.number, .down))]
        case "agenda.up": return [.write(.moveAgendaItem(meeting: meeting, number: row.number, .up))]
        case "agenda.in": return [.write(.moveAgendaItem(meeting: meeting, number: row.number, .in))]
        case "agenda.out": return [.write(.moveAgendaItem(meeting: meeting, number: row.number, .out))]
        case "agenda.clauses":
            modal = .clausePicker(ClausePicker(meeting: meeting, item: row.number, itemTitle: row.title, linked: row.clauses))
            return [.searchClauses("")]
        default:
            return nil
        }
        return []
    }

    func renderAgenda(_ data: WorkspaceData, workspace: WorkspaceState, into buffer: inout ScreenBuffer, area: Rect) {
        let items = data.agenda.items
        TableView(
            columns: [
                TableColumn("No.", width: .fixed(8)),
                TableColumn("Item", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Time", width: .fixed(11)),
                TableColumn("Min", width: .fixed(4), alignment: .right),
                TableColumn("Presenter", width: .flexible(minimum: 8, weight: 1)),
                TableColumn("Clauses", width: .fixed(7), alignment: .right),
            ],
            rowCount: items.count,
            row: { index in
                let row = items[index]
                let indent = String(repeating: "  ", count: row.depth)
                return [indent + row.number, row.title, "\(MeetingTime.clock(row.start))–\(MeetingTime.clock(row.end))",
                        row.minutes.map(String.init) ?? "", row.presenter ?? "", row.clauses.isEmpty ? "" : "\(row.clauses.count)"]
            },
            selected: workspace.items.selected, offset: workspace.items.offset
        ).render(into: &buffer, area: area)
        if items.isEmpty {
            emptyNotice("No agenda items yet. Press \(keyMap.hint("agenda.add") ?? "a") to add one.", into: &buffer, area: area)
        }
    }
}
