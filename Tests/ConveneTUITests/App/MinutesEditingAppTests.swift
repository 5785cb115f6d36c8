import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

@Suite("e and d on a decision or an action point of the Minutes tab; long texts wrap and open in $EDITOR with C-e")
struct MinutesEditingAppTests {
    /// The sample meeting's Minutes tab at item 3 (notes, decision 1, action point #1).
    static func atItem3(store: Store? = nil, environment: [String: String] = [:]) throws -> AppHarness {
        var harness = try AppHarness(store: store ?? AppHarness.sampleStore(), environment: environment)
        try harness.press("<Enter><Tab><Tab><Tab>jj")
        return harness
    }

    func form(_ harness: AppHarness) -> FormModel? {
        if case let .form(form) = harness.app.modal { form } else { nil }
    }

    @Test("e on the item list puts the cursor on the first decision; e again opens it, and the edit is saved")
    func editDecision() throws {
        var harness = try Self.atItem3()
        try harness.press("e")
        #expect(harness.app.modal == nil)
        #expect(harness.messageLine.contains("j/k choose a decision or action point"))
        try harness.press("e")
        let opened = try #require(form(harness))
        #expect(opened.title == "Decision 1 (item 3)")
        #expect(harness.screen.contains("Prepare a compendium of national practices."))
        try harness.press("<End> Adopted.<Enter>")
        #expect(harness.app.modal == nil)
        #expect(try harness.store.decisions(meeting: .text("RD-2027")).map(\.text) == ["Prepare a compendium of national practices. Adopted."])
        #expect(harness.screen.contains("Adopted."))
        try harness.press("u")
        #expect(try harness.store.decisions(meeting: .text("RD-2027")).map(\.text) == ["Prepare a compendium of national practices."])
    }

    @Test("j moves the cursor onto the action point; d asks, y deletes it as one change, u brings it back")
    func deleteAction() throws {
        var harness = try Self.atItem3()
        try harness.press("ejjj")
        try harness.press("d")
        guard case let .confirm(message, _, _) = harness.app.modal else { Issue.record("no question"); return }
        #expect(message == "Delete action point #1, “Circulate the compendium draft”?")
        try harness.press("n")
        #expect(try harness.store.actions().count == 1)
        try harness.press("dy")
        #expect(try harness.store.actions().isEmpty)
        #expect(harness.messageLine.contains("action remove #1"))
        try harness.press("u")
        #expect(try harness.store.actions().count == 1)
    }

    @Test("d on a decision asks and deletes it; e on the notes opens the editor")
    func deleteDecisionAndNotes() throws {
        var harness = try Self.atItem3(environment: ["EDITOR": "true"])
        try harness.press("ed")
        guard case let .confirm(message, _, _) = harness.app.modal else { Issue.record("no question"); return }
        #expect(message == "Delete decision 1 (item 3), “Prepare a compendium of nationa…”?")
        try harness.press("y")
        #expect(try harness.store.decisions(meeting: .text("RD-2027")).isEmpty)
        try harness.press("ggjjje")
        #expect(harness.performed.contains { if case .editNotes(_, "3", _) = $0 { true } else { false } })
    }

    @Test("decisions are numbered in the meeting, as decision list numbers them, and e opens that number")
    func meetingWideNumbers() throws {
        let store = try AppHarness.sampleStore()
        try store.addDecision(meeting: .text("RD-2027"), item: "1", text: "The meeting was opened at 09:35.")
        var harness = try Self.atItem3(store: store)
        #expect(harness.screen.contains("2. Prepare a compendium"))
        try harness.press("ee")
        #expect(form(harness)?.title == "Decision 2 (item 3)")
    }

    @Test("on approved minutes, e, d, E, D, A and s say the lock's notice at once: no form, question or editor to type into; x still works")
    func approvedRecord() throws {
        let store = try AppHarness.sampleStore()
        _ = try store.approveMinutes(meeting: .text("RD-2027"))
        var harness = try Self.atItem3(store: store)
        for key in ["e", "d", "E", "D", "A", "s"] {
            try harness.press(key)
            let nothingOpen: Bool = if case .none = harness.app.modal { true } else { false }
            #expect(nothingOpen, "\(key)")
            #expect(harness.messageLine.contains("the minutes of RD-2027 are approved; :reopen REASON, or issue a corrigendum"), "\(key)")
        }
        #expect(!harness.performed.contains { if case .editNotes = $0 { true } else { false } })
        #expect(try store.decisions(meeting: .text("RD-2027")).map(\.text) == ["Prepare a compendium of national practices."])
        #expect(try store.actions().count == 1)
        // Follow-up is not record: the action point's status still changes.
        try harness.press("x")
        #expect(try store.action(.id(1)).status == .done)
    }

    @Test("x cycles the status of the action point under the cursor")
    func statusUnderCursor() throws {
        var harness = try Self.atItem3()
        try harness.press("ejjjx")
        #expect(try harness.store.action(.id(1)).status == .done)
    }

