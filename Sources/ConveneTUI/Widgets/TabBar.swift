/// A row of tab titles with the selected one highlighted. Titles that do not fit are cut
/// with an ellipsis; the selected tab is always kept in view. When the padded titles do not
/// all fit, they lose their padding first.
public struct TabBar: Sendable {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var selectedStyle: Style

    public init(titles: [String], selected: Int, style: Style = .plain, selectedStyle: Style = .selection) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, style: style)
        // Padded titles when they all fit; else bare ones, so that six screens' tabs fit in 80 columns.
        let padded = titles.map { " " + SafeText.singleLine($0) + " " }
        let fits = padded.reduce(0) { $0 + DisplayWidth.of($1) + 1 } <= line.width
        let labels = fits ? padded : titles.map { SafeText.singleLine($0) }
        // Start early enough that the selected tab ends inside the row.
        var first = 0
        if titles.indices.contains(selected) {
            while first < selected, labels[first...selected].reduce(0, { $0 + DisplayWidth.of($1) + 1 }) > line.width {
                first += 1
            }
        }
        var x = line.x
        for index in first..<labels.count {
            guard x < line.maxX else { break }
            let label = DisplayWidth.truncate(labels[index], toWidth: line.maxX - x)
            x = buffer.write(label, at: Point(x: x, y: line.y), style: index == selected ? selectedStyle : style, clip: line)
            if x < line.maxX {
                x = buffer.write("│", at: Point(x: x, y: line.y), style: style.adding(.dim), clip: line)
            }
        }
    }
}
