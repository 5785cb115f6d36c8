import ConveneCore
import Foundation

/// Names a top-level screen: in the tab bar, the status line, `convene --screen NAME` and
/// the `screen.NAME` key action.
public struct ScreenID: Hashable, Sendable {
    /// Lower case, one word: `participants`.
    public let name: String
    public let title: String

    public init(name: String, title: String) {
        self.name = name
        self.title = title
    }

    public static let meetings = ScreenID(name: "meetings", title: "Meetings")
    public static let participants = ScreenID(name: "participants", title: "Participants")
    public static let organisations = ScreenID(name: "organisations", title: "Organisations")
    public static let resolutions = ScreenID(name: "resolutions", title: "Resolutions")
    public static let reports = ScreenID(name: "reports", title: "Reports")
    public static let actions = ScreenID(name: "actions", title: "Actions")

    /// The app's own screens, in tab order.
    public static var allCases: [ScreenID] { ConveneApp.standardScreens.map(\.id) }

    /// One of the app's own screens by name, in any case.
    public init?(name: String) {
        guard let screen = Self.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = screen
    }
}

/// What a screen may read of the app while it updates or draws: the key map, the clock, the
/// data several screens share, and the layout of the frame.
struct ScreenContext {
    var keyMap: KeyMap
    var now: Date
    /// The meetings, for the Meetings list, the meeting picker and `:export`.
    var meetings: [MeetingListing]
    /// The resolution corpus, for the Resolutions screen and the clause picker.
    var documents: [ResolutionDocument]
    /// A row a write asked to select once its data is reloaded.
    var pendingSelection: PendingSelection?
    var layout: AppLayout
    /// True for the screen on show.
    var isCurrent: Bool

    /// Rows a page key moves in a list of the body.
    var page: Int { layout.page }
}

/// What a screen asks of the app after an update, besides changing its own state: effects to
/// perform, a modal to open over it, a message for the message line.
struct Outcome {
    var effects: [AppEffect] = []
    var modal: Modal?
    var message: StatusMessage?
    /// Another screen to show, at a record.
    var navigation: Navigation?

    /// Handled; nothing else to do.
    static let handled = Outcome()

    static func perform(_ effects: AppEffect...) -> Outcome { Outcome(effects: effects) }
    static func open(_ modal: Modal) -> Outcome { Outcome(modal: modal) }
    static func go(_ navigation: Navigation) -> Outcome {
        var outcome = Outcome()
        outcome.navigation = navigation
        return outcome
    }
    static func say(_ text: String, error: Bool = false) -> Outcome {
        Outcome(message: StatusMessage(text: text, isError: error))
    }
}

/// One top-level screen as a value (Bubble Tea's nested models, ratatui's stateful widgets):
/// it owns its state, says which keys and data it needs, updates itself for its own actions
/// and draws itself into the area of the frame it is given. `ConveneApp` keeps only what is
/// global and routes to the current screen; adding a screen is one file and one entry in
/// `ConveneApp.standardScreens`.
protocol Screen: Sendable {
    var id: ScreenID { get }
    /// The key contexts in force, most specific first (global is implied).
    var keyContexts: [KeyContext] { get }
    /// The main keys for the status line, most useful first, with a one-word label.
    var keyHints: [(Action, String)] { get }
    /// The name in the status line and the help title ("RD-2027 › Agenda").
    var title: String { get }

    /// What the screen shows, to be loaded when it is not fresh.
    var neededData: [Dataset] { get }
    /// Loads that can wait until the screen is drawn, given what is loaded.
    func deferredData(fresh: Set<Dataset>) -> [Dataset]

    /// The filter field while it has the keyboard; keys then go to `typeInFilter`.
    var focusedFilter: TextField? { get }
    mutating func typeInFilter(_ key: Key, context: ScreenContext)
    /// The message line when there is no message: a count, the filter.
    func summary(context: ScreenContext) -> String

    /// Handles an action on this screen; nil leaves it to the global keys.
    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome?
    /// True when `back` leaves something open on the screen instead of quitting.
    var canGoBack: Bool { get }
    mutating func goBack()
    /// Sees every result of an effect (loads, writes, the editor); may ask for more.
    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome

    /// Shows the record `navigation` names, if this screen shows such records; returns
    /// whether it did (the app then makes this screen current).
    mutating func show(_ navigation: Navigation) -> Bool

    /// The meeting open or selected here, which `:export` uses.
    func currentMeetingId(context: ScreenContext) -> Int64?

    /// Scrolls lists so that their selection stays within `area`, the body the screen is drawn in.
    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext)
    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext)
}

extension Screen {
    var title: String { id.title }
    func deferredData(fresh: Set<Dataset>) -> [Dataset] { [] }
    var focusedFilter: TextField? { nil }
    mutating func typeInFilter(_ key: Key, context: ScreenContext) {}
    func summary(context: ScreenContext) -> String { "" }
    var canGoBack: Bool { false }
    mutating func goBack() {}
    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome { .handled }
    func currentMeetingId(context: ScreenContext) -> Int64? { nil }
    mutating func show(_ navigation: Navigation) -> Bool { false }
    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {}
}

/// A record another screen shows, to go to from here (Enter on an action point).
enum Navigation: Sendable, Equatable {
    /// A meeting's Minutes tab at an agenda item (its number), or at its first item.
    case meetingItem(meeting: Int64, item: String?)
}
