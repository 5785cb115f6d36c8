/// Draws a form as a framed box: one row per field, "Label  value  message" (a long text
/// wrapped on several rows, as wide as the box), the focused field's value highlighted and
/// the cursor in it, then a line of keys.
struct FormView {
    var form: FormModel

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = min(area.width, 76)
        let heights = form.fields.map(\.rows)
        let height = min(area.height, heights.reduce(0, +) + 5)
        let box = area.centred(Size(width: width, height: height))
        let inside = Border(title: form.title).render(into: &buffer, area: box)
        guard inside.height >= 2, inside.width >= 10 else { return }
        let content = inside.inset(horizontal: 1, vertical: 0)
        let labelWidth = min(14, max(8, content.width / 5))
        let valueWidth = max(8, min(34, content.width - labelWidth - 2 - 26))
        let fieldRows = max(0, content.height - 3)
        // Scroll the fields when the terminal is too short to show them all: the first shown
        // is the first from which the focused one fits.
        var first = 0
        while first < form.focus, heights[first...form.focus].reduce(0, +) > fieldRows { first += 1 }
        var cursor: Point?
        var y = content.y
        for index in first..<form.fields.count {
            let field = form.fields[index]
            let rows = min(field.rows, content.y + fieldRows - y)
            guard rows > 0 else { break }
            defer { y += rows }
            let focused = index == form.focus
            buffer.write(DisplayWidth.pad(DisplayWidth.truncate(field.label, toWidth: labelWidth), toWidth: labelWidth),
                         at: Point(x: content.x, y: y), style: focused ? .bold : .plain, clip: content)
            let valueArea = Rect(x: content.x + labelWidth + 1, y: y, width: valueWidth, height: 1).intersection(content)
            if field.picker != nil {
                buffer.fill(valueArea, style: focused ? .selection : .muted)
                let text = field.display.isEmpty ? (focused ? "type to search" : "") : field.display
                buffer.write(DisplayWidth.truncate(text, toWidth: valueArea.width), at: valueArea.origin,
                             style: focused ? (field.display.isEmpty ? Style(.dim, role: .selection) : .selection) : .plain, clip: valueArea)
            } else if let choices = field.choices {
                let shown = field.value.isEmpty ? "(none)" : field.value
                let arrows = choices.count > 1 ? "‹ \(shown) ›" : shown
                buffer.fill(valueArea, style: focused ? .selection : .muted)
                buffer.write(arrows, at: valueArea.origin, style: focused ? .selection : .plain, clip: valueArea)
            } else if field.rows > 1 {
                let textArea = Rect(x: valueArea.x, y: y, width: content.maxX - valueArea.x, height: rows).intersection(content)
                let shown = WrappedTextField(field: field.input)
                if focused {
                    cursor = shown.render(into: &buffer, area: textArea, style: .selection, focused: true)
                    if field.value.isEmpty, !field.hint.isEmpty {
                        buffer.write(field.hint, at: Point(x: textArea.x + 1, y: y), style: Style(.dim, role: .selection), clip: textArea)
                    }
                } else {
                    shown.render(into: &buffer, area: textArea, style: .muted, focused: false)
                }
                continue
            } else if focused {
                var input = field.input
                input.keepCursorVisible(width: valueArea.width)
                cursor = input.render(into: &buffer, area: valueArea, style: .selection, focused: true)
                if field.value.isEmpty, !field.hint.isEmpty {
                    buffer.write(field.hint, at: Point(x: valueArea.x + 1, y: y), style: Style(.dim, role: .selection), clip: valueArea)
                }
            } else {
                buffer.fill(valueArea, style: .muted)
                buffer.write(DisplayWidth.truncate(field.value, toWidth: valueArea.width), at: valueArea.origin, clip: valueArea)
            }
            if let error = field.error {
                let errorArea = Rect(x: valueArea.maxX + 1, y: y, width: content.maxX - valueArea.maxX - 1, height: 1)
                buffer.write(DisplayWidth.truncate("✗ " + error, toWidth: errorArea.width), at: errorArea.origin, style: .error, clip: errorArea)
            }
        }
        let messageRow = content.row(content.height - 2)
        if let error = form.error {
            buffer.write(DisplayWidth.truncate(error, toWidth: messageRow.width), at: messageRow.origin, style: .error, clip: messageRow)
        } else if form.fields.indices.contains(form.focus), let error = form.fields[form.focus].error {
            buffer.write(DisplayWidth.truncate(form.fields[form.focus].label + ": " + error, toWidth: messageRow.width),
                         at: messageRow.origin, style: .error, clip: messageRow)
        }
        let keysRow = content.row(content.height - 1)
        let focusedField = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil
        let choiceHint = focusedField?.picker != nil ? "  type: pick" : focusedField?.choices != nil ? "  ←/→ choose"
            : (focusedField?.rows ?? 1) > 1 ? "  C-e $EDITOR" : ""
        buffer.write("Tab next  S-Tab previous  Enter save  Esc cancel" + choiceHint, at: keysRow.origin, style: .accent, clip: keysRow)
        buffer.cursor = cursor
    }
}
