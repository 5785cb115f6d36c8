/// A centred yes/no question ("Remove participant 张伟?"). `y` answers yes; `n` and Esc
/// answer no; other keys are ignored while the dialog is open.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var message: String
    /// A third answer's prompt ("p yes, and …"), shown on its own line above the usual one.
    public var alternative: String?

    public init(title: String = "Confirm", message: String, alternative: String? = nil) {
        self.title = title
        self.message = message
        self.alternative = alternative
    }

    public static let prompt = "y yes   n no"

    /// true for yes, false for no, nil for a key that does not answer.
    public static func answer(for key: Key) -> Bool? {
        switch key {
        case .character("y"), .character("Y"): return true
        case .character("n"), .character("N"), .escape: return false
        default: return nil
        }
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let text = SafeText.singleLine(message)
        let extra = alternative.map(SafeText.singleLine)
        let contentWidth = max(DisplayWidth.of(text), DisplayWidth.of(Self.prompt), DisplayWidth.of(title) + 2,
                               extra.map(DisplayWidth.of) ?? 0)
        let box = area.centred(Size(width: contentWidth + 4, height: extra == nil ? 6 : 7))
        let inside = Border(title: title, style: .plain).render(into: &buffer, area: box)
        guard !inside.isEmpty else { return }
        let rows = inside.inset(horizontal: 1, vertical: 0)
        buffer.write(DisplayWidth.truncate(text, toWidth: rows.width), at: rows.origin, clip: rows)
        if let extra {
            buffer.write(DisplayWidth.truncate(extra, toWidth: rows.width), at: Point(x: rows.x, y: rows.maxY - 2),
                         style: .accent, clip: rows)
        }
        buffer.write(Self.prompt, at: Point(x: rows.x, y: rows.maxY - 1), style: .accent, clip: rows)
    }
}
