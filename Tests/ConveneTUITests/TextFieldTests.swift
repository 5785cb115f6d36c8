import Testing
@testable import ConveneTUI

@Suite("Text field")
struct TextFieldTests {
    func type(_ text: String, into field: inout TextField) {
        for character in text { field.handle(.character(character)) }
    }

    @Test("typing CJK and Backspace remove whole characters")
    func cjkBackspace() {
        var field = TextField()
        type("张伟明", into: &field)
        #expect(field.text == "张伟明")
        field.handle(.backspace)
        #expect(field.text == "张伟")
        #expect(field.cursor == 2)
    }

    @Test("Backspace removes a letter with its accent")
    func accents() {
        var field = TextField("Jose\u{301}")
        #expect(field.characters.count == 4)
        field.handle(.backspace)
        #expect(field.text == "Jos")
        field.insert("e")
        field.insert("\u{301}")
        // Swift compares strings by canonical equivalence: this holds for é written either way.
        #expect(field.text == "Jos\u{E9}")
        #expect(field.characters.count == 4)
    }

    @Test("cursor movement, Delete, Home and End work by character")
    func movement() {
        var field = TextField("李娜 Li")
        field.handle(.home)
        field.handle(.right)
        field.handle(.delete)
        #expect(field.text == "李 Li")
        field.handle(.end)
        field.handle(.left)
        field.insert("中")
        #expect(field.text == "李 L中i")
        #expect(field.handle(.enter) == false)
        #expect(field.handle(.up) == false)
    }

    @Test("Ctrl-U clears and Ctrl-W deletes the previous word")
    func killKeys() {
        var field = TextField("Regional dialogue  ")
        field.handle(.control("w"))
        #expect(field.text == "Regional ")
        field.handle(.control("w"))
        #expect(field.text == "")
        field.setText("abc")
        field.handle(.control("u"))
        #expect(field.text == "" && field.cursor == 0)
    }

    @Test("pasted control characters and line breaks are stored as visible stand-ins")
    func pasteIsSafe() {
        var field = TextField()
        field.insert("a\u{1B}[31m\nb")
        #expect(field.text == "a␛[31m↵b")
    }

    @Test("the view scrolls so the cursor stays visible")
    func scrolling() {
        var field = TextField("国际电信联盟第174号决议")
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let cursor = field.render(into: &buffer, area: Rect(x: 0, y: 0, width: 10, height: 1))
        #expect(buffer.lines() == ["174号决议"])
        #expect(cursor == Point(x: 9, y: 0))
        #expect(buffer.cursor == Point(x: 9, y: 0))
        field.handle(.home)
        field.keepCursorVisible(width: 10)
        buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        field.render(into: &buffer, area: Rect(x: 0, y: 0, width: 10, height: 1))
        #expect(buffer.lines() == ["国际电信联"])
        #expect(buffer.cursor == Point(x: 0, y: 0))
    }

    @Test("moving left keeps the scroll position until the cursor reaches the edge")
    func stableScrolling() {
        var field = TextField("abcdefghijklmnop")
        field.keepCursorVisible(width: 5)
        #expect(field.visibleStart(width: 5) == 12)
        field.handle(.left)
        field.keepCursorVisible(width: 5)
        #expect(field.visibleStart(width: 5) == 12)
        for _ in 0..<4 { field.handle(.left) }
        field.keepCursorVisible(width: 5)
        #expect(field.visibleStart(width: 5) == 11)
    }

    @Test("an unfocused field shows no cursor")
    func unfocused() {
        let field = TextField("x")
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        #expect(field.render(into: &buffer, area: buffer.area, focused: false) == nil)
        #expect(buffer.cursor == nil)
    }
}
