/// The app's key contexts and default bindings. Everything that reads keys asks this map,
/// so the help screen, the status line hints and user overrides always agree.
public enum AppKeys {
    public static let meetings = KeyContext("meetings", title: "Meetings")
    public static let participants = KeyContext("participants", title: "Participants")
    public static let organisations = KeyContext("organisations", title: "Organisations")
    public static let resolutions = KeyContext("resolutions", title: "Resolutions")
    public static let reports = KeyContext("reports", title: "Reports")
    public static let workspace = KeyContext("meeting", title: "Meeting workspace")
    public static let overview = KeyContext("meeting.overview", title: "Meeting: Overview")
    public static let invitations = KeyContext("meeting.participants", title: "Meeting: Participants")
    public static let agenda = KeyContext("meeting.agenda", title: "Meeting: Agenda")
    public static let minutes = KeyContext("meeting.minutes", title: "Meeting: Minutes")
    public static let clausePicker = KeyContext("clauses", title: "Clause picker")

    public static func context(for screen: ScreenID) -> KeyContext {
        switch screen {
        case .meetings: meetings
        case .participants: participants
        case .organisations: organisations
        case .resolutions: resolutions
        case .reports: reports
        }
    }

    private static func keys(_ notation: String) -> [Key] {
        (try? Key.sequence(notation)) ?? []
    }

    private static func bind(_ action: String, _ notation: String, _ description: String, _ context: KeyContext = .global) -> KeyBinding {
        KeyBinding(action, keys: keys(notation), description, context: context)
    }

    public static let defaults = KeyMap([
        // Screen-specific bindings first: help lists a screen's own keys before the global ones.
        bind("meetings.open", "<Enter>", "open the meeting workspace", meetings),
        bind("meetings.add", "a", "add a meeting", meetings),
        bind("meetings.edit", "e", "edit the meeting", meetings),
        bind("meetings.delete", "d", "delete the meeting (asks)", meetings),

        bind("participants.filter", "/", "filter as you type (Esc clears)", participants),
        bind("participants.add", "a", "add a participant", participants),
        bind("participants.edit", "e<Enter>", "edit the participant", participants),
        bind("participants.delete", "d", "delete the participant (asks)", participants),
        bind("participants.mark", "<Space>", "mark or unmark for inviting", participants),
        bind("participants.invite", "i", "invite the marked (or selected) to a meeting", participants),

        bind("organisations.filter", "/", "filter as you type (Esc clears)", organisations),
        bind("organisations.add", "a", "add an organisation", organisations),
        bind("organisations.edit", "e<Enter>", "edit the organisation", organisations),
        bind("organisations.delete", "d", "delete the organisation (asks; only without members)", organisations),

        bind("resolutions.filter", "/", "search the clauses of the document", resolutions),
        bind("resolutions.open", "<Enter>", "go into the outline or the clause", resolutions),

        bind("reports.export", "<Enter>", "export to a file you name", reports),

        bind("meeting.next-tab", "<Tab>", "next tab", workspace),
        bind("meeting.previous-tab", "<S-Tab>", "previous tab", workspace),

        bind("overview.edit", "e<Enter>", "edit the meeting", overview),

        bind("invitations.attendance", "p", "cycle attendance: present, remote, apologies, absent", invitations),
        bind("invitations.reply", "r", "cycle reply: invited, accepted, tentative, declined", invitations),
        bind("invitations.role", "o", "cycle role", invitations),
        bind("invitations.jump", "0123456789", "type a participant's number to jump to them", invitations),

        bind("agenda.add", "a", "add an item after the selected one", agenda),
        bind("agenda.edit", "e<Enter>", "edit the item", agenda),
        bind("agenda.delete", "d", "delete the item and its sub-items (asks)", agenda),
        bind("agenda.down", "J", "move the item down", agenda),
        bind("agenda.up", "K", "move the item up", agenda),
        bind("agenda.in", ">", "indent: make it a sub-item of the item above", agenda),
        bind("agenda.out", "<lt>", "outdent", agenda),
        bind("agenda.clauses", "c", "link resolution clauses (clause picker)", agenda),

        bind("minutes.notes", "E", "edit the notes in $VISUAL/$EDITOR", minutes),
        bind("minutes.decision", "D", "record a decision", minutes),
        bind("minutes.action", "A", "add an action point", minutes),
        bind("minutes.action-status", "x", "cycle the status of the item's last action point", minutes),
        bind("minutes.clock", "t", "start or stop the clock for the item", minutes),

        bind("clauses.toggle", "<Space>", "link or unlink the clause (in the list)", clausePicker),
        bind("clauses.close", "<Enter><Esc>", "close the picker", clausePicker),

        bind("screen.meetings", "1", "Meetings"),
        bind("screen.participants", "2", "Participants (directory)"),
        bind("screen.organisations", "3", "Organisations"),
        bind("screen.resolutions", "4", "Resolutions"),
        bind("screen.reports", "5", "Reports"),
        bind("move.down", "j<Down>", "down"),
        bind("move.up", "k<Up>", "up"),
        bind("move.left", "h<Left>", "left / back a pane"),
        bind("move.right", "l<Right>", "right / into a pane"),
        bind("page.down", "<PgDn><C-f>", "page down"),
        bind("page.up", "<PgUp><C-b>", "page up"),
        bind("move.top", "<Home>g", "first row"),
        bind("move.bottom", "<End>G", "last row"),
        bind("help", "?", "this help"),
        bind("undo", "u", "undo the last change (same history as 'convene undo')"),
        bind("command", ":", "command line (:export minutes FILE, :q)"),
        bind("back", "q", "back; quit from the top"),
        bind("redraw", "<C-l>", "redraw the screen"),
    ])
}

extension KeyMap {
    /// The action for a key in the first context that binds it, then the global one.
    func action(for key: Key, in contexts: [KeyContext]) -> String? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return action(for: key, in: .global)
    }

    /// The first key of an action, in notation, for hints ("a add").
    func hint(_ action: String) -> String? {
        binding(for: action)?.keys.first?.notation
    }

    /// Help lines for several contexts, then the global ones.
    func helpEntries(for contexts: [KeyContext]) -> [HelpEntry] {
        contexts.flatMap { context in helpEntries(for: context).filter { $0.context == context } }
            + helpEntries(for: .global)
    }
}
