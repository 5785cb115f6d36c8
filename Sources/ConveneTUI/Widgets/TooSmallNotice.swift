/// Shown instead of the app when the terminal is below the minimum size. Works at any size
/// down to 1×1 (and 0×0) by dropping lines and truncating.
public struct TooSmallNotice: Sendable {
    public static let minimumSize = Size(width: 60, height: 16)

    public var size: Size
    public var minimum: Size

    public init(size: Size, minimum: Size = TooSmallNotice.minimumSize) {
        self.size = size
        self.minimum = minimum
    }

    public static func isTooSmall(_ size: Size, minimum: Size = minimumSize) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    public var lines: [String] {
        ["Terminal too small", "need \(minimum), have \(size)", "enlarge the window or press q"]
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let shown = Array(lines.prefix(area.height))
        let block = area.centred(Size(width: area.width, height: shown.count))
        for (index, line) in shown.enumerated() {
            let text = DisplayWidth.truncate(line, toWidth: block.width)
            let x = block.x + (block.width - DisplayWidth.of(text)) / 2
            buffer.write(text, at: Point(x: x, y: block.y + index), style: index == 0 ? .warning : .plain, clip: area)
        }
    }
}
