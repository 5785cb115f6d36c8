import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Redo makes again what undo reverted, one's own undos only")
struct RedoTests {
    static let olga = ChangeAuthor(user: "olga", host: "registry-1")
    static let wei = ChangeAuthor(user: "wei", host: "registry-1")

    @Test("undo twice, redo twice: both changes are back, newest undo first; then nothing to redo")
    func redoWalksForward() throws {
        let store = try TestSupport.memoryStore().acting(as: Self.olga)
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        let li = try store.addParticipant(ParticipantDraft(givenName: "明", familyName: "李"))
        try store.undo()
        try store.undo()
        #expect(try store.participants().isEmpty)
        #expect(try store.redo() == "participant add #\(ana) Ana Souza")
        #expect(try store.participants().map(\.id) == [ana])
        #expect(try store.redo() == "participant add #\(li) 李明")
        #expect(Set(try store.participants().map(\.id)) == [ana, li])
        #expect(throws: ConveneError.refused("nothing to redo: redo makes again what undo reverted, until you make a new change")) {
            try store.redo()
        }
    }

    @Test("a redo can be undone and redone again")
    func redoIsUndoable() throws {
        let store = try TestSupport.memoryStore().acting(as: Self.olga)
        let ana = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try store.undo()
        try store.redo()
        #expect(try store.undo() == "redo: participant add #\(ana) Ana Souza")
        #expect(try store.participants().isEmpty)
        try store.redo()
        #expect(try store.participants().map(\.id) == [ana])
        #expect(try store.history(limit: 1).first?.summary == "redo: redo: participant add #\(ana) Ana Souza")
    }

    @Test("a new change after an undo leaves nothing to redo")
    func newChangeEndsRedo() throws {
        let store = try TestSupport.memoryStore().acting(as: Self.olga)
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try store.undo()
        _ = try store.addParticipant(ParticipantDraft(givenName: "Kwame", familyName: "Mensah"))
        #expect(throws: ConveneError.self) { try store.redo() }
        #expect(try store.participants().map(\.name) == ["Kwame Mensah"])
    }

    @Test("redo takes only one's own undos")
    func ownRedo() throws {
        let shared = try TestSupport.memoryStore()
        let olga = shared.acting(as: Self.olga), wei = shared.acting(as: Self.wei)
        _ = try olga.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        try olga.undo()
        #expect(throws: ConveneError.self) { try wei.redo() }
        #expect(try olga.redo() == "participant add #1 Ana Souza")
    }
}
