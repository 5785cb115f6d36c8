import ConveneCore

/// The workspace's Agenda tab: the item tree, moves, and the clause picker.
extension Workspace {
    mutating func updateAgenda(_ action: Action, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        if items.handle(action, count: data.agenda.items.count, page: context.page) { return .handled }
        let meeting = meetingId
        let row = selectedAgendaRow
        if action.group == "agenda", let notice = Self.approvedRecordNotice(data) { return notice }
        if action == .agendaAdd { return .open(.form(Forms.agendaItem(meeting: meeting, row: nil, after: row?.number))) }
        guard let row else { return action.group == "agenda" ? .handled : nil }
        switch action {
        case .agendaEdit:
            return .open(.form(Forms.agendaItem(meeting: meeting, row: row, after: nil)))
        case .agendaDelete:
            return .open(.confirm(message: "Delete item \(row.number) \(row.title) with its sub-items and decisions?",
                                  yes: [.write(.removeAgendaItem(meeting: meeting, number: row.number))]))
        case .agendaDown: return .perform(.write(.moveAgendaItem(meeting: meeting, number: row.number, .down)))
        case .agendaUp: return .perform(.write(.moveAgendaItem(meeting: meeting, number: row.number, .up)))
        case .agendaIn: return .perform(.write(.moveAgendaItem(meeting: meeting, number: row.number, .in)))
        case .agendaOut: return .perform(.write(.moveAgendaItem(meeting: meeting, number: row.number, .out)))
        case .agendaClauses:
            return Outcome(effects: [.searchClauses("")],
                           modal: .clausePicker(ClausePicker(meeting: meeting, item: row.number, itemTitle: row.title, linked: row.clauses)))
        default:
            return nil
        }
    }

    func renderAgenda(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let items = data.agenda.items
        // A meeting of several days shows each item's day before its time.
        let severalDays = items.contains { $0.day > 1 }
        TableView(
            columns: [
                TableColumn("No.", width: .fixed(8)),
                TableColumn("Item", width: .flexible(minimum: 12, weight: 3)),
                TableColumn(severalDays ? "Day Time" : "Time", width: .fixed(severalDays ? 13 : 11)),
                TableColumn("Min", width: .fixed(4), alignment: .right),
                TableColumn("Presenter", width: .flexible(minimum: 8, weight: 1)),
                TableColumn("Clauses", width: .fixed(7), alignment: .right),
            ],
            rowCount: items.count,
            row: { index in
                let row = items[index]
                let indent = String(repeating: "  ", count: row.depth)
                // A break is not numbered.
                let time = "\(MeetingTime.clock(row.start))–\(MeetingTime.clock(row.end))"
                return [indent + (row.isBreak ? "" : row.number), row.isBreak ? "· \(row.title) ·" : row.title,
                        severalDays ? "\(row.day) \(time)" : time,
                        row.minutes.map(String.init) ?? "", row.presenter ?? "", row.clauses.isEmpty ? "" : "\(row.clauses.count)"]
            },
            selected: self.items.selected, offset: self.items.offset
        ).render(into: &buffer, area: area)
        if items.isEmpty {
            EmptyNotice("No agenda items yet. Press \(context.keyMap.hint(.agendaAdd) ?? "a") to add one.").render(into: &buffer, area: area)
        }
    }
}
