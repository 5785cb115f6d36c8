/// One row with a message on the left and a hint on the right (e.g. "? help  q quit").
/// When both do not fit, the right side is dropped first, then the left is truncated.
public struct StatusLine: Sendable {
    public var left: String
    public var right: String
    public var style: Style

    public init(left: String, right: String = "", style: Style = .reverse) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, style: style)
        let leftText = SafeText.singleLine(left)
        let rightText = SafeText.singleLine(right)
        let rightWidth = DisplayWidth.of(rightText)
        let leftWidth = DisplayWidth.of(leftText)
        var leftSpace = line.width
        if !rightText.isEmpty, leftWidth + 2 + rightWidth <= line.width {
            buffer.write(rightText, at: Point(x: line.maxX - rightWidth, y: line.y), style: style, clip: line)
            leftSpace = line.width - rightWidth - 2
        }
        buffer.write(DisplayWidth.truncate(leftText, toWidth: leftSpace), at: line.origin, style: style, clip: line)
    }
}
