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

/// The meeting workspace: one meeting in four tabs.
struct WorkspaceState: Sendable {
    var meetingId: Int64
    var tab: WorkspaceTab = .overview
    var invitations = ListCursor()
    /// The selected agenda item, shared by the Agenda and Minutes tabs.
    var items = ListCursor()
    /// Digits typed on the Participants tab, to jump to a participant by number.
    var jump = ""
    var clock: ItemClock?

    /// Rows of the workspace's lists: below the tab bar, the tab row, and a table header.
    static func listRows(size: Size) -> Int { max(1, size.height - 6) }

    mutating func keepVisible(size: Size, data: WorkspaceData?) {
        let rows = Self.listRows(size: size)
        invitations.keepVisible(rows: rows, count: data?.invitations.count ?? 0)
        items.keepVisible(rows: tab == .minutes ? rows + 1 : rows, count: data?.agenda.items.count ?? 0)
    }
}

extension ConveneApp {
    mutating func applyWorkspace(_ data: WorkspaceData) {
        guard var workspace, workspace.meetingId == data.meeting.id else { return }
        let selectedItem = workspaceData.flatMap { old in
            old.agenda.items.indices.contains(workspace.items.selected) ? old.agenda.items[workspace.items.selected].id : nil
        }
        let selectedParticipant = workspaceData.flatMap { old in
            old.invitations.indices.contains(workspace.invitations.selected) ? old.invitations[workspace.invitations.selected].participantId : nil
        }
        workspaceData = data
        if let number = pendingSelection, let index = data.agenda.items.firstIndex(where: { $0.number == number }) {
            workspace.items.selected = index
        } else if let selectedItem, let index = data.agenda.items.firstIndex(where: { $0.id == selectedItem }) {
            workspace.items.selected = index
        }
        pendingSelection = nil
        if let selectedParticipant, let index = data.invitations.firstIndex(where: { $0.participantId == selectedParticipant }) {
            workspace.invitations.selected = index
        }
        workspace.items.clamp(count: data.agenda.items.count)
        workspace.invitations.clamp(count: data.invitations.count)
        self.workspace = workspace
        refreshClausePicker()
    }

    var selectedAgendaRow: AgendaRow? {
        guard let workspace, let items = workspaceData?.agenda.items, items.indices.contains(workspace.items.selected) else { return nil }
        return items[workspace.items.selected]
    }

    mutating func handleWorkspaceAction(_ action: String, key: Key) -> [AppEffect]? {
        guard var workspace else { return nil }
        defer { if self.workspace != nil { self.workspace?.tab = workspace.tab } }
        if action != "invitations.jump" { self.workspace?.jump = "" }
        switch action {
        case "meeting.next-tab":
            workspace.tab = WorkspaceTab(rawValue: (workspace.tab.rawValue + 1) % WorkspaceTab.allCases.count) ?? .overview
            return []
        case "meeting.previous-tab":
            let count = WorkspaceTab.allCases.count
            workspace.tab = WorkspaceTab(rawValue: (workspace.tab.rawValue + count - 1) % count) ?? .overview
            return []
        default:
            break
        }
        guard let data = workspaceData else { return nil }
        switch workspace.tab {
        case .overview:
            guard action == "overview.edit" else { return nil }
            modal = .form(Forms.meeting(data.meeting, defaultTimeZone: data.meeting.timeZone))
            return []
        case .participants:
            return handleInvitationsAction(action, key: key, data: data)
        case .agenda:
            return handleAgendaAction(action, data: data)
        case .minutes:
            return handleMinutesAction(action, data: data)
        }
    }

    func renderWorkspace(into buffer: inout ScreenBuffer, area: Rect) {
        guard let workspace else { return }
        let rows = area.splitRows([.fixed(1), .fill])
        let title = workspaceData.map { data in
            "\(data.meeting.code ?? "#\(data.meeting.id ?? 0)")  \(data.meeting.title)"
        } ?? "Loading…"
        let tabs = TabBar(titles: WorkspaceTab.allCases.map(\.title), selected: workspace.tab.rawValue, style: .plain, selectedStyle: .selection)
        let tabsWidth = WorkspaceTab.allCases.reduce(0) { $0 + DisplayWidth.of($1.title) + 3 }
        let header = rows[0].splitColumns([.fixed(tabsWidth), .fill])
        tabs.render(into: &buffer, area: header[0])
        buffer.write(DisplayWidth.truncate(title, toWidth: max(0, header[1].width - 1)), at: Point(x: header[1].x + 1, y: header[1].y),
                     style: .header, clip: header[1])
        guard let data = workspaceData else { return }
        switch workspace.tab {
        case .overview: renderOverview(data, into: &buffer, area: rows[1])
        case .participants: renderInvitations(data, workspace: workspace, into: &buffer, area: rows[1])
        case .agenda: renderAgenda(data, workspace: workspace, into: &buffer, area: rows[1])
        case .minutes: renderMinutes(data, workspace: workspace, into: &buffer, area: rows[1])
        }
    }

    func renderOverview(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect) {
        let meeting = data.meeting
        let accepted = data.invitations.filter { $0.reply == .accepted }.count
        let present = data.invitations.filter { $0.attendance == .present || $0.attendance == .remote }.count
        let pairs: [(String, String)] = [
            ("Code", meeting.code ?? ""), ("Title", meeting.title),
            ("Start", meeting.start.replacingOccurrences(of: "T", with: " ")),
            ("End", meeting.end?.replacingOccurrences(of: "T", with: " ") ?? ""),
            ("Time zone", meeting.timeZone), ("Level", meeting.level.rawValue), ("Region", meeting.region ?? ""),
            ("Venue", meeting.venue ?? ""), ("Online link", meeting.onlineLink ?? ""), ("Doc. symbol", meeting.symbol ?? ""),
            ("Status", meeting.status.rawValue), ("Minutes", meeting.minutesStatus.rawValue),
            ("Invited", "\(data.invitations.count), \(accepted) accepted, \(present) present or remote"),
            ("Agenda", "\(data.agenda.items.count) items, \(data.agenda.totalMinutes) minutes allotted"),
            ("Decisions", "\(data.decisions.count)"),
            ("Actions", "\(data.actions.count), \(data.actions.filter { $0.status == .open }.count) open"),
        ]
        let inner = area.inset(horizontal: 2, vertical: 1)
        for (index, pair) in pairs.prefix(inner.height).enumerated() {
            let y = inner.y + index
            buffer.write(DisplayWidth.pad(pair.0, toWidth: 13), at: Point(x: inner.x, y: y), style: .bold, clip: inner)
            buffer.write(pair.1, at: Point(x: inner.x + 14, y: y), clip: inner)
        }
    }
}
