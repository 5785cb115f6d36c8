import ConveneCore

/// The action points of every meeting, followed the way taskwarrior users follow tasks:
/// overdue first, then by due date. `x` marks one done, `X` dropped, Enter opens its meeting
/// on the Minutes tab at the item it arose under.
struct ActionsScreen: Screen {
    let id = ScreenID.actions
    /// As loaded, in the store's order; `rows` is the order shown.
    var actions: [ActionRow] = []
    var rows: [ActionRow] = []
    var keys: [String] = []
    var list = FilteredList()
    /// The day the rows were ordered for, to reorder them when the date changes.
    var today = ""

    var keyContexts: [KeyContext] { [AppKeys.actions] }
    var keyHints: [(Action, String)] { [(.actionsFilter, "filter"), (.actionsDone, "done"), (.actionsOpen, "open")] }
    var neededData: [Dataset] { [.actions] }

    var selectedAction: ActionRow? {
        guard let index = list.index(ofRow: list.cursor.selected), rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    var focusedFilter: TextField? { list.focusedField }

    mutating func typeInFilter(_ key: Key, context: ScreenContext) {
        list.handleFilterKey(key, keys: keys)
    }

    func summary(context: ScreenContext) -> String {
        let overdue = rows.filter { $0.isOverdue(today: today) }.count
        let open = rows.filter { $0.status == .open }.count
        var parts = ["\(rows.count) action point\(rows.count == 1 ? "" : "s")", "\(open) open", "\(overdue) overdue"]
        if !list.query.isEmpty { parts.insert("filter '\(list.query)': \(list.count(total: rows.count)) shown", at: 0) }
        return parts.joined(separator: " · ")
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        if list.cursor.handle(action, count: list.count(total: rows.count), page: context.page) { return .handled }
        switch action {
        case .actionsFilter:
            list.isEditing = true
            return .handled
        case .actionsDone, .actionsDrop:
            guard let selected = selectedAction else { return .handled }
            let status: ActionStatus = action == .actionsDone ? .done : .dropped
            guard selected.status != status else { return .say("#\(selected.id) is already \(status.rawValue)") }
            return .perform(.write(.setActionStatus(id: selected.id, status)))
        case .actionsOpen:
            guard let selected = selectedAction else { return .handled }
            return .go(.meetingItem(meeting: selected.meetingId, item: selected.itemNumber))
        default:
            return nil
        }
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        if case let .loaded(.actions(loaded)) = event {
            let selectedId = selectedAction?.id
            actions = loaded
            order(today: ActionTracker.today(context.now))
            if let selectedId, let index = rows.firstIndex(where: { $0.id == selectedId }), let row = list.row(ofIndex: index) {
                list.cursor.selected = row
            }
        }
        return .handled
    }

    private mutating func order(today: String) {
        self.today = today
        rows = ActionTracker.ordered(actions, today: today)
        keys = rows.map(Self.searchKey)
        list.refilter(keys: keys, reload: true)
    }

    /// What `/` searches: the text, meeting, item, owner, status, due date and clause.
    static func searchKey(_ action: ActionRow) -> String {
        TextFolding.fold([action.text, action.meeting, action.meetingTitle, action.itemNumber ?? "", action.owner ?? "",
                          action.status.rawValue, action.due ?? "", action.clauseKey ?? ""].joined(separator: "\u{1}"))
    }

    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {
        let today = ActionTracker.today(context.now)
        if today != self.today, !actions.isEmpty { order(today: today) }
        list.cursor.keepVisible(rows: AppLayout.rows(below: area), count: list.count(total: rows.count))
    }

    func statusLabel(_ action: ActionRow) -> String {
        action.isOverdue(today: today) ? "OVERDUE" : action.status.rawValue
    }

    /// A clause key as the narrow column can show it: the resolution's number without its
    /// year, the heading's first word and the item, "R174 resolves i" for
    /// "R174-2010/resolves-to-instruct-sg/i" (`/` still finds the full key).
    static func shortClause(_ key: String) -> String {
        let parts = key.split(separator: "/").map(String.init)
        guard parts.count > 1 else { return key }
        let number = parts[0].split(separator: "-").first.map(String.init) ?? parts[0]
        let heading = parts[1].split(separator: "-").first.map(String.init) ?? parts[1]
        return ([number, heading] + parts.dropFirst(2)).joined(separator: " ")
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let rows = rows
        let list = list
        TableView(
            columns: [
                TableColumn("Meeting", width: .flexible(minimum: 7, weight: 1)),
                TableColumn("Item", width: .fixed(5)),
                TableColumn("Action", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Owner", width: .flexible(minimum: 8, weight: 2)),
                TableColumn("Due", width: .fixed(10)),
                TableColumn("Status", width: .fixed(7)),
                TableColumn("Clause", width: .flexible(minimum: 15, weight: 1)),
            ],
            rowCount: list.count(total: rows.count),
            row: { row in
                guard let index = list.index(ofRow: row), rows.indices.contains(index) else { return [] }
                let action = rows[index]
                return [action.meeting, action.itemNumber ?? "", action.text, action.owner ?? "", action.due ?? "",
                        statusLabel(action), action.clauseKey.map(Self.shortClause) ?? ""]
            },
            selected: list.cursor.selected, offset: list.cursor.offset
        ).render(into: &buffer, area: area)
        if rows.isEmpty {
            EmptyNotice("No action points yet: add them on a meeting's Minutes tab with \(context.keyMap.hint(.minutesAction) ?? "A").")
                .render(into: &buffer, area: area)
        }
    }
}
