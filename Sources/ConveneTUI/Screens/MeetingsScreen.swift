import ConveneCore
import Foundation

/// Screen 1: the meetings; Enter opens one in the workspace, q closes it again.
struct MeetingsScreen: Screen {
    let id = ScreenID.meetings
    var list = FilteredList()
    /// The meetings' folded search keys (code, title, start, region), as loaded.
    var keys: [String] = []
    /// The meeting open in its four tabs, if any.
    var workspace: Workspace?

    var keyContexts: [KeyContext] { workspace.map { [$0.tab.context, AppKeys.workspace] } ?? [AppKeys.meetings] }
    var keyHints: [(Action, String)] { workspace?.tab.keyHints ?? [(.meetingsOpen, "open"), (.meetingsAdd, "add")] }
    var title: String { workspace?.title ?? id.title }
    var neededData: [Dataset] { workspace.map { [.workspace($0.meetingId)] } ?? [.meetings] }

    func selectedMeeting(in meetings: [MeetingListing]) -> Meeting? {
        guard let index = list.index(ofRow: list.cursor.selected), meetings.indices.contains(index) else { return nil }
        return meetings[index].meeting
    }

    var focusedFilter: TextField? { workspace == nil ? list.focusedField : workspace?.focusedFilter }

    mutating func typeInFilter(_ key: Key, context: ScreenContext) {
        if workspace != nil {
            workspace?.typeInFilter(key)
        } else {
            list.handleFilterKey(key, keys: keys)
        }
    }

    func currentMeetingId(context: ScreenContext) -> Int64? {
        workspace?.meetingId ?? selectedMeeting(in: context.meetings)?.id
    }

    func summary(context: ScreenContext) -> String {
        if let workspace { return workspace.summary }
        let total = context.meetings.count
        if !list.query.isEmpty { return "filter '\(list.query)': \(list.count(total: total)) of \(total) meetings" }
        return "\(total) meeting\(total == 1 ? "" : "s")"
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        if workspace != nil { return workspace?.update(action, key: key, context: context) }
        let meetings = context.meetings
        if list.cursor.handle(action, count: list.count(total: meetings.count), page: context.page) { return .handled }
        switch action {
        case .meetingsFilter:
            list.isEditing = true
            return .handled
        case .meetingsOpen:
            guard let id = selectedMeeting(in: meetings)?.id else { return .handled }
            workspace = Workspace(meetingId: id)
            return .handled
        case .meetingsAdd:
            return .open(.form(Forms.meeting(nil, defaultTimeZone: TimeZone.current.identifier)))
        case .meetingsEdit:
            guard let meeting = selectedMeeting(in: meetings) else { return .handled }
            return .open(.form(Forms.meeting(meeting, defaultTimeZone: meeting.timeZone)))
        case .meetingsDelete:
            guard let meeting = selectedMeeting(in: meetings), let id = meeting.id else { return .handled }
            return .open(.confirm(message: "Delete meeting \(meeting.code ?? "#\(id)") with its agenda and invitations?",
                                  yes: [.write(.removeMeeting(id))]))
        default:
            return nil
        }
    }

    mutating func show(_ navigation: Navigation) -> Bool {
        switch navigation {
        case let .meetingItem(meeting, item):
            var opened = Workspace(meetingId: meeting)
            opened.tab = .minutes
            opened.itemToSelect = item
            workspace = opened
            return true
        }
    }

    var canGoBack: Bool { workspace != nil }

    mutating func goBack() {
        workspace = nil
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        switch event {
        case let .loaded(.meetings(listings)):
            // Keep the same meeting selected; `context.meetings` is still the old list.
            let selectedId = selectedMeeting(in: context.meetings)?.id
            keys = listings.map { MeetingSearch.key($0.meeting) }
            list.refilter(keys: keys, reload: true)
            if let selectedId, let index = listings.firstIndex(where: { $0.meeting.id == selectedId }), let row = list.row(ofIndex: index) {
                list.cursor.selected = row
            }
        case let .loaded(.workspace(data)):
            workspace?.apply(data, selecting: context.pendingSelection)
        case .loadFailed(.workspace, _):
            workspace = nil
        case let .written(.removeMeeting(id), _, _):
            if workspace?.meetingId == id { workspace = nil }
        case let .edited(meeting, number, text):
            let current = workspace?.data?.agenda.items.first { $0.number == number }?.notes ?? ""
            guard let text, text.trimmingCharacters(in: .whitespacesAndNewlines) != current.trimmingCharacters(in: .whitespacesAndNewlines)
            else { return .say("Notes unchanged") }
            return .perform(.write(.setNotes(meeting: meeting, number: number, text: text)))
        default:
            break
        }
        return .handled
    }

    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {
        list.cursor.keepVisible(rows: AppLayout.rows(below: area), count: list.count(total: context.meetings.count))
        workspace?.keepSelectionVisible(in: area)
    }

    static func statusLabel(_ status: MeetingStatus) -> String {
        status == .minutesApproved ? "approved" : status.rawValue
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        if let workspace {
            workspace.render(into: &buffer, area: area, context: context)
            return
        }
        let listings = context.meetings
        let list = list
        TableView(
            columns: [
                TableColumn("Code", width: .flexible(minimum: 6, weight: 1)),
                TableColumn("Date", width: .fixed(10)),
                TableColumn("Title", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Level", width: .fixed(13)),
                TableColumn("Region", width: .fixed(12)),
                TableColumn("Status", width: .fixed(8)),
                TableColumn("Inv/Acc", width: .fixed(7), alignment: .right),
            ],
            rowCount: list.count(total: listings.count),
            row: { row in
                guard let index = list.index(ofRow: row), listings.indices.contains(index) else { return [] }
                let listing = listings[index]
                let meeting = listing.meeting
                return [meeting.code ?? "#\(meeting.id ?? 0)", String(meeting.start.prefix(10)), meeting.title,
                        meeting.level.rawValue, meeting.region ?? "", Self.statusLabel(meeting.status),
                        "\(listing.invited)/\(listing.accepted)"]
            },
            selected: list.cursor.selected, offset: list.cursor.offset
        ).render(into: &buffer, area: area)
        if listings.isEmpty {
            EmptyNotice("No meetings yet. Press \(context.keyMap.hint(.meetingsAdd) ?? "a") to add one.",
                        hint: "New here? Quit and run `convene demo` for a sample meeting.").render(into: &buffer, area: area)
        }
    }
}
