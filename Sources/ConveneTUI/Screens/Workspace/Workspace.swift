import ConveneCore
import Foundation

enum WorkspaceTab: Int, CaseIterable, Sendable {
    case overview, participants, agenda, minutes

    var title: String {
        switch self {
        case .overview: "Overview"
        case .participants: "Participants"
        case .agenda: "Agenda"
        case .minutes: "Minutes"
        }
    }

    var context: KeyContext {
        switch self {
        case .overview: AppKeys.overview
        case .participants: AppKeys.invitations
        case .agenda: AppKeys.agenda
        case .minutes: AppKeys.minutes
        }
    }

    /// The tab's main keys for the status line.
    var keyHints: [(Action, String)] {
        switch self {
        case .overview: [(.overviewEdit, "edit")]
        case .participants: [(.invitationsAttendance, "presence"), (.invitationsAdd, "invite"), (.invitationsMark, "mark")]
        case .agenda: [(.agendaAdd, "add"), (.agendaClauses, "clauses")]
        case .minutes: [(.minutesNotes, "notes"), (.minutesClock, "clock")]
        }
    }
}

/// The Minutes tab's panes, for `h`/`l`.
enum MinutesPane: Sendable {
    case items, detail
}

/// A clock for the agenda item being discussed: elapsed time against the allotted minutes.
struct ItemClock: Sendable, Equatable {
    var itemId: Int64
    var startedAt: Date
    var elapsedBefore: TimeInterval = 0
    var isRunning = true

    func elapsed(at now: Date) -> TimeInterval {
        elapsedBefore + (isRunning ? max(0, now.timeIntervalSince(startedAt)) : 0)
    }
}

/// The meeting workspace, opened from the Meetings screen: one meeting in four tabs. Each
/// tab's update and drawing is in its own file (`OverviewTab`, `InvitationsTab`, …).
struct Workspace: Sendable {
    var meetingId: Int64
    /// The meeting as last loaded; nil until it is.
    var data: WorkspaceData?
    var tab: WorkspaceTab = .overview
    /// The Participants tab's rows, narrowed by `/`, and the participants marked there.
    var invitationList = FilteredList()
    var invitationKeys: [String] = []
    var marked: Set<Int64> = []
    /// The selected agenda item, shared by the Agenda and Minutes tabs.
    var items = ListCursor()
    /// Digits typed on the Participants tab, to jump to a participant by number.
    var jump = ""
    var clock: ItemClock?
    /// On the Minutes tab: which pane the movement keys act on, and the first line of the
    /// item's minutes shown.
    var minutesPane = MinutesPane.items
    var minutesOffset = 0
    /// The line of the item's minutes the cursor is on, while the minutes have the keys.
    var minutesCursor = 0
    /// The item (its number) to select once the data is loaded, when opened at an item.
    var itemToSelect: String?

    init(meetingId: Int64) {
        self.meetingId = meetingId
    }

    /// The workspace's parts, for both drawing and scrolling: the tab row, then the tab.
    struct Parts {
        var header: Rect
        var tab: Rect

        init(_ area: Rect) {
            let rows = area.splitRows([.fixed(1), .fill])
            (header, tab) = (rows[0], rows[1])
        }
    }

    var title: String {
        let code = data.map { $0.meeting.code ?? "#\($0.meeting.id ?? 0)" } ?? "#\(meetingId)"
        return "\(code) › \(tab.title)"
    }

    var selectedAgendaRow: AgendaRow? {
        guard let items = data?.agenda.items, items.indices.contains(self.items.selected) else { return nil }
        return items[self.items.selected]
    }

