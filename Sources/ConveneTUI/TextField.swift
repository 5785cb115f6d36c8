/// Single-line text editing by grapheme cluster, so a CJK character or an accented letter is
/// one step for the cursor and for Backspace.
///
/// Keys: printable characters insert; Backspace and Delete remove one character; Left/Right,
/// Home/End (also Ctrl-A/Ctrl-E) move; Ctrl-U clears the field; Ctrl-W deletes the word
/// before the cursor; Ctrl-K deletes to the end.
///
/// The field scrolls horizontally so the cursor stays visible. `render` always shows the
/// cursor even when `scrollOffset` is stale; call `keepCursorVisible(width:)` after editing
/// so scrolling is stable rather than recomputed from the start each frame.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index of the character the cursor is before (0…count).
    public private(set) var cursor: Int
    /// Index of the first character shown.
    public private(set) var scrollOffset: Int = 0

    public init(_ text: String = "") {
        characters = Array(SafeText.singleLine(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Inserts text at the cursor; line breaks and control characters become visible
    /// stand-ins, so a paste can never put raw control bytes into stored text.
    public mutating func insert(_ text: String) {
        // Sanitise together with the character before the cursor, so that a combining mark
        // typed after a base joins it instead of being shown on its own.
        let start = max(0, cursor - 1)
        let inserted = Array(SafeText.singleLine(String(characters[start..<cursor]) + text))
        characters.replaceSubrange(start..<cursor, with: inserted)
        cursor = start + inserted.count
        normaliseClusters()
    }

    public mutating func setText(_ text: String) {
        characters = Array(SafeText.singleLine(text))
        cursor = characters.count
        scrollOffset = 0
    }

    /// Applies an editing key; returns false for keys the field does not use (Enter, Esc,
    /// Tab, Up, …) so the caller can handle them.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(character):
            insert(String(character))
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .control("u"):
            characters.removeAll()
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            deleteWordBeforeCursor()
        default:
            return false
        }
        return true
    }

    private mutating func deleteWordBeforeCursor() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private mutating func normaliseClusters() {
        let before = characters.count
        let merged = Array(String(characters))
        guard merged.count != before else { return }
        let cursorText = String(characters[..<cursor])
        characters = merged
        cursor = min(merged.count, cursorText.count)
    }

    /// Remembers the scroll position that keeps the cursor visible in `width` columns.
    public mutating func keepCursorVisible(width: Int) {
        scrollOffset = visibleStart(width: width)
    }

    /// The first character to show so that the cursor (one column after the text at the end)
    /// is inside `width` columns, moving as little as possible from `scrollOffset`.
    public func visibleStart(width: Int) -> Int {
        guard width > 0 else { return cursor }
        var start = min(scrollOffset, cursor)
        let cursorWidth = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        var used = columns(from: start, to: cursor) + cursorWidth
        while used > width, start < cursor {
            used -= DisplayWidth.of(characters[start])
            start += 1
        }
        return start
    }

    private func columns(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return characters[start..<end].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Draws the visible part of the text on the first row of `area`; when focused, sets the
    /// buffer's cursor to where typing goes and returns that position.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect, style: Style = .plain, focused: Bool = true) -> Point? {
        guard !area.isEmpty else { return nil }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let start = visibleStart(width: line.width)
        buffer.write(String(characters[start...]), at: line.origin, style: style, clip: line)
        guard focused else { return nil }
        let position = Point(x: min(line.maxX - 1, line.x + columns(from: start, to: cursor)), y: line.y)
        buffer.cursor = position
        return position
    }
}
