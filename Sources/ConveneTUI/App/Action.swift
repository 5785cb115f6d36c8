/// Everything a key can do in the app. The raw values are the names config.toml's `[keys]`
/// table rebinds, so a misspelt action in code does not compile, and a misspelt one in the
/// config file is reported at start (`KeyMap.applyOverrides` knows only these names).
public enum Action: String, CaseIterable, Sendable {
    case meetingsOpen = "meetings.open"
    case meetingsFilter = "meetings.filter"
    case meetingsAdd = "meetings.add"
    case meetingsEdit = "meetings.edit"
    case meetingsDelete = "meetings.delete"

    case participantsFilter = "participants.filter"
    case participantsAdd = "participants.add"
    case participantsEdit = "participants.edit"
    case participantsDelete = "participants.delete"
    case participantsMark = "participants.mark"
    case participantsInvite = "participants.invite"
    case participantsImport = "participants.import"

    case organisationsFilter = "organisations.filter"
    case organisationsAdd = "organisations.add"
    case organisationsEdit = "organisations.edit"
    case organisationsDelete = "organisations.delete"

    case resolutionsFilter = "resolutions.filter"
    case resolutionsOpen = "resolutions.open"

    case reportsExport = "reports.export"

    case actionsFilter = "actions.filter"
    case actionsDone = "actions.done"
    case actionsDrop = "actions.drop"
    case actionsOpen = "actions.open"

    case meetingNextTab = "meeting.next-tab"
    case meetingPreviousTab = "meeting.previous-tab"

    case overviewEdit = "overview.edit"

    case invitationsAttendance = "invitations.attendance"
    case invitationsReply = "invitations.reply"
    case invitationsRole = "invitations.role"
    case invitationsJump = "invitations.jump"
    case invitationsImport = "invitations.import"
    case invitationsFilter = "invitations.filter"
    case invitationsAdd = "invitations.add"
    case invitationsRemove = "invitations.remove"
    case invitationsMark = "invitations.mark"
    case invitationsMarkAll = "invitations.mark-all"

    case agendaAdd = "agenda.add"
    case agendaEdit = "agenda.edit"
    case agendaDelete = "agenda.delete"
    case agendaDown = "agenda.down"
    case agendaUp = "agenda.up"
    case agendaIn = "agenda.in"
    case agendaOut = "agenda.out"
    case agendaClauses = "agenda.clauses"

    case minutesNotes = "minutes.notes"
    case minutesDecision = "minutes.decision"
    case minutesAction = "minutes.action"
    case minutesActionStatus = "minutes.action-status"
    case minutesClock = "minutes.clock"
    case minutesSpeaker = "minutes.speaker"
    case minutesNextSpeaker = "minutes.next-speaker"
    case minutesEdit = "minutes.edit"
    case minutesDelete = "minutes.delete"

    case clausesToggle = "clauses.toggle"
    case clausesClose = "clauses.close"

    case screenMeetings = "screen.meetings"
    case screenParticipants = "screen.participants"
    case screenOrganisations = "screen.organisations"
    case screenResolutions = "screen.resolutions"
    case screenReports = "screen.reports"
    case screenActions = "screen.actions"

    case moveDown = "move.down"
    case moveUp = "move.up"
    case moveLeft = "move.left"
    case moveRight = "move.right"
    case pageDown = "page.down"
    case pageUp = "page.up"
    case moveTop = "move.top"
    case moveBottom = "move.bottom"
    case help
    case undo
    case redo
    case command
    case back
    case redraw

    /// The group an action belongs to ("agenda" for `agenda.add`): a tab swallows its own
    /// group's keys when it has nothing selected, so they do not fall through to global ones.
    var group: Substring {
        rawValue.split(separator: ".").first ?? Substring(rawValue)
    }

    /// The action that switches to a screen, if it has one (`screen.meetings` for Meetings).
    static func switching(to screen: ScreenID) -> Action? {
        Action(rawValue: "screen.\(screen.name)")
    }
}