    /// Takes reloaded data, keeping the selected item and participant (or selecting the item
    /// a write asked for).
    mutating func apply(_ loaded: WorkspaceData, selecting pending: PendingSelection?) {
        guard meetingId == loaded.meeting.id else { return }
        let selectedItem = selectedAgendaRow?.id
        let selectedParticipant = selectedInvitation?.participantId
        data = loaded
        invitationKeys = loaded.invitations.map(Self.searchKey)
        invitationList.refilter(keys: invitationKeys, reload: true)
        marked.formIntersection(loaded.invitations.map(\.participantId))
        if let number = itemToSelect, let index = loaded.agenda.items.firstIndex(where: { $0.number == number }) {
            items.selected = index
            itemToSelect = nil
        } else if case let .agendaItem(number) = pending, let index = loaded.agenda.items.firstIndex(where: { $0.number == number }) {
            items.selected = index
        } else if let selectedItem, let index = loaded.agenda.items.firstIndex(where: { $0.id == selectedItem }) {
            items.selected = index
        }
        if let selectedParticipant, let index = loaded.invitations.firstIndex(where: { $0.participantId == selectedParticipant }),
           let row = invitationList.row(ofIndex: index) {
            invitationList.cursor.selected = row
        }
        items.clamp(count: loaded.agenda.items.count)
    }

    /// The Participants tab's filter while it has the keyboard.
    var focusedFilter: TextField? { tab == .participants ? invitationList.focusedField : nil }

    mutating func typeInFilter(_ key: Key) {
        invitationList.handleFilterKey(key, keys: invitationKeys)
    }

    /// The message line when there is no message: the Participants tab's counts.
    var summary: String {
        guard tab == .participants, let invitations = data?.invitations else { return "" }
        var parts = ["\(invitations.count) invited"]
        if !invitationList.query.isEmpty { parts.insert("filter '\(invitationList.query)': \(invitationList.count(total: invitations.count)) shown", at: 0) }
        if !marked.isEmpty { parts.append("\(marked.count) marked") }
        return parts.joined(separator: " · ")
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        if action != .invitationsJump { jump = "" }
        let count = WorkspaceTab.allCases.count
        switch action {
        case .meetingNextTab:
            tab = WorkspaceTab(rawValue: (tab.rawValue + 1) % count) ?? .overview
            return .handled
        case .meetingPreviousTab:
            tab = WorkspaceTab(rawValue: (tab.rawValue + count - 1) % count) ?? .overview
            return .handled
        default:
            break
        }
        guard let data else { return nil }
        switch tab {
        case .overview: return updateOverview(action, data: data)
        case .participants: return updateInvitations(action, key: key, data: data, context: context)
        case .agenda: return updateAgenda(action, data: data, context: context)
        case .minutes: return updateMinutes(action, data: data, context: context)
        }
    }

    mutating func keepSelectionVisible(in area: Rect) {
        let rows = AppLayout.rows(below: Parts(area).tab)
        invitationList.cursor.keepVisible(rows: rows, count: invitationList.count(total: data?.invitations.count ?? 0))
        items.keepVisible(rows: rows, count: data?.agenda.items.count ?? 0)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let parts = Parts(area)
        let title = data.map { data in
            "\(data.meeting.code ?? "#\(data.meeting.id ?? 0)")  \(data.meeting.title)"
        } ?? "Loading…"
        let tabs = TabBar(titles: WorkspaceTab.allCases.map(\.title), selected: tab.rawValue, style: .plain, selectedStyle: .selection)
        let tabsWidth = WorkspaceTab.allCases.reduce(0) { $0 + DisplayWidth.of($1.title) + 3 }
        let header = parts.header.splitColumns([.fixed(tabsWidth), .fill])
        tabs.render(into: &buffer, area: header[0])
        buffer.write(DisplayWidth.truncate(title, toWidth: max(0, header[1].width - 1)), at: Point(x: header[1].x + 1, y: header[1].y),
                     style: .header, clip: header[1])
        guard let data else { return }
        switch tab {
        case .overview: renderOverview(data, into: &buffer, area: parts.tab)
        case .participants: renderInvitations(data, into: &buffer, area: parts.tab, context: context)
        case .agenda: renderAgenda(data, into: &buffer, area: parts.tab, context: context)
        case .minutes: renderMinutes(data, into: &buffer, area: parts.tab, context: context)
        }
    }
}
