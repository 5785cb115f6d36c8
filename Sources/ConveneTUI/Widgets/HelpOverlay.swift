/// The `?` screen: every key that works here, from the live key map, in a framed box.
/// Screen-specific keys come first, then a "Global" section. Scrolls with `offset`.
public struct HelpOverlay: Sendable {
    public var entries: [HelpEntry]
    public var title: String
    public var offset: Int

    public init(keyMap: KeyMap, context: KeyContext = .global, title: String = "Keys", offset: Int = 0) {
        self.entries = keyMap.helpEntries(for: context)
        self.title = title
        self.offset = offset
    }

    /// The lines shown inside the frame: a section title whenever the context changes, then
    /// "keys  description" with the keys padded to one column.
    public func lines(width: Int) -> [String] {
        let keyWidth = min(max(6, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0), max(6, width / 3))
        var lines: [String] = []
        var section: KeyContext?
        for entry in entries {
            if entry.context != section {
                if section != nil { lines.append("") }
                lines.append(entry.context.title)
                section = entry.context
            }
            lines.append("  " + DisplayWidth.pad(entry.keys, toWidth: keyWidth) + "  " + entry.description)
        }
        return lines
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = area.inset(horizontal: area.width >= 70 ? 6 : 1, vertical: area.height >= 20 ? 2 : 0)
        let inside = Border(title: title + "  (Esc closes)").render(into: &buffer, area: box)
        guard !inside.isEmpty else { return }
        let content = inside.inset(horizontal: 1, vertical: 0)
        let all = lines(width: content.width)
        let start = min(max(0, offset), max(0, all.count - content.height))
        for (row, line) in all.dropFirst(start).prefix(content.height).enumerated() {
            let isSection = !line.isEmpty && !line.hasPrefix(" ")
            buffer.write(DisplayWidth.truncate(line, toWidth: content.width), at: Point(x: content.x, y: content.y + row),
                         style: isSection ? .header : .plain, clip: content)
        }
    }
}
