/// Every failure of the terminal layer, with a sentence written for the user.
public enum TUIError: Error, Equatable, CustomStringConvertible {
    /// A key or key sequence in notation that cannot be read.
    case invalidKey(notation: String, reason: String)
    /// There is no terminal to draw on (not a tty, unknown TERM, …).
    case noTerminal(String)

    public var description: String {
        switch self {
        case let .invalidKey(notation, reason):
            return "cannot read key '\(notation)': \(reason)"
        case let .noTerminal(reason):
            return "convene needs an interactive terminal: \(reason)"
        }
    }
}
