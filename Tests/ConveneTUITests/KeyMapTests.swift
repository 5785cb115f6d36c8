import Testing
@testable import ConveneTUI

@Suite("Key map")
struct KeyMapTests {
    static let participants = KeyContext("participants", title: "Participants")

    static func sample() -> KeyMap {
        KeyMap([
            KeyBinding("quit", keys: [.character("q")], "Quit convene"),
            KeyBinding("help", keys: [.character("?"), .function(1)], "Show keys"),
            KeyBinding("redraw", keys: [.control("l")], "Redraw the screen"),
            KeyBinding("undo", keys: [.character("u")], "Undo the last change"),
            KeyBinding("participants.add", keys: [.character("a")], "Add a participant", context: participants),
            KeyBinding("participants.down", keys: [.character("j"), .down], "Next participant", context: participants),
            KeyBinding("participants.search", keys: [.character("/")], "Filter", context: participants),
            KeyBinding("participants.back", keys: [.character("q")], "Back to meetings", context: participants),
        ])
    }

    @Test("a screen's keys are found before the global ones")
    func lookup() {
        let map = Self.sample()
        #expect(map.action(for: .character("q")) == "quit")
        #expect(map.action(for: .character("q"), in: Self.participants) == "participants.back")
        #expect(map.action(for: .function(1), in: Self.participants) == "help")
        #expect(map.action(for: .down, in: Self.participants) == "participants.down")
        #expect(map.action(for: .character("a")) == nil)
        #expect(map.action(for: .character("x"), in: Self.participants) == nil)
        #expect(map.conflicts().isEmpty)
    }

    @Test("help lists the screen's keys, then the global ones")
    func help() {
        let entries = Self.sample().helpEntries(for: Self.participants)
        #expect(entries.first == HelpEntry(keys: "a", description: "Add a participant", action: "participants.add", context: Self.participants))
        #expect(entries.map(\.action).suffix(4) == ["quit", "help", "redraw", "undo"])
        #expect(entries.first { $0.action == "help" }?.keys == "? <F1>")
    }

    @Test("overrides replace an action's keys")
    func overrides() {
        var map = Self.sample()
        let messages = map.applyOverrides(["participants.down": ["n", "<Down>"], "redraw": []])
        #expect(messages.isEmpty)
        #expect(map.action(for: .character("n"), in: Self.participants) == "participants.down")
        #expect(map.action(for: .character("j"), in: Self.participants) == nil)
        #expect(map.action(for: .control("l")) == nil)
        #expect(map.helpEntries().first { $0.action == "redraw" }?.keys == "(unbound)")
    }

    @Test("an override that takes a default key wins and says so")
    func overrideTakesDefaultKey() {
        var map = Self.sample()
        let messages = map.applyOverrides(["redraw": ["u"]])
        #expect(messages == ["u now runs 'redraw' in global; it no longer runs 'undo'"])
        #expect(map.action(for: .character("u")) == "redraw")
        #expect(map.binding(for: "undo")?.keys == [])
    }

    @Test("two overrides on one key in one context are reported and left unbound")
    func conflictingOverrides() {
        var map = Self.sample()
        let messages = map.applyOverrides(["quit": ["x"], "undo": ["x"]])
        #expect(messages == ["x is bound to both 'quit' and 'undo' in global; it is left unbound until one is changed"])
        #expect(map.action(for: .character("x")) == nil)
    }

    @Test("the same key in different contexts is not a conflict")
    func differentContexts() {
        var map = Self.sample()
        #expect(map.applyOverrides(["participants.add": ["u"]]).isEmpty)
        #expect(map.action(for: .character("u"), in: Self.participants) == "participants.add")
        #expect(map.action(for: .character("u")) == "undo")
    }

    @Test("unknown actions and unreadable keys are reported without changing anything")
    func badOverrides() {
        var map = Self.sample()
        let messages = map.applyOverrides(["launch": ["l"], "quit": ["<Nope>"]])
        #expect(messages == [
            "unknown action 'launch' in key overrides",
            "cannot read key '<Nope>': unknown key name <Nope> (for action 'quit'; its keys were not changed)",
        ])
        #expect(map.action(for: .character("q")) == "quit")
    }

    @Test("conflicts in the defaults are found")
    func defaultConflicts() {
        let map = KeyMap([KeyBinding("a", keys: [.enter], "A"), KeyBinding("b", keys: [.enter], "B")])
        #expect(map.conflicts() == ["<Enter> is bound to both 'a' and 'b' in global"])
    }
}
