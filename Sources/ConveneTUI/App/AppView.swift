import ConveneCore
import Foundation

/// The frame every screen shares: screen tabs on top, the screen, a message line and the
/// status line (screen, database, main keys); modals are drawn over the screen.
extension ConveneApp {
    public func view(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard !TooSmallNotice.isTooSmall(size) else {
            TooSmallNotice(size: size).render(into: &buffer, area: buffer.area)
            return buffer
        }
        let rows = buffer.area.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        TabBar(titles: ScreenID.allCases.map { "\($0.rawValue) \($0.title)" }, selected: screen.rawValue - 1,
               style: .plain, selectedStyle: .selection).render(into: &buffer, area: rows[0])
        switch screen {
        case .meetings:
            if workspace != nil { renderWorkspace(into: &buffer, area: rows[1]) } else { renderMeetings(into: &buffer, area: rows[1]) }
        case .participants: renderParticipants(into: &buffer, area: rows[1])
        case .organisations: renderOrganisations(into: &buffer, area: rows[1])
        case .resolutions: renderResolutions(into: &buffer, area: rows[1])
        case .reports: renderReports(into: &buffer, area: rows[1])
        }
        buffer.cursor = nil
        renderMessageLine(into: &buffer, area: rows[2])
        renderStatusLine(into: &buffer, area: rows[3])
        renderModal(into: &buffer, area: rows[1])
        return buffer
    }

    private func renderModal(into buffer: inout ScreenBuffer, area: Rect) {
        switch modal {
        case nil, .command, .prompt:
            break
        case let .help(entries, offset):
            buffer.cursor = nil
            renderHelp(entries, offset: offset, into: &buffer, area: area)
        case let .confirm(message, _):
            buffer.cursor = nil
            ConfirmDialog(message: message).render(into: &buffer, area: area)
        case let .form(form):
            FormView(form: form).render(into: &buffer, area: area)
        case let .discard(form):
            FormView(form: form).render(into: &buffer, area: area)
            buffer.cursor = nil
            ConfirmDialog(title: "Unsaved changes", message: "Discard the changes to this form?").render(into: &buffer, area: area)
        case let .meetingPicker(picker):
            renderMeetingPicker(picker, into: &buffer, area: area)
        case let .clausePicker(picker):
            renderClausePicker(picker, into: &buffer, area: area)
        }
    }

    /// The help overlay's lines in a box as wide as the terminal allows, so that the action
    /// names (what config.toml rebinds) fit at 80 columns.
    private func renderHelp(_ entries: [HelpEntry], offset: Int, into buffer: inout ScreenBuffer, area: Rect) {
        var overlay = HelpOverlay(keyMap: keyMap, title: "Keys: \(screenTitle)", offset: offset)
        overlay.entries = entries
        let box = area.inset(horizontal: area.width >= 120 ? 10 : 0, vertical: 0)
        let inside = Border(title: "Keys: \(screenTitle)  (Esc closes, j/k scroll)").render(into: &buffer, area: box)
        guard !inside.isEmpty else { return }
        let content = inside.inset(horizontal: 1, vertical: 0)
        let lines = overlay.lines(width: content.width)
        let start = min(max(0, offset), max(0, lines.count - content.height))
        for (row, line) in lines.dropFirst(start).prefix(content.height).enumerated() {
            let isSection = !line.isEmpty && !line.hasPrefix(" ")
            buffer.write(DisplayWidth.truncate(line, toWidth: content.width), at: Point(x: content.x, y: content.y + row),
                         style: isSection ? .header : .plain, clip: content)
        }
    }

    var screenTitle: String {
        guard screen == .meetings, let workspace else { return screen.title }
        let code = workspaceData.map { $0.meeting.code ?? "#\($0.meeting.id ?? 0)" } ?? "#\(workspace.meetingId)"
        return "\(code) › \(workspace.tab.title)"
    }

