/// What ncurses `get_wch` delivers: a character, or a `KEY_*` code when it returns
/// `KEY_CODE_YES`.
public enum RawKeyInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// The meaning of one raw input.
public enum DecodedInput: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; ask the terminal for the new size.
    case resize
    /// Something without a meaning here (mouse, unknown function keys, stray controls).
    case ignored
}

/// Maps ncurses input to keys without calling ncurses, so the mapping is tested directly.
/// The `KEY_*` values are fixed by the curses ABI; a test checks them against the header.
public enum KeyInput {
    public enum Code {
        public static let down: Int32 = 0o402
        public static let up: Int32 = 0o403
        public static let left: Int32 = 0o404
        public static let right: Int32 = 0o405
        public static let home: Int32 = 0o406
        public static let backspace: Int32 = 0o407
        /// `KEY_F(n)` is `f0 + n`.
        public static let f0: Int32 = 0o410
        public static let deleteCharacter: Int32 = 0o512
        public static let insertCharacter: Int32 = 0o513
        public static let nextPage: Int32 = 0o522
        public static let previousPage: Int32 = 0o523
        public static let enter: Int32 = 0o527
        public static let backTab: Int32 = 0o541
        public static let end: Int32 = 0o550
        public static let resize: Int32 = 0o632
    }

    public static func decode(_ input: RawKeyInput) -> DecodedInput {
        switch input {
        case let .character(value): return decodeCharacter(value)
        case let .keyCode(code): return decodeKeyCode(code)
        }
    }

    static func decodeCharacter(_ value: UInt32) -> DecodedInput {
        switch value {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return .key(.escape)
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(0x60 + value) else { return .ignored }
            return .key(Key.controlKey(Character(letter)))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            let character = Character(scalar)
            // Stray format or bidi characters are not keys a user meant to type.
            guard SafeText.isSafe(String(character)) else { return .ignored }
            return .key(.character(character))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> DecodedInput {
        switch code {
        case Code.resize: return .resize
        case Code.down: return .key(.down)
        case Code.up: return .key(.up)
        case Code.left: return .key(.left)
        case Code.right: return .key(.right)
        case Code.home: return .key(.home)
        case Code.end: return .key(.end)
        case Code.backspace: return .key(.backspace)
        case Code.deleteCharacter: return .key(.delete)
        case Code.insertCharacter: return .key(.insert)
        case Code.nextPage: return .key(.pageDown)
        case Code.previousPage: return .key(.pageUp)
        case Code.enter: return .key(.enter)
        case Code.backTab: return .key(.backTab)
        case (Code.f0 + 1)...(Code.f0 + 12): return .key(.function(Int(code - Code.f0)))
        default: return .ignored
        }
    }
}
