import Testing
@testable import ConveneTUI

@Suite("Keys and key notation")
struct KeyTests {
    static let everyKind: [Key] = [
        .character("q"), .character("J"), .character("?"), .character("中"), .space, .character("<"), .character(">"),
        .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .up, .down, .left, .right,
        .home, .end, .pageUp, .pageDown, .function(1), .function(12), .control("l"), .control("w"),
    ]

    @Test("every key prints and parses back to itself", arguments: everyKind)
    func roundTrip(key: Key) throws {
        #expect(try Key(notation: key.notation) == key)
    }

    @Test("notation uses the documented names")
    func names() {
        #expect(Key.enter.notation == "<Enter>")
        #expect(Key.backTab.notation == "<S-Tab>")
        #expect(Key.pageDown.notation == "<PgDn>")
        #expect(Key.control("l").notation == "<C-l>")
        #expect(Key.function(1).notation == "<F1>")
        #expect(Key.space.notation == "<Space>")
        #expect(Key.character("J").notation == "J")
    }

    @Test("names are read regardless of case and with aliases")
    func aliases() throws {
        #expect(try Key(notation: "<cr>") == .enter)
        #expect(try Key(notation: "<ESC>") == .escape)
        #expect(try Key(notation: "<c-L>") == .control("l"))
        #expect(try Key(notation: "<PageDown>") == .pageDown)
        #expect(try Key(notation: "<C-i>") == .tab)
        #expect(try Key(notation: "<C-h>") == .backspace)
    }

    @Test("a key sequence splits into characters and named keys")
    func sequence() throws {
        #expect(try Key.sequence("jjj<Enter>a") == [.character("j"), .character("j"), .character("j"), .enter, .character("a")])
        #expect(try Key.sequence("/张伟<Esc><C-l>") == [.character("/"), .character("张"), .character("伟"), .escape, .control("l")])
        #expect(try Key.sequence("") == [])
        let keys = try Key.sequence("a<lt>b<Space><S-Tab>")
        #expect(Key.notation(of: keys) == "a<lt>b<Space><S-Tab>")
    }

    @Test("bad notation is refused with a readable message")
    func badNotation() {
        let error = #expect(throws: TUIError.self) { try Key.sequence("<Foo>") }
        #expect(error == .invalidKey(notation: "<Foo>", reason: "unknown key name <Foo>"))
        #expect(error?.description == "cannot read key '<Foo>': unknown key name <Foo>")
        #expect(throws: TUIError.self) { try Key.sequence("a<Enter") }
        #expect(throws: TUIError.self) { try Key(notation: "ab") }
        #expect(throws: TUIError.self) { try Key(notation: "<F13>") }
        #expect(throws: TUIError.self) { try Key.sequence("a\u{1B}") }
    }

    @Test("get_wch characters map to keys")
    func decodeCharacters() {
        #expect(KeyInput.decode(.character(0x71)) == .key(.character("q")))
        #expect(KeyInput.decode(.character(0x5F20)) == .key(.character("张")))
        #expect(KeyInput.decode(.character(0x0D)) == .key(.enter))
        #expect(KeyInput.decode(.character(0x0A)) == .key(.enter))
        #expect(KeyInput.decode(.character(0x09)) == .key(.tab))
        #expect(KeyInput.decode(.character(0x7F)) == .key(.backspace))
        #expect(KeyInput.decode(.character(0x1B)) == .key(.escape))
        #expect(KeyInput.decode(.character(0x0C)) == .key(.control("l")))
        #expect(KeyInput.decode(.character(0x17)) == .key(.control("w")))
        #expect(KeyInput.decode(.character(0x20)) == .key(.space))
        #expect(KeyInput.decode(.character(0x00)) == .ignored)
        #expect(KeyInput.decode(.character(0x202E)) == .ignored)
        #expect(KeyInput.decode(.character(0xD800)) == .ignored)
    }

    @Test("get_wch key codes map to keys, and resize is an event")
    func decodeKeyCodes() {
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.up)) == .key(.up))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.nextPage)) == .key(.pageDown))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.backTab)) == .key(.backTab))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.deleteCharacter)) == .key(.delete))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.f0 + 1)) == .key(.function(1)))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.f0 + 12)) == .key(.function(12)))
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.f0 + 13)) == .ignored)
        #expect(KeyInput.decode(.keyCode(KeyInput.Code.resize)) == .resize)
        #expect(KeyInput.decode(.keyCode(0o631)) == .ignored)  // KEY_MOUSE
    }
}
