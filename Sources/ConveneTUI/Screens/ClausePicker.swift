import ConveneCore

/// Links resolution clauses to an agenda item: search as you type over the corpus, Space
/// links or unlinks the selected clause (each is saved at once), the clause text below.
struct ClausePicker: Sendable {
    var meeting: Int64
    var item: String
    var itemTitle: String
    var linked: [String]
    var field = TextField()
    /// False while typing the search; true while moving in the results (Space then toggles).
    var inList = false
    var cursor = ListCursor()
    var results: [Clause] = []

    init(meeting: Int64, item: String, itemTitle: String, linked: [String]) {
        self.meeting = meeting
        self.item = item
        self.itemTitle = itemTitle
        self.linked = linked
    }

    var selected: Clause? {
        results.indices.contains(cursor.selected) ? results[cursor.selected] : nil
    }
}

extension ConveneApp {
    mutating func handleClausePicker(_ picker: inout ClausePicker, _ key: Key) -> [AppEffect] {
        var effects: [AppEffect] = []
        let action = keyMap.action(for: key, in: [AppKeys.clausePicker])
        switch key {
        case .down, .control("n"):
            picker.inList = true
            picker.cursor.move(by: 1, count: picker.results.count)
        case .up, .control("p"):
            picker.cursor.move(by: -1, count: picker.results.count)
        case .pageDown:
            picker.inList = true
            picker.cursor.move(by: page / 2, count: picker.results.count)
        case .pageUp:
            picker.cursor.move(by: -page / 2, count: picker.results.count)
        case .tab, .backTab:
            picker.inList.toggle()
        default:
            if action == "clauses.close" {
                modal = nil
                return []
            }
            if action == "clauses.toggle", picker.inList, let clause = picker.selected {
                let isLinked = picker.linked.contains(clause.key)
                effects.append(.write(.linkClause(meeting: picker.meeting, number: picker.item, key: clause.key, linked: !isLinked)))
            } else {
                let before = picker.field.text
                picker.inList = false
                picker.field.handle(key)
                if picker.field.text != before {
                    picker.cursor.moveTo(0, count: 0)
                    effects.append(.searchClauses(picker.field.text))
                }
            }
        }
        picker.cursor.keepVisible(rows: max(1, size.height - 14), count: picker.results.count)
        modal = .clausePicker(picker)
        return effects
    }

    /// Keeps an open picker's links in step with the reloaded agenda.
    mutating func refreshClausePicker() {
        guard case var .clausePicker(picker) = modal,
              let row = workspaceData?.agenda.items.first(where: { $0.number == picker.item }) else { return }
        picker.linked = row.clauses
        modal = .clausePicker(picker)
    }

    func renderClausePicker(_ picker: ClausePicker, into buffer: inout ScreenBuffer, area: Rect) {
        let box = area.inset(horizontal: area.width >= 70 ? 2 : 0, vertical: 0)
        let inside = Border(title: "Clauses for item \(picker.item) \(picker.itemTitle)").render(into: &buffer, area: box)
        guard inside.height >= 6 else { return }
        let content = inside.inset(horizontal: 1, vertical: 0)
        let textHeight = min(8, max(3, content.height / 3))
        let rows = content.splitRows([.fixed(1), .fill, .fixed(1), .fixed(textHeight), .fixed(1)])
        buffer.write("Search: ", at: rows[0].origin, style: .bold, clip: rows[0])
        let fieldArea = Rect(x: rows[0].x + 8, y: rows[0].y, width: rows[0].width - 8, height: 1)
        var field = picker.field
        field.keepCursorVisible(width: fieldArea.width)
        field.render(into: &buffer, area: fieldArea, style: picker.inList ? .muted : .selection, focused: !picker.inList)
        let cursorPosition = buffer.cursor
        let results = picker.results
        let linked = Set(picker.linked)
        let marks = Set(results.indices.filter { linked.contains(results[$0].key) })
        TableView(columns: [
            TableColumn("Clause", width: .flexible(minimum: 12, weight: 2)),
            TableColumn("Text", width: .flexible(minimum: 10, weight: 3)),
        ], rowCount: results.count, row: { index in
            [results[index].key, results[index].text]
        }, selected: picker.inList ? picker.cursor.selected : nil, marked: marks, offset: picker.cursor.offset,
           showsHeader: false, showsMarks: true).render(into: &buffer, area: rows[1])
        if results.isEmpty {
            buffer.write(documents.isEmpty ? "Loading the resolutions…" : "No clause matches.", at: rows[1].origin, style: .muted, clip: rows[1])
        }
        buffer.write(String(repeating: "─", count: rows[2].width), at: rows[2].origin, style: .muted, clip: rows[2])
        let shown = picker.selected ?? (picker.inList ? nil : results.first)
        if let clause = shown {
            let citation = documents.first { $0.id == clause.documentId }.map { ResolutionCitation.plain(clause, in: $0) } ?? clause.key
            let state = linked.contains(clause.key) ? "[✓] " : "[ ] "
            let lines = [(state + citation, Style.bold)] + TextWrap.wrap(clause.text, width: rows[3].width).map { ($0, Style.plain) }
            for (index, line) in lines.prefix(rows[3].height).enumerated() {
                buffer.write(line.0, at: Point(x: rows[3].x, y: rows[3].y + index), style: line.1, clip: rows[3])
            }
        }
        let hint = picker.inList ? "Space link/unlink  type to search  Enter close" : "type to search  ↓ choose  Enter close"
        buffer.write(hint, at: rows[4].origin, style: .accent, clip: rows[4])
        buffer.cursor = picker.inList ? nil : cursorPosition
    }
}
