/// Text attributes every terminal understands.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// What a piece of text is, rather than which colour it has. The backend picks colours
/// when the terminal has them and `NO_COLOR` is unset, and attributes otherwise.
public enum ColorRole: Hashable, Sendable, CaseIterable {
    case header, selection, warning, error, muted, accent

    /// The attributes that stand in for the colour on a monochrome terminal, chosen so each
    /// role stays distinguishable without colour.
    public var monochromeAttributes: TextAttributes {
        switch self {
        case .header: return [.bold]
        case .selection: return [.reverse]
        case .warning: return [.bold]
        case .error: return [.bold, .underline]
        case .muted: return [.dim]
        case .accent: return [.underline]
        }
    }
}

/// How a cell looks: attributes plus an optional semantic colour role.
public struct Style: Hashable, Sendable {
    public var attributes: TextAttributes
    public var role: ColorRole?

    public init(_ attributes: TextAttributes = [], role: ColorRole? = nil) {
        self.attributes = attributes
        self.role = role
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let reverse = Style(.reverse)
    public static let header = Style(role: .header)
    public static let selection = Style(role: .selection)
    public static let warning = Style(role: .warning)
    public static let error = Style(role: .error)
    public static let muted = Style(role: .muted)
    public static let accent = Style(role: .accent)

    /// The attributes to use when colours are off: the explicit ones plus the role's stand-in.
    public var monochromeAttributes: TextAttributes {
        attributes.union(role?.monochromeAttributes ?? [])
    }

    public func adding(_ extra: TextAttributes) -> Style {
        Style(attributes.union(extra), role: role)
    }
}

/// One screen cell. A character wider than one column (CJK: 2; a conjunct or a family emoji:
/// the sum of its code points' widths) occupies its cell and continuation cells to its right
/// that draw nothing.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown here; a space for blanks and continuation cells.
    public var character: Character
    /// The columns the character takes (1 or more) for a visible cell, 0 for a continuation cell.
    public var width: Int
    public var style: Style

    public init(_ character: Character, width: Int, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ", width: 1)

    public static func blank(_ style: Style) -> Cell { Cell(" ", width: 1, style: style) }

    public static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
