import ConveneCore
import Foundation

/// The frame every screen shares: screen tabs on top, the screen, a message line and the
/// status line (screen, database, main keys); modals are drawn over the screen.
extension ConveneApp {
    /// Draws the frame and the current screen into it. Pure: it reads only the model (the
    /// home directory for `~/` came in through `init`).
    public func view(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard !TooSmallNotice.isTooSmall(size) else {
            TooSmallNotice(size: size).render(into: &buffer, area: buffer.area)
            return buffer
        }
        let layout = AppLayout(size: size)
        TabBar(titles: screens.enumerated().map { "\($0.offset + 1) \($0.element.id.title)" }, selected: current,
               style: .plain, selectedStyle: .selection).render(into: &buffer, area: layout.tabs)
        var context = context(for: current)
        context.layout = layout
        screens[current].render(into: &buffer, area: layout.body, context: context)
        buffer.cursor = nil
        renderMessageLine(into: &buffer, area: layout.message)
        renderStatusLine(into: &buffer, area: layout.status)
        renderModal(into: &buffer, area: layout.body)
        return buffer
    }

    private func renderModal(into buffer: inout ScreenBuffer, area: Rect) {
        switch modal {
        case nil, .command, .prompt:
            break
        case let .help(entries, offset):
            buffer.cursor = nil
            renderHelp(entries, offset: offset, into: &buffer, area: area)
        case let .confirm(message, _, alternative):
            buffer.cursor = nil
            ConfirmDialog(message: message, alternative: alternative.map { "\($0.key) \($0.label)" })
                .render(into: &buffer, area: area)
        case let .form(form):
            FormView(form: form).render(into: &buffer, area: area)
        case let .choice(menu):
            buffer.cursor = nil
            menu.render(into: &buffer, area: area)
        case let .recordPicker(picker):
            FormView(form: picker.form).render(into: &buffer, area: area)
            picker.render(into: &buffer, area: area)
        case let .discard(form):
            FormView(form: form).render(into: &buffer, area: area)
            buffer.cursor = nil
            ConfirmDialog(title: "Unsaved changes", message: "Discard the changes to this form?").render(into: &buffer, area: area)
        case let .meetingPicker(picker):
            picker.render(into: &buffer, area: area, meetings: meetings)
        case let .clausePicker(picker):
            picker.render(into: &buffer, area: area, documents: documents)
        case let .importPreview(preview):
            buffer.cursor = nil
            preview.render(into: &buffer, area: area)
        }
    }

    /// The help overlay's lines in a box as wide as the terminal allows, so that the action
    /// names (what config.toml rebinds) fit at 80 columns.
    private func renderHelp(_ entries: [HelpEntry], offset: Int, into buffer: inout ScreenBuffer, area: Rect) {
        var overlay = HelpOverlay(keyMap: keyMap, title: "Keys: \(screenTitle)", offset: offset)
        overlay.entries = entries
        let box = area.inset(horizontal: area.width >= 120 ? 10 : 0, vertical: 0)
        let inside = Border(title: "Keys: \(screenTitle)  (Esc closes, j/k scroll)").render(into: &buffer, area: box)
        guard !inside.isEmpty else { return }
        let content = inside.inset(horizontal: 1, vertical: 0)
        let lines = overlay.lines(width: content.width).map { line in
            (DisplayWidth.truncate(line, toWidth: content.width), !line.isEmpty && !line.hasPrefix(" ") ? Style.header : Style.plain)
        }
        ScrolledLines(lines: lines, offset: offset).render(into: &buffer, area: content)
    }

    var screenTitle: String { screens[current].title }

    /// The line above the status line: the field being typed in, else the last message,
    /// else a summary of the screen.
    private func renderMessageLine(into buffer: inout ScreenBuffer, area: Rect) {
        func field(_ prefix: String, _ input: TextField, style: Style = .plain) {
            let x = buffer.write(prefix, at: area.origin, style: .bold, clip: area)
            var input = input
            let fieldArea = Rect(x: x, y: area.y, width: area.maxX - x, height: 1)
            input.keepCursorVisible(width: fieldArea.width)
            input.render(into: &buffer, area: fieldArea, style: style)
        }
        switch modal {
        case let .command(input):
            field(":", input)
            return
        case let .prompt(prompt):
            field(prompt.question + " ", prompt.field)
            return
        default:
            break
        }
        if modal == nil, let filter = screens[current].focusedFilter {
            field("/", filter)
            return
        }
        if let message {
            buffer.write(DisplayWidth.truncate(message.text, toWidth: area.width), at: area.origin,
                         style: message.isError ? .error : .plain, clip: area)
            return
        }
        let summary = screens[current].summary(context: context(for: current))
        buffer.write(DisplayWidth.truncate(summary, toWidth: area.width), at: area.origin, style: .muted, clip: area)
    }

    /// Hints for the main keys of the current screen, from the live key map, most useful first.
    var keyHints: [String] {
        let screen = screens[current]
        let actions = screen.keyHints + [(.help, "help"), (.back, screen.canGoBack ? "back" : "quit")]
        return actions.compactMap { action, label in keyMap.hint(action).map { "\($0) \(label)" } }
    }

    /// Screen title, database path and key hints; hints give way before the path does.
    private func renderStatusLine(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: .reverse)
        let titleEnd = buffer.write(" " + screenTitle + "  ", at: area.origin, style: Style([.reverse, .bold]), clip: area)
        let path = Self.displayPath(databasePath, home: home)
        let pathRoom = min(DisplayWidth.of(path), 24)
        var hints = keyHints
        var text = hints.joined(separator: "  ")
        while !hints.isEmpty, titleEnd + pathRoom + 2 + DisplayWidth.of(text) + 1 > area.maxX {
            hints.remove(at: hints.count > 2 ? hints.count - 3 : 0)
            text = hints.joined(separator: "  ")
        }
        let hintsWidth = hints.isEmpty ? 0 : DisplayWidth.of(text) + 1
        if hintsWidth > 0 {
            buffer.write(text, at: Point(x: area.maxX - hintsWidth, y: area.y), style: .reverse, clip: area)
        }
        let room = max(0, area.maxX - titleEnd - hintsWidth - 2)
        buffer.write(Self.shortened(path, toWidth: room), at: Point(x: titleEnd, y: area.y), style: .reverse,
                     clip: Rect(x: titleEnd, y: area.y, width: room, height: 1))
    }

    /// The path with the home directory written `~`.
    static func displayPath(_ path: String, home: String) -> String {
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }

    /// Cuts a path from the left ("…/convene/convene.sqlite") so its file name stays visible.
    static func shortened(_ path: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(path) > width else { return path }
        guard width > 1 else { return "" }
        var characters = Array(path)
        while !characters.isEmpty, DisplayWidth.of(String(characters)) > width - 1 { characters.removeFirst() }
        return "…" + String(characters)
    }
}
