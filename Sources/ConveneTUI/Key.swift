/// A key press. Terminal resizes are events (`Event.resize`), not keys.
///
/// Notation (used in help, config overrides and `--keys` sequences), after Vim:
/// a printable character stands for itself (`q`, `J`, `中`), except space `<Space>` and
/// `<` which is `<lt>`; named keys are `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`,
/// `<Backspace>`, `<Del>`, `<Insert>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<Home>`,
/// `<End>`, `<PgUp>`, `<PgDn>`, `<F1>`…`<F12>` and `<C-a>`…`<C-z>`. Names are read without
/// regard to case, and a few aliases are accepted (`<CR>`, `<Return>`, `<BS>`, `<Delete>`,
/// `<Escape>`, `<PageUp>`, `<PageDown>`, `<BackTab>`).
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including space; shifted letters arrive as capitals.
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 … F12 (values outside that range are never produced).
    case function(Int)
    /// Ctrl with a lower-case letter; Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-H arrive as Tab,
    /// Enter, Enter and Backspace because terminals send the same bytes for them.
    case control(Character)

    public static let space = Key.character(" ")

    /// The canonical notation, e.g. `q`, `<Enter>`, `<C-l>`.
    public var notation: String {
        switch self {
        case .character(" "): return "<Space>"
        case .character("<"): return "<lt>"
        case let .character(character): return String(character)
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .backspace: return "<Backspace>"
        case .delete: return "<Del>"
        case .insert: return "<Insert>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case let .function(number): return "<F\(number)>"
        case let .control(letter): return "<C-\(letter)>"
        }
    }

    public var description: String { notation }

    private static let namedKeys: [String: Key] = [
        "space": .space, "lt": .character("<"),
        "enter": .enter, "cr": .enter, "return": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "bs": .backspace,
        "del": .delete, "delete": .delete, "insert": .insert, "ins": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]

    /// Reads one key in notation: a single printable character or one `<Name>`.
    public init(notation: String) throws(TUIError) {
        let keys = try Key.sequence(notation)
        guard keys.count == 1, let key = keys.first else {
            throw TUIError.invalidKey(notation: notation, reason: "expected exactly one key")
        }
        self = key
    }

    /// Reads a sequence such as `jjj<Enter>a` or `<C-l>?`.
    public static func sequence(_ text: String) throws(TUIError) -> [Key] {
        var keys: [Key] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "<" else {
                guard SafeText.isSafe(String(character)) else {
                    throw TUIError.invalidKey(notation: text, reason: "it contains an unprintable character; write keys like <Enter> or <C-a>")
                }
                keys.append(.character(character))
                index = text.index(after: index)
                continue
            }
            guard let close = text[index...].firstIndex(of: ">") else {
                throw TUIError.invalidKey(notation: text, reason: "'<' is not closed; write <lt> for a literal '<'")
            }
            let name = String(text[text.index(after: index)..<close])
            guard let key = named(name) else {
                throw TUIError.invalidKey(notation: text, reason: "unknown key name <\(name)>")
            }
            keys.append(key)
            index = text.index(after: close)
        }
        return keys
    }

    /// The notation of a sequence: the inverse of `sequence(_:)`.
    public static func notation(of keys: [Key]) -> String {
        keys.map(\.notation).joined()
    }

    /// Ctrl with a letter, as the terminal delivers it (Ctrl-I is Tab, and so on).
    public static func controlKey(_ letter: Character) -> Key {
        switch letter {
        case "i": return .tab
        case "j", "m": return .enter
        case "h": return .backspace
        default: return .control(letter)
        }
    }

    private static func named(_ name: String) -> Key? {
        let lowered = name.lowercased()
        if let key = namedKeys[lowered] { return key }
        if lowered.hasPrefix("c-"), lowered.count == 3, let letter = lowered.last, letter.isASCII, letter.isLetter {
            return controlKey(letter)
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }
}
