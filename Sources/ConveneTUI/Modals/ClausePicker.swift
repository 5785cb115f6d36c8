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

    /// The picker's parts in the body of the frame: the search row, the results, a rule, the
    /// clause text and the hint. Used both to draw and to scroll the results.
    struct Parts {
        var search: Rect
        var results: Rect
        var rule: Rect
        var text: Rect
        var hint: Rect

        /// The frame around the parts.
        static func box(in body: Rect) -> Rect {
            body.inset(horizontal: body.width >= 70 ? 2 : 0, vertical: 0)
        }

        init?(body: Rect) {
            let inside = Self.box(in: body).inset(by: 1)
            guard inside.height >= 6 else { return nil }
            let content = inside.inset(horizontal: 1, vertical: 0)
            let textHeight = min(8, max(3, content.height / 3))
            let rows = content.splitRows([.fixed(1), .fill, .fixed(1), .fixed(textHeight), .fixed(1)])
            (search, results, rule, text, hint) = (rows[0], rows[1], rows[2], rows[3], rows[4])
        }
    }

    /// How many results show in a body of this size.
    static func resultRows(in body: Rect) -> Int {
        max(1, Parts(body: body)?.results.height ?? 1)
    }

    /// Handles a key; returns whether the picker stays open and what the app should do.
    mutating func handle(_ key: Key, action: Action?, page: Int, visibleRows: Int) -> (staysOpen: Bool, Outcome) {
        var effects: [AppEffect] = []
        switch key {
        case .down, .control("n"):
            inList = true
            cursor.move(by: 1, count: results.count)
        case .up, .control("p"):
            cursor.move(by: -1, count: results.count)
        case .pageDown:
            inList = true
            cursor.move(by: page / 2, count: results.count)
        case .pageUp:
            cursor.move(by: -page / 2, count: results.count)
        case .tab, .backTab:
            inList.toggle()
        default:
            if action == .clausesClose { return (false, .handled) }
            if action == .clausesToggle, inList, let clause = selected {
                let isLinked = linked.contains(clause.key)
                effects.append(.write(.linkClause(meeting: meeting, number: item, key: clause.key, linked: !isLinked)))
            } else {
                let before = field.text
                inList = false
                field.handle(key)
                if field.text != before {
                    cursor.moveTo(0, count: 0)
                    effects.append(.searchClauses(field.text))
                }
            }
        }
        cursor.keepVisible(rows: visibleRows, count: results.count)
        return (true, Outcome(effects: effects))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, documents: [ResolutionDocument]) {
        Border(title: "Clauses for item \(item) \(itemTitle)").render(into: &buffer, area: Parts.box(in: area))
        guard let parts = Parts(body: area) else { return }
        let search = parts.search
        buffer.write("Search: ", at: search.origin, style: .bold, clip: search)
        let fieldArea = Rect(x: search.x + 8, y: search.y, width: search.width - 8, height: 1)
        var field = field
        field.keepCursorVisible(width: fieldArea.width)
        field.render(into: &buffer, area: fieldArea, style: inList ? .muted : .selection, focused: !inList)
        let cursorPosition = buffer.cursor
        let results = results
        let linked = Set(linked)
        let marks = Set(results.indices.filter { linked.contains(results[$0].key) })
        TableView(columns: [
            TableColumn("Clause", width: .flexible(minimum: 12, weight: 2)),
            TableColumn("Text", width: .flexible(minimum: 10, weight: 3)),
        ], rowCount: results.count, row: { index in
            [results[index].key, results[index].text]
        }, selected: inList ? cursor.selected : nil, marked: marks, offset: cursor.offset,
           showsHeader: false, showsMarks: true).render(into: &buffer, area: parts.results)
        if results.isEmpty {
            buffer.write(documents.isEmpty ? "Loading the resolutions…" : "No clause matches.", at: parts.results.origin,
                         style: .muted, clip: parts.results)
        }
        buffer.write(String(repeating: "─", count: parts.rule.width), at: parts.rule.origin, style: .muted, clip: parts.rule)
        let shown = selected ?? (inList ? nil : results.first)
        if let clause = shown {
            let citation = documents.first { $0.id == clause.documentId }.map { ResolutionCitation.plain(clause, in: $0) } ?? clause.key
            let state = linked.contains(clause.key) ? "[✓] " : "[ ] "
            let text = parts.text
            let lines = [(state + citation, Style.bold)] + TextWrap.wrap(clause.text, width: text.width).map { ($0, Style.plain) }
            for (index, line) in lines.prefix(text.height).enumerated() {
                buffer.write(line.0, at: Point(x: text.x, y: text.y + index), style: line.1, clip: text)
            }
        }
        let hint = inList ? "Space link/unlink  type to search  Enter close" : "type to search  ↓ choose  Enter close"
        buffer.write(hint, at: parts.hint.origin, style: .accent, clip: parts.hint)
        buffer.cursor = inList ? nil : cursorPosition
    }
}
