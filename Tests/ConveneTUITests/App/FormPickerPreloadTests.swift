import ConveneCore
import Testing
@testable import ConveneTUI

/// A form whose fields open pickers asks for the pickers' records once it is drawn, so that
/// the first letter typed into such a field does not wait for the whole directory to load.
@Suite("An open form loads its pickers' records after it is drawn")
struct FormPickerPreloadTests {
    static func loads(_ effects: [AppEffect]) -> [Dataset] {
        effects.compactMap { effect in
            if case let .load(dataset) = effect { return dataset }
            return nil
        }
    }

    @Test("the action point form (owner: a participant) asks for the directory once, and not again while it is fresh")
    func directoryForOwnerField() {
        var app = ConveneApp(databasePath: "/data/convene.sqlite", screen: .meetings)
        _ = app.update(.resize(Size(width: 80, height: 24)))
        app.fresh.insert(.meetings)
        #expect(!Self.loads(app.deferredEffects()).contains(.directory), "no form open: nothing for pickers")

        app.modal = .form(Forms.action(meeting: 1, item: "1"))
        #expect(Self.loads(app.deferredEffects()).contains(.directory))
        #expect(!Self.loads(app.deferredEffects()).contains(.directory), "already pending: asked once")

        app.pending.remove(.directory)
        app.fresh.insert(.directory)
        #expect(!Self.loads(app.deferredEffects()).contains(.directory), "fresh: nothing to load")
    }
}
