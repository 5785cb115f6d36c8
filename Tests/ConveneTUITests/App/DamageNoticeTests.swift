import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

@Suite("The app looks for damage after its first frame")
struct DamageNoticeTests {
    static func checks(_ harness: AppHarness) -> Int {
        harness.performed.filter { if case .checkDatabase = $0 { true } else { false } }.count
    }

    @Test("a damaged database is reported once the first frame is drawn, and a write is refused")
    func damagedDatabase() throws {
        let path = try DamagedDatabase.make()
        defer { DamagedDatabase.remove(path) }
        let store = try Store.open(path: path, reference: TestSupport.reference,
                                   options: Store.Options(checksBeforeWriting: true))
        var harness = try AppHarness(store: store)
        #expect(Self.checks(harness) == 1)
        #expect(harness.messageLine.contains("The database is damaged: writes are refused"))
        try harness.press("j")
        #expect(Self.checks(harness) == 1)

        let events = harness.effects.perform(.write(.addOrganisation(OrganisationDraft(name: "Agence", category: "other"))))
        guard case let .writeFailed(_, error)? = events.first else {
            Issue.record("the write was not refused: \(events)")
            return
        }
        #expect(error.description.contains("damaged"))
    }

    @Test("a sound database shows no notice, and the check runs only once")
    func soundDatabase() throws {
        let path = try DamagedDatabase.populated()
        defer { DamagedDatabase.remove(path) }
        let store = try Store.open(path: path, reference: TestSupport.reference,
                                   options: Store.Options(checksBeforeWriting: true))
        var harness = try AppHarness(store: store)
        try harness.press("3")
        try harness.press("1")
        #expect(!harness.screen.contains("damaged"))
        #expect(Self.checks(harness) == 1)
    }
}
