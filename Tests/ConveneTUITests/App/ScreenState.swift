import ConveneCore
@testable import ConveneTUI

/// The state of particular screens, read through the app, so that tests can check what a
/// key did to them.
extension ConveneApp {
    /// The registered screen of a type. The standard screens are always registered, so a
    /// missing one is a broken app and stops the test run.
    func screen<S: Screen>(_ type: S.Type) -> S {
        guard let screen = screens.lazy.compactMap({ $0 as? S }).first else {
            fatalError("no \(S.self) registered")
        }
        return screen
    }

    var participantsList: FilteredList { screen(ParticipantsScreen.self).list }
    var selectedParticipant: ParticipantListing? { screen(ParticipantsScreen.self).selectedParticipant }
    var directory: DirectoryData { screen(ParticipantsScreen.self).directory }
    var workspace: Workspace? { screen(MeetingsScreen.self).workspace }
    var selectedAgendaRow: AgendaRow? { workspace?.selectedAgendaRow }
}
