/// The app's key contexts and default bindings. Everything that reads keys asks this map,
/// so the help screen, the status line hints and user overrides always agree.
public enum AppKeys {
    public static let meetings = KeyContext("meetings", title: "Meetings")
    public static let participants = KeyContext("participants", title: "Participants")
    public static let organisations = KeyContext("organisations", title: "Organisations")
    public static let resolutions = KeyContext("resolutions", title: "Resolutions")
    public static let reports = KeyContext("reports", title: "Reports")
    public static let actions = KeyContext("actions", title: "Actions")
    public static let workspace = KeyContext("meeting", title: "Meeting workspace")
    public static let overview = KeyContext("meeting.overview", title: "Meeting: Overview")
    public static let invitations = KeyContext("meeting.participants", title: "Meeting: Participants")
    public static let agenda = KeyContext("meeting.agenda", title: "Meeting: Agenda")
    public static let minutes = KeyContext("meeting.minutes", title: "Meeting: Minutes")
    public static let clausePicker = KeyContext("clauses", title: "Clause picker")

    private static func keys(_ notation: String) -> [Key] {
        (try? Key.sequence(notation)) ?? []
    }

    private static func bind(_ action: Action, _ notation: String, _ description: String, _ context: KeyContext = .global) -> KeyBinding {
        KeyBinding(action.rawValue, keys: keys(notation), description, context: context)
    }

