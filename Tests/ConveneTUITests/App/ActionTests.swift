import Testing
@testable import ConveneTUI

@Suite("Typed key actions")
struct ActionTests {
    @Test("the default key map binds each action exactly once and nothing that is not an action")
    func defaultsCoverActions() {
        let bound = AppKeys.defaults.bindings.map(\.action)
        #expect(bound.count == Action.allCases.count)
        #expect(Set(bound) == Set(Action.allCases.map(\.rawValue)))
        #expect(AppKeys.defaults.conflicts().isEmpty)
    }

    @Test("a misspelt action in config.toml is reported at start and changes nothing")
    func misspeltActionReported() {
        let (map, messages) = AppConfig.parse("[keys]\n\"participants.ad\" = \"n\"").keyMap()
        #expect(messages == ["unknown action 'participants.ad' in key overrides"])
        #expect(map.action(for: .character("n"), in: [AppKeys.participants]) == nil)
        #expect(map.action(for: .character("a"), in: [AppKeys.participants]) == .participantsAdd)
    }

    @Test("each screen switch action names a registered screen")
    func screenActions() {
        let switches = ConveneApp.standardScreens.compactMap { Action.switching(to: $0.id) }
        #expect(switches == [.screenMeetings, .screenParticipants, .screenOrganisations, .screenResolutions, .screenReports, .screenActions])
    }
}
