import ConveneCore
import Foundation

/// What the app reads from the store, one load at a time.
public enum Dataset: Hashable, Sendable {
    case meetings, directory, organisations, resolutions, backlinks
    /// Every meeting's action points, for the Actions screen.
    case actions
    /// The countries, for the country picker.
    case countries
    /// The first rows of the directory and its size: the first frame of a large directory
    /// does not wait for the whole of it, which is loaded as soon as that frame is drawn.
    case directoryPreview
    case workspace(Int64)

    /// A load of the whole directory also answers a pending load of its first rows.
    var answers: [Dataset] {
        self == .directory ? [.directory, .directoryPreview] : [self]
    }
}

/// The participant directory with its search keys, folded once when loaded; or, while it
/// is being loaded, its first rows.
public struct DirectoryData: Sendable {
    public var listings: [ParticipantListing]
    public var keys: [String]
    /// How many participants there are, also when only the first rows are loaded.
    public var total: Int
    public var isComplete: Bool { listings.count == total }

    public init(listings: [ParticipantListing]) {
        self.init(firstRows: listings, total: listings.count)
    }

    public init(firstRows: [ParticipantListing], total: Int) {
        self.listings = firstRows
        self.keys = DirectoryFilter.searchKeys(firstRows)
        self.total = total
    }
}

public struct OrganisationData: Sendable {
    public var listings: [OrganisationListing]
    public var keys: [String]

    public init(listings: [OrganisationListing]) {
        self.listings = listings
        self.keys = listings.map(DirectoryFilter.searchKey)
    }
}

/// Everything the meeting workspace shows.
public struct WorkspaceData: Sendable {
    public var meeting: Meeting
    public var invitations: [InvitationListing]
    public var agenda: AgendaListing
    public var decisions: [DecisionRow]
    public var actions: [ActionRow]
    /// The speakers' lists of the meeting's items.
    public var speakers: [SpeakerRow] = []
    /// The frozen versions of the minutes (approvals, revisions, corrigenda), in order.
    public var versions: [MinutesVersion] = []
}

public enum LoadedData: Sendable {
    case meetings([MeetingListing])
    case directory(DirectoryData)
    case organisations(OrganisationData)
    case resolutions([ResolutionDocument])
    case backlinks([String: [Backlink]])
    case workspace(WorkspaceData)
    case actions([ActionRow])
    case countries([Country])

    var dataset: Dataset {
        switch self {
        case .meetings: .meetings
        case let .directory(data): data.isComplete ? .directory : .directoryPreview
        case .organisations: .organisations
        case .resolutions: .resolutions
        case .backlinks: .backlinks
        case .actions: .actions
        case .countries: .countries
        case let .workspace(data): .workspace(data.meeting.id ?? 0)
        }
    }
}

/// A row to select once the data it belongs to is reloaded: what a write just added or moved.
enum PendingSelection: Equatable, Sendable {
    case participant(Int64)
    case agendaItem(number: String)

    /// What a successful write asks to select; `reference` is what the store returned (a new
    /// participant's id, an added or moved agenda item's number).
    init?(after request: WriteRequest, reference: String?) {
        guard let reference else { return nil }
        switch request {
        case .saveParticipant(id: nil, _):
            guard let id = Int64(reference) else { return nil }
            self = .participant(id)
        case .saveAgendaItem, .moveAgendaItem:
            self = .agendaItem(number: reference)
        default:
            return nil
        }
    }

    /// True once a load of `dataset` has had the chance to select the row.
    func isSettled(by dataset: Dataset) -> Bool {
        switch (self, dataset) {
        case (.participant, .directory), (.participant, .directoryPreview), (.agendaItem, .workspace): true
        default: false
        }
    }
}