    @Test("on an item with no decisions or action points, e and d say how to add them and change nothing")
    func nothingToEdit() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        try harness.press("<Enter><Tab><Tab><Tab>d")
        #expect(harness.app.modal == nil)
        #expect(harness.messageLine.contains("Item 1 has no decisions or action points: D or A adds one"))
    }

    @Test("the action point form changes only what was touched: the due date")
    func editActionDue() throws {
        var harness = try Self.atItem3()
        try harness.press("ejjje")
        let opened = try #require(form(harness))
        #expect(opened.title == "Action point #1")
        #expect(opened.field("owner")?.display == "Ms Ana Souza")
        try harness.press("<Tab><Tab><C-u>2027-05-15<Enter>")
        let action = try harness.store.action(.id(1))
        #expect(action.due == "2027-05-15")
        #expect(action.ownerId == 2 && action.text == "Circulate the compendium draft" && action.itemNumber == "3")
        guard case let .write(.editAction(_, edit)) = harness.performed.last(where: {
            if case .write(.editAction) = $0 { true } else { false }
        }) else { Issue.record("no edit"); return }
        #expect(edit == ActionEdit(due: "2027-05-15"))
    }

    @Test("a long decision shows from its beginning on several rows, with a marker when cut; Esc closes an untouched form")
    func longTextFromItsBeginning() throws {
        let store = try AppHarness.sampleStore()
        let long = "The meeting agreed to " + (1...30).map { "point \($0)" }.joined(separator: ", ") + ", and to report back in 2028."
        try store.editDecision(meeting: .text("RD-2027"), .number(1), text: long)
        var harness = try Self.atItem3(store: store)
        try harness.press("ee")
        #expect(harness.screen.contains("Decision       The meeting agreed to point 1, point 2, point 3"))
        #expect(harness.screen.contains(WrappedTextField.moreBelow))
        #expect(harness.screen.contains("C-e $EDITOR"))
        #expect(AppHarness.damage(in: harness.app.view(size: harness.size)).isEmpty)
        try harness.press("<End>")
        #expect(harness.screen.contains(WrappedTextField.moreAbove))
        #expect(harness.screen.contains("back in 2028."))
        try harness.press("<Esc>")
        #expect(harness.app.modal == nil)
    }

    @Test("C-e opens $EDITOR on the field; its lines come back into the form and are saved as lines")
    func controlEOpensTheEditor() throws {
        try ExternalEditorTests.withFolder { folder in
            let environment = try ExternalEditorTests.editor(in: folder, #"printf 'The meeting decided:\n- to meet again in 2028;\n- 以中文记录.\n' > "$1""#)
            var harness = try Self.atItem3(environment: environment)
            try harness.press("ee<C-e>")
            #expect(harness.performed.contains { if case .editText(current: "Prepare a compendium of national practices.", name: "text.md") = $0 { true } else { false } })
            let edited = try #require(form(harness))
            #expect(edited.field("text")?.value == "The meeting decided:↵- to meet again in 2028;↵- 以中文记录.")
            try harness.press("<Enter>")
            #expect(try harness.store.decisions(meeting: .text("RD-2027")).map(\.text) == ["The meeting decided:\n- to meet again in 2028;\n- 以中文记录."])
            // A multi-line text opens unchanged: saving it untouched writes nothing.
            try harness.press("e<Enter>")
            #expect(harness.messageLine.contains("Nothing to change"))
        }
    }

    @Test("an editor that fails leaves the form open with its text, and says so")
    func failingEditor() throws {
        var harness = try Self.atItem3(environment: ["EDITOR": "false", "PATH": "/usr/bin:/bin"])
        try harness.press("ee<C-e>")
        #expect(form(harness)?.field("text")?.value == "Prepare a compendium of national practices.")
        #expect(harness.messageLine.contains("the text was not changed"))
    }

    @Test("rows break after spaces, anywhere in CJK; the cursor's row stays in view; a full last row puts the cursor on the next")
    func wrapping() {
        var field = TextField("abcdefgh")
        let wrapped = WrappedTextField(field: field)
        #expect(wrapped.rowStarts(width: 3) == [0, 3, 6])
        #expect(wrapped.firstRow(starts: [0, 3, 6], height: 2) == 1)
        field.handle(.home)
        #expect(WrappedTextField(field: field).firstRow(starts: [0, 3, 6], height: 2) == 0)
        #expect(WrappedTextField(field: TextField("abcdef")).rowStarts(width: 3) == [0, 3, 6])
        #expect(WrappedTextField(field: TextField("張偉李")).rowStarts(width: 3) == [0, 1, 2])
        #expect(WrappedTextField(field: TextField("to meet again")).rowStarts(width: 7) == [0, 8])
        #expect(WrappedTextField(field: TextField("to meet again")).rowStarts(width: 5) == [0, 3, 8, 13])
    }
}
