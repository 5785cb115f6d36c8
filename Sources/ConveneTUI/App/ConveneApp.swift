import ConveneCore
import Foundation

/// A message on the line above the status line: what the last action did, or what failed.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var isError: Bool
}

/// Whatever has the keyboard before the screen does.
enum Modal: Sendable {
    case help(entries: [HelpEntry], offset: Int)
    /// A yes/no question; `yes` is performed when answered with y.
    case confirm(message: String, yes: [AppEffect])
    case form(FormModel)
    /// "Discard your changes?" over a form with unsaved edits.
    case discard(FormModel)
    case command(TextField)
    case meetingPicker(MeetingPicker)
    case clausePicker(ClausePicker)
    /// A one-line question such as the file to export to.
    case prompt(Prompt)
}

/// The whole terminal app as a value: model, `update(event) -> [effect]`, `view(size)`.
/// It does no input or output itself; `AppEffects` performs what it asks for.
public struct ConveneApp: TerminalProgram {
    public let databasePath: String
    public internal(set) var keyMap: KeyMap
    public internal(set) var screen: ScreenID
    public internal(set) var isFinished = false
    var size = Size(width: 80, height: 24)
    var message: StatusMessage?
    var modal: Modal?
    var now = Date()
    var dataVersion: Int?
    var fresh: Set<Dataset> = []
    var pending: Set<Dataset> = []

    // Data, as last loaded.
    var meetings: [MeetingListing] = []
    var directory = DirectoryData(listings: [])
    /// False until the whole directory (not only its first rows) has been loaded once.
    var hasWholeDirectory = false
    var organisations = OrganisationData(listings: [])
    var documents: [ResolutionDocument] = []
    var backlinks: [String: [Backlink]] = [:]
    var workspaceData: WorkspaceData?

    // Screen state.
    var meetingsList = ListCursor()
    var participantsList = FilteredList()
    var marked: Set<Int64> = []
    var organisationsList = FilteredList()
    var workspace: WorkspaceState?
    var resolutions = ResolutionsState()
    var reports = ListCursor()
    /// A participant id or agenda number to select once the data it belongs to is reloaded.
    var pendingSelection: String?

    /// `keyMap` is the default map with the user's overrides already applied.
    public init(databasePath: String, keyMap: KeyMap = AppKeys.defaults, screen: ScreenID = .meetings, message: String? = nil) {
        self.databasePath = databasePath
        self.keyMap = keyMap
        self.screen = screen
        self.message = message.map { StatusMessage(text: $0, isError: true) }
    }

    /// True while a text field has the keyboard, so that single letters are typed.
    var isTyping: Bool {
        switch modal {
        case .form, .command, .prompt, .meetingPicker, .clausePicker: return true
        case .help, .confirm, .discard, nil: break
        }
        switch screen {
        case .participants: return participantsList.isEditing
        case .organisations: return organisationsList.isEditing
        case .resolutions: return resolutions.list.isEditing
        default: return false
        }
    }

    /// The key contexts in force, most specific first (global is implied).
    var contexts: [KeyContext] {
        if screen == .meetings, let workspace {
            return [workspace.tab.context, AppKeys.workspace]
        }
        return [AppKeys.context(for: screen)]
    }

    mutating func say(_ text: String, error: Bool = false) {
        message = StatusMessage(text: text, isError: error)
    }
}