    /// The line above the status line: the field being typed in, else the last message,
    /// else a summary of the screen.
    private func renderMessageLine(into buffer: inout ScreenBuffer, area: Rect) {
        func field(_ prefix: String, _ input: TextField, style: Style = .plain) {
            let x = buffer.write(prefix, at: area.origin, style: .bold, clip: area)
            var input = input
            let fieldArea = Rect(x: x, y: area.y, width: area.maxX - x, height: 1)
            input.keepCursorVisible(width: fieldArea.width)
            input.render(into: &buffer, area: fieldArea, style: style)
        }
        switch modal {
        case let .command(input):
            field(":", input)
            return
        case let .prompt(prompt):
            field(prompt.question + " ", prompt.field)
            return
        default:
            break
        }
        if modal == nil {
            switch screen {
            case .participants where participantsList.isEditing:
                field("/", participantsList.field)
                return
            case .organisations where organisationsList.isEditing:
                field("/", organisationsList.field)
                return
            case .resolutions where resolutions.list.isEditing:
                field("/", resolutions.list.field)
                return
            default:
                break
            }
        }
        if let message {
            buffer.write(DisplayWidth.truncate(message.text, toWidth: area.width), at: area.origin,
                         style: message.isError ? .error : .plain, clip: area)
            return
        }
        let summary: String
        switch screen {
        case .meetings where workspace == nil: summary = "\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")"
        case .participants: summary = participantsSummary()
        case .organisations: summary = organisationsSummary()
        case .resolutions:
            let query = resolutions.list.query
            summary = "\(documents.count) resolutions" + (query.isEmpty ? "" : " · filter '\(query)'")
        default: summary = ""
        }
        buffer.write(DisplayWidth.truncate(summary, toWidth: area.width), at: area.origin, style: .muted, clip: area)
    }

    /// Hints for the main keys of the current screen, from the live key map, most useful first.
    var keyHints: [String] {
        var actions: [(String, String)]
        switch screen {
        case .meetings:
            if let workspace {
                switch workspace.tab {
                case .overview: actions = [("overview.edit", "edit")]
                case .participants: actions = [("invitations.attendance", "presence"), ("invitations.reply", "reply")]
                case .agenda: actions = [("agenda.add", "add"), ("agenda.clauses", "clauses")]
                case .minutes: actions = [("minutes.notes", "notes"), ("minutes.clock", "clock")]
                }
            } else {
                actions = [("meetings.open", "open"), ("meetings.add", "add")]
            }
        case .participants: actions = [("participants.filter", "filter"), ("participants.add", "add"), ("participants.invite", "invite")]
        case .organisations: actions = [("organisations.filter", "filter"), ("organisations.add", "add"), ("organisations.edit", "edit")]
        case .resolutions: actions = [("resolutions.open", "open"), ("resolutions.filter", "search")]
        case .reports: actions = [("reports.export", "export")]
        }
        actions += [("help", "help"), ("back", screen == .meetings && workspace != nil ? "back" : "quit")]
        return actions.compactMap { action, label in keyMap.hint(action).map { "\($0) \(label)" } }
    }

    /// Screen title, database path and key hints; hints give way before the path does.
    private func renderStatusLine(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: .reverse)
        let titleEnd = buffer.write(" " + screenTitle + "  ", at: area.origin, style: Style([.reverse, .bold]), clip: area)
        let path = Self.displayPath(databasePath)
        let pathRoom = min(DisplayWidth.of(path), 24)
        var hints = keyHints
        var text = hints.joined(separator: "  ")
        while !hints.isEmpty, titleEnd + pathRoom + 2 + DisplayWidth.of(text) + 1 > area.maxX {
            hints.remove(at: hints.count > 2 ? hints.count - 3 : 0)
            text = hints.joined(separator: "  ")
        }
        let hintsWidth = hints.isEmpty ? 0 : DisplayWidth.of(text) + 1
        if hintsWidth > 0 {
            buffer.write(text, at: Point(x: area.maxX - hintsWidth, y: area.y), style: .reverse, clip: area)
        }
        let room = max(0, area.maxX - titleEnd - hintsWidth - 2)
        buffer.write(Self.shortened(path, toWidth: room), at: Point(x: titleEnd, y: area.y), style: .reverse,
                     clip: Rect(x: titleEnd, y: area.y, width: room, height: 1))
    }

    static func displayPath(_ path: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }

    /// Cuts a path from the left ("…/convene/convene.sqlite") so its file name stays visible.
    static func shortened(_ path: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(path) > width else { return path }
        guard width > 1 else { return "" }
        var characters = Array(path)
        while !characters.isEmpty, DisplayWidth.of(String(characters)) > width - 1 { characters.removeFirst() }
        return "…" + String(characters)
    }

    /// Follow-ups of a successful write that concern the selection.
    mutating func afterWrite(_ request: WriteRequest, reference: String?) {
        switch request {
        case .saveParticipant(id: nil, _), .saveAgendaItem, .moveAgendaItem:
            pendingSelection = reference
        case .invite:
            if screen == .participants { marked.removeAll() }
        case let .removeParticipant(id):
            marked.remove(id)
        case let .removeMeeting(id):
            if workspace?.meetingId == id {
                workspace = nil
                workspaceData = nil
            }
        default:
            break
        }
    }
}