/// A change to the database; each is one store call, one transaction, one history entry.
public enum WriteRequest: Sendable {
    case saveParticipant(id: Int64?, ParticipantDraft)
    /// With `purge`, the participant's personal data is also erased from the history.
    case removeParticipant(Int64, purge: Bool = false)
    case addOrganisation(OrganisationDraft)
    case editOrganisation(Int64, OrganisationEdit)
    case removeOrganisation(Int64)
    case saveMeeting(id: Int64?, MeetingDraft)
    case removeMeeting(Int64)
    case invite(meeting: Int64, participants: [Int64], role: InvitationRole?)
    case setReply(meeting: Int64, participant: Int64, Reply)
    case setAttendance(meeting: Int64, participant: Int64, Attendance)
    /// Invites one participant (as typed or picked) with a role and a delegation.
    case inviteOne(meeting: Int64, participant: String, role: InvitationRole?, delegation: String?)
    /// Sets role, reply or attendance of several invitations, as one change.
    case changeInvitations(meeting: Int64, participants: [Int64], InvitationChange)
    case uninvite(meeting: Int64, participants: [Int64])
    case addSpeaker(meeting: Int64, number: String, participant: String?, delegation: String?)
    case nextSpeaker(meeting: Int64, number: String)
    /// Starts or stops the item clock, stamping the item's and the meeting's times.
    case itemClock(meeting: Int64, number: String, ItemClockAction, at: Date)
    case saveAgendaItem(meeting: Int64, number: String?, AgendaItemDraft)
    case removeAgendaItem(meeting: Int64, number: String)
    case moveAgendaItem(meeting: Int64, number: String, AgendaMove)
    case linkClause(meeting: Int64, number: String, key: String, linked: Bool)
    case addDecision(meeting: Int64, number: String, text: String)
    case editDecision(meeting: Int64, id: Int64, text: String)
    case removeDecision(meeting: Int64, id: Int64)
    case addAction(meeting: Int64, ActionDraft)
    case editAction(id: Int64, ActionEdit)
    case removeAction(id: Int64)
    case setActionStatus(id: Int64, ActionStatus)
    case setNotes(meeting: Int64, number: String, text: String)
    /// Approves the minutes today: the only way to minutes-approved; the record is then locked.
    case approveMinutes(meeting: Int64)
    /// Returns approved minutes to a draft, saying why.
    case reopenMinutes(meeting: Int64, reason: String)
    /// A previewed CSV import; with `skippingInvalid`, its error rows are left out.
    case importParticipants(ParticipantImportPlan, skippingInvalid: Bool)
    case undo
    /// Makes again what the last undo reverted.
    case redo
}

/// Work done outside `update`; each comes back as an `AppEvent`.
public enum AppEffect: Sendable {
    case load(Dataset)
    case write(WriteRequest)
    /// Opens `$VISUAL`/`$EDITOR` on an item's notes.
    case editNotes(meeting: Int64, number: String, current: String)
    /// Opens `$VISUAL`/`$EDITOR` on the text of a form's field (`C-e` in a long-text field).
    case editText(current: String, name: String)
    case export(ExportKind, meeting: Int64?, path: String, choices: ExportChoices = ExportChoices())
    /// Reads and checks a participants CSV file for the import preview; writes nothing.
    /// `label` is the path as typed, for the preview's title and messages.
    case planImport(path: String, label: String, meeting: Int64?)
    /// On each tick: reads the clock and the database's data version.
    case poll
    /// Searches the clauses for the clause picker (as you type).
    case searchClauses(String)
    /// Repaints the whole terminal (Ctrl-L).
    case redraw
    /// Looks for damage in the database file, once, after the first frame.
    case checkDatabase
}

public enum AppEvent: Sendable {
    case loaded(LoadedData)
    case loadFailed(Dataset, String)
    /// A write succeeded; the message says what changed. `reference` is a new participant id or an agenda item's
    /// number after a move or add, so the selection can follow it.
    case written(WriteRequest, message: String, reference: String?)
    case writeFailed(WriteRequest, ConveneError)
    case edited(meeting: Int64, number: String, text: String?)
    case editorFailed(String)
    /// What the editor saved for the form's field it was opened from.
    case textEdited(String)
    /// The database file is damaged: writes are refused until it is recovered.
    case databaseDamaged
    case exported(String)
    /// The preview of an import, or why the file cannot be imported.
    case importPlanned(ParticipantImportPlan)
    case importUnreadable(String)
    /// `author`: who made the newest change, to name them when the data changed elsewhere.
    case polled(now: Date, dataVersion: Int?, author: String? = nil)
    case clausesFound(query: String, [Clause])
}