    public static let defaults = KeyMap([
        // Screen-specific bindings first: help lists a screen's own keys before the global ones.
        bind(.meetingsOpen, "<Enter>", "open the meeting workspace", meetings),
        bind(.meetingsFilter, "/", "filter as you type (Esc clears)", meetings),
        bind(.meetingsAdd, "a", "add a meeting", meetings),
        bind(.meetingsEdit, "e", "edit the meeting", meetings),
        bind(.meetingsDelete, "d", "delete the meeting (asks)", meetings),

        bind(.participantsFilter, "/", "filter as you type (Esc clears)", participants),
        bind(.participantsAdd, "a", "add a participant", participants),
        bind(.participantsEdit, "e<Enter>", "edit the participant", participants),
        bind(.participantsDelete, "d", "delete the participant (asks)", participants),
        bind(.participantsMark, "<Space>", "mark or unmark for inviting", participants),
        bind(.participantsInvite, "i", "invite the marked (or selected) to a meeting", participants),
        bind(.participantsImport, "I", "import from a CSV file (preview first)", participants),

        bind(.organisationsFilter, "/", "filter as you type (Esc clears)", organisations),
        bind(.organisationsAdd, "a", "add an organisation", organisations),
        bind(.organisationsEdit, "e<Enter>", "edit the organisation", organisations),
        bind(.organisationsDelete, "d", "delete the organisation (asks; only without members)", organisations),

        bind(.resolutionsFilter, "/", "search the clauses of the document", resolutions),
        bind(.resolutionsOpen, "<Enter>", "go into the outline or the clause", resolutions),

        bind(.reportsExport, "<Enter>", "export to a file you name", reports),

        bind(.actionsFilter, "/", "filter as you type (Esc clears)", actions),
        bind(.actionsDone, "x", "mark the action point done", actions),
        bind(.actionsDrop, "X", "mark the action point dropped", actions),
        bind(.actionsOpen, "<Enter>", "open its meeting on the Minutes tab at its item", actions),

        bind(.meetingNextTab, "<Tab>", "next tab", workspace),
        bind(.meetingPreviousTab, "<S-Tab>", "previous tab", workspace),

        bind(.overviewEdit, "e<Enter>", "edit the meeting", overview),

        bind(.invitationsAdd, "a", "invite a participant (picker, role, delegation)", invitations),
        bind(.invitationsRemove, "d", "withdraw the invitation of the marked (or selected) (asks)", invitations),
        bind(.invitationsFilter, "/", "filter as you type (Esc clears)", invitations),
        bind(.invitationsMark, "<Space>", "mark or unmark", invitations),
        bind(.invitationsMarkAll, "*", "mark every row shown (again: unmark them)", invitations),
        bind(.invitationsAttendance, "p", "attendance: cycle the selected; with marks, choose for all marked", invitations),
        bind(.invitationsReply, "r", "reply: cycle the selected; with marks, choose for all marked", invitations),
        bind(.invitationsRole, "o", "role: choose from the list, for the marked (or selected)", invitations),
        bind(.invitationsJump, "0123456789", "type a participant's number to jump to them (digits do not switch screens here)", invitations),
        bind(.invitationsImport, "I", "import a CSV file and invite everyone in it (preview first)", invitations),

        bind(.agendaAdd, "a", "add an item after the selected one", agenda),
        bind(.agendaEdit, "e<Enter>", "edit the item", agenda),
        bind(.agendaDelete, "d", "delete the item and its sub-items (asks)", agenda),
        bind(.agendaDown, "J", "move the item down", agenda),
        bind(.agendaUp, "K", "move the item up", agenda),
        bind(.agendaIn, ">", "indent: make it a sub-item of the item above", agenda),
        bind(.agendaOut, "<lt>", "outdent", agenda),
        bind(.agendaClauses, "c", "link resolution clauses (clause picker)", agenda),

        bind(.minutesNotes, "E", "edit the notes in $VISUAL/$EDITOR", minutes),
        bind(.minutesDecision, "D", "record a decision", minutes),
        bind(.minutesAction, "A", "add an action point", minutes),
        bind(.minutesActionStatus, "x", "cycle the status of the item's last action point", minutes),
        bind(.minutesClock, "t", "start or stop the clock for the item", minutes),
        bind(.minutesSpeaker, "s", "add a speaker to the item's list (participant or delegation)", minutes),
        bind(.minutesNextSpeaker, "n", "give the floor to the next speaker", minutes),
        bind(.minutesEdit, "e", "edit the decision or action point under the cursor (l, then j/k), or the notes", minutes),
        bind(.minutesDelete, "d", "delete the decision or action point under the cursor (asks)", minutes),

        bind(.clausesToggle, "<Space>", "link or unlink the clause (in the list)", clausePicker),
        bind(.clausesClose, "<Enter><Esc>", "close the picker", clausePicker),

        bind(.screenMeetings, "1", "Meetings"),
        bind(.screenParticipants, "2", "Participants (directory)"),
        bind(.screenOrganisations, "3", "Organisations"),
        bind(.screenResolutions, "4", "Resolutions"),
        bind(.screenReports, "5", "Reports"),
        bind(.screenActions, "6", "Actions (every meeting's action points)"),
        bind(.moveDown, "j<Down>", "down"),
        bind(.moveUp, "k<Up>", "up"),
        bind(.moveLeft, "h<Left>", "left / back a pane"),
        bind(.moveRight, "l<Right>", "right / into a pane"),
        bind(.pageDown, "<PgDn><C-f>", "page down"),
        bind(.pageUp, "<PgUp><C-b>", "page up"),
        bind(.moveTop, "<Home>g", "first row"),
        bind(.moveBottom, "<End>G", "last row"),
        bind(.help, "?", "this help"),
        bind(.undo, "u", "undo the last change (same history as 'convene undo')"),
        bind(.redo, "<C-r>", "redo what u undid (same history as 'convene redo')"),
        bind(.command, ":", "command line (:export minutes [--date D] [--symbol S] FILE, :approve, :reopen REASON, :undo, :redo, :q)"),
        bind(.back, "q", "back; quit from the top"),
        bind(.redraw, "<C-l>", "redraw the screen"),
    ])
}

extension KeyMap {
    /// The action for a key in the first context that binds it, then the global one.
    func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return Action(rawValue: binding.action)
            }
        }
        return action(for: key, in: .global).flatMap(Action.init(rawValue:))
    }

    /// The first key of an action, in notation, for hints ("a add").
    func hint(_ action: Action) -> String? {
        binding(for: action.rawValue)?.keys.first?.notation
    }

    /// Help lines for several contexts, then the global ones. A key a context binds does not
    /// reach the global action while that context is in force, so help does not list it
    /// there: on a screen where digits jump to a participant, it says only that.
    func helpEntries(for contexts: [KeyContext]) -> [HelpEntry] {
        let shadowing = Set(bindings.filter { contexts.contains($0.context) }.flatMap(\.keys))
        let global = bindings.filter { $0.context == .global }.compactMap { binding -> HelpEntry? in
            let keys = binding.keys.filter { !shadowing.contains($0) }
            guard !keys.isEmpty || binding.keys.isEmpty else { return nil }
            return HelpEntry(keys: keys.isEmpty ? "(unbound)" : keys.map(\.notation).joined(separator: " "),
                             description: binding.description, action: binding.action, context: .global)
        }
        return contexts.flatMap { context in helpEntries(for: context).filter { $0.context == context } } + global
    }
}
