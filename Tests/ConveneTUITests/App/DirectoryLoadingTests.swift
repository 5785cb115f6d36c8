import ConveneCore
import Foundation
import Testing
@testable import ConveneTUI

@Suite("A large directory: first rows at once, the rest once the frame is drawn")
struct DirectoryLoadingTests {
    static let count = AppEffects.directoryPreviewRows + 50

    static func largeStore() throws -> Store {
        let store = try Store.inMemory(reference: AppHarness.reference)
        _ = try store.addParticipants((0..<count).map { index in
            ParticipantDraft(givenName: "Given \(index)", familyName: index.isMultiple(of: 2) ? "Souza" : "Tomé",
                             organisation: "BRA", email: "p\(index)@example.org", country: "BRA")
        })
        return store
    }

    @Test("the first frame shows the first rows and the total; the whole directory is loaded right after it")
    func firstRowsThenWhole() throws {
        let store = try Self.largeStore()
        let effects = AppEffects(store: store, environment: [:])
        let size = Size(width: 80, height: 24)
        var app = ConveneApp(databasePath: "/data/convene.sqlite", screen: .participants)
        ProgramRunner.deliver(.resize(size), to: &app) { effects.perform($0) }
        #expect(app.directory.listings.count == AppEffects.directoryPreviewRows)
        #expect(app.view(size: size).text().contains("\(Self.count) participants"))

        #expect(ProgramRunner.performDeferred(&app) { effects.perform($0) })
        #expect(app.directory.listings.count == Self.count)
        #expect(app.directory.listings == (try store.participants()))
        #expect(app.view(size: size).text().contains("\(Self.count) participants"))
        #expect(!ProgramRunner.performDeferred(&app) { effects.perform($0) }, "nothing is left to load")
    }

    @Test("filtering after the rest is loaded searches every participant")
    func filterSearchesEveryone() throws {
        var harness = try AppHarness(store: Self.largeStore(), screen: .participants)
        try harness.press("/tome<Enter>")
        #expect(harness.messageLine.contains("filter 'tome': \(Self.count / 2) of \(Self.count)"))
    }

    @Test("a change reloads the whole directory, not only its first rows")
    func reloadAfterChange() throws {
        var harness = try AppHarness(store: Self.largeStore(), screen: .participants)
        _ = try harness.store.addParticipant(ParticipantDraft(givenName: "Zoë", familyName: "Zyx"))
        harness.app.invalidate()
        harness.send(.tick)
        #expect(harness.app.directory.listings.count == Self.count + 1)
        #expect(harness.app.directory.isComplete)
    }
}
