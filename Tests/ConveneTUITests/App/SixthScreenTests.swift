import ConveneCore
import Testing
@testable import ConveneTUI

/// A screen defined outside the app, in this one file: it counts the rows it is moved by and
/// shows how many organisations it was given. Adding it to the app is one entry in the list
/// of screens.
private struct TallyScreen: Screen {
    static let screenID = ScreenID(name: "tally", title: "Tally")
    let id = Self.screenID
    var moves = 0
    var organisations = 0

    var keyContexts: [KeyContext] { [] }
    var keyHints: [(Action, String)] { [(.moveDown, "count")] }
    var neededData: [Dataset] { [.organisations] }

    func summary(context: ScreenContext) -> String { "counting" }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        guard action == .moveDown else { return nil }
        moves += 1
        return moves == 3 ? .say("three moves") : .handled
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        if case let .loaded(.organisations(data)) = event { organisations = data.listings.count }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        buffer.write("Moved \(moves) times; \(organisations) organisations", at: area.origin, clip: area)
    }
}

@Suite("A screen added from outside the app")
struct SixthScreenTests {
    @Test("a sixth screen gets its data, its keys, its tab, its hints and its frame through the app")
    func sixthScreen() throws {
        var harness = try AppHarness()
        harness.app = ConveneApp(databasePath: "/data/convene.sqlite", home: nil, keyMap: AppKeys.defaults,
                                 screens: ConveneApp.standardScreens + [TallyScreen()], screen: TallyScreen.screenID, message: nil)
        harness.send(.resize(harness.size))
        #expect(harness.app.screen == TallyScreen.screenID)
        #expect(harness.lines.first?.contains("7 Tally") == true)
        let organisations = try harness.store.organisations().count
        #expect(organisations > 0)
        #expect(harness.screen.contains("Moved 0 times; \(organisations) organisations"), "\(harness.screen)")
        #expect(harness.messageLine == "counting")
        #expect(harness.lines.last?.hasPrefix(" Tally ") == true)
        #expect(harness.lines.last?.contains("j count") == true)

        try harness.press("jj")
        #expect(harness.screen.contains("Moved 2 times"))
        try harness.press("j")
        #expect(harness.messageLine == "three moves")

        // Keys the screen does not handle reach the global ones.
        try harness.press("?")
        #expect(harness.screen.contains("Keys: Tally"))
        try harness.press("<Esc>1")
        #expect(harness.app.screen == .meetings)
        try harness.press("q")
        #expect(harness.app.isFinished)
    }
}
