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
    case confirm(message: String, yes: [AppEffect], alternative: ConfirmAlternative? = nil)
    case form(FormModel)
    /// "Discard your changes?" over a form with unsaved edits.
    case discard(FormModel)
    case command(TextField)
    case meetingPicker(MeetingPicker)
    case clausePicker(ClausePicker)
    /// A form field's picker, over the form.
    case recordPicker(RecordPicker)
    /// One value out of a short list ("Set the role to:").
    case choice(ChoiceMenu)
    /// A one-line question such as the file to export to.
    case prompt(Prompt)
    /// The rows a CSV import would add or change, before anything is written.
    case importPreview(ImportPreviewModal)
}

/// The whole terminal app as a value: model, `update(event) -> [effect]`, `view(size)`.
/// It does no input or output itself; `AppEffects` performs what it asks for.
///
/// The app keeps only what is global: the screens and which is on show, the message line,
/// the modal over the screen, the loads in flight, and the data several screens share.
/// Each screen (`Screen`) owns the rest.
public struct ConveneApp: TerminalProgram {
    public let databasePath: String
    /// The user's home directory, to shorten the database path in the status line.
    let home: String
    public internal(set) var keyMap: KeyMap
    /// The screens in tab order; `current` indexes them.
    var screens: [any Screen]
    var current: Int
    public internal(set) var isFinished = false
    var size = Size(width: 80, height: 24)
    var message: StatusMessage?
    var modal: Modal?
    var now = Date()
    var dataVersion: Int?
    var fresh: Set<Dataset> = []
    var pending: Set<Dataset> = []
    var pendingSelection: PendingSelection?
    /// The damage check runs once, after the first frame.
    var hasCheckedDatabase = false

    // Data several screens (or the modals) show, as last loaded.
    var meetings: [MeetingListing] = []
    var documents: [ResolutionDocument] = []
    /// The records the form fields' pickers choose from, as last loaded.
    var pickerData: [PickerKind: PickerData] = [:]

    /// The screens of the app, in tab order (the number keys 1–6).
    static let standardScreens: [any Screen] = [
        MeetingsScreen(), ParticipantsScreen(), OrganisationsScreen(), ResolutionsScreen(), ReportsScreen(), ActionsScreen(),
    ]

    /// `keyMap` is the default map with the user's overrides already applied; `home` is the
    /// user's home directory (only used to show the database path as `~/…`).
    public init(databasePath: String, home: String? = nil, keyMap: KeyMap = AppKeys.defaults, screen: ScreenID = .meetings,
                message: String? = nil) {
        self.init(databasePath: databasePath, home: home, keyMap: keyMap, screens: Self.standardScreens, screen: screen,
                  message: message)
    }

    init(databasePath: String, home: String?, keyMap: KeyMap, screens: [any Screen], screen: ScreenID, message: String?) {
        self.databasePath = databasePath
        self.home = home ?? ""
        self.keyMap = keyMap
        self.screens = screens
        self.current = screens.firstIndex { $0.id == screen } ?? 0
        self.message = message.map { StatusMessage(text: $0, isError: true) }
    }

    /// The screen on show.
    public var screen: ScreenID { screens[current].id }

    var layout: AppLayout { AppLayout(size: size) }

    /// What the screen at `index` may read of the app.
    func context(for index: Int) -> ScreenContext {
        ScreenContext(keyMap: keyMap, now: now, meetings: meetings, documents: documents, pendingSelection: pendingSelection,
                      layout: layout, isCurrent: index == current)
    }

    /// The key contexts in force, most specific first (global is implied).
    var contexts: [KeyContext] { screens[current].keyContexts }

    mutating func say(_ text: String, error: Bool = false) {
        message = StatusMessage(text: text, isError: error)
    }

    /// Applies what a screen asked for besides its own change; returns the effects.
    mutating func follow(_ outcome: Outcome) -> [AppEffect] {
        if let modal = outcome.modal { self.modal = modal }
        if let message = outcome.message { self.message = message }
        if let navigation = outcome.navigation { go(to: navigation) }
        return outcome.effects
    }

    /// Makes current the first screen that shows what `navigation` names, with its data
    /// loaded afresh so that it can select the record.
    mutating func go(to navigation: Navigation) {
        guard let index = screens.indices.first(where: { screens[$0].show(navigation) }) else { return }
        current = index
        if case let .meetingItem(meeting, _) = navigation { fresh.remove(.workspace(meeting)) }
    }

    /// Runs `body` on every screen, current or not, and follows what each asks for.
    mutating func broadcast(_ body: (inout any Screen, ScreenContext) -> Outcome) -> [AppEffect] {
        var effects: [AppEffect] = []
        for index in screens.indices {
            let context = context(for: index)
            effects += follow(body(&screens[index], context))
        }
        return effects
    }
}

/// A third answer to a yes/no question, on its own key: "p yes, and erase … from the history".
struct ConfirmAlternative: Sendable {
    var key: Character
    var label: String
    var effects: [AppEffect]
}
