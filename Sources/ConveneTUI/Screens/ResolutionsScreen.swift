import ConveneCore

/// Screen 4 state: documents → outline → clause text, with backlinks.
struct ResolutionsState: Sendable {
    /// 0 documents, 1 outline, 2 clause text.
    var pane = 0
    var document = ListCursor()
    /// The outline of the selected document, narrowed by `/`.
    var list = FilteredList()
    var keys: [String] = []
    var textOffset = 0

    mutating func refilter(documents: [ResolutionDocument]) {
        document.clamp(count: documents.count)
        let clauses = documents.indices.contains(document.selected) ? documents[document.selected].clauses : []
        keys = clauses.map { TextFolding.fold([$0.key, $0.headingText, $0.text].joined(separator: "\u{1}")) }
        list.refilter(keys: keys, reload: true)
    }

    mutating func handleFilterKey(_ key: Key, documents: [ResolutionDocument]) {
        list.handleFilterKey(key, keys: keys)
        if list.isEditing { pane = 1 }
        textOffset = 0
    }

    func selectedClause(in documents: [ResolutionDocument]) -> Clause? {
        guard documents.indices.contains(document.selected), let index = list.index(ofRow: list.cursor.selected) else { return nil }
        let clauses = documents[document.selected].clauses
        return clauses.indices.contains(index) ? clauses[index] : nil
    }
}

extension ConveneApp {
    mutating func handleResolutionsAction(_ action: String) -> [AppEffect]? {
        var state = resolutions
        defer { resolutions = state }
        switch action {
        case "resolutions.filter":
            state.list.isEditing = true
            state.pane = 1
            return []
        case "resolutions.open", "move.right":
            state.pane = min(2, state.pane + 1)
            state.textOffset = 0
            return []
        case "move.left":
            state.pane = max(0, state.pane - 1)
            return []
        default:
            break
        }
        switch state.pane {
        case 0:
            let before = state.document.selected
            guard state.document.handle(action, count: documents.count, page: page) else { return nil }
            if state.document.selected != before {
                state.list.field.setText("")
                state.list.cursor = ListCursor()
                state.refilter(documents: documents)
            }
        case 1:
            guard state.list.cursor.handle(action, count: state.list.count(total: state.keys.count), page: page) else { return nil }
            state.textOffset = 0
        default:
            switch action {
            case "move.down": state.textOffset += 1
            case "move.up": state.textOffset = max(0, state.textOffset - 1)
            case "page.down": state.textOffset += page
            case "page.up": state.textOffset = max(0, state.textOffset - page)
            case "move.top": state.textOffset = 0
            default: return nil
            }
        }
        return []
    }

    func renderResolutions(into buffer: inout ScreenBuffer, area: Rect) {
        let state = resolutions
        let columns = area.splitColumns([.fixed(min(24, area.width / 4)), .fixed(1), .fill])
        let docs = documents
        var documentCursor = state.document
        documentCursor.keepVisible(rows: columns[0].height - 1, count: docs.count)
        TableView(columns: [TableColumn(state.pane == 0 ? "▸ Documents" : "Documents", width: .flexible)], rowCount: docs.count,
                  row: { ["\(docs[$0].id) (\(docs[$0].metadata.language))"] },
                  selected: state.document.selected, offset: documentCursor.offset).render(into: &buffer, area: columns[0])
        for y in area.y..<area.maxY { buffer.write("│", at: Point(x: columns[1].x, y: y), style: .muted) }
        guard docs.indices.contains(state.document.selected) else {
            emptyNotice(docs.isEmpty ? "Loading the resolutions…" : "", into: &buffer, area: columns[2])
            return
        }
        let document = docs[state.document.selected]
        let right = columns[2].inset(horizontal: 1, vertical: 0)
        let parts = right.splitRows([.fixed(1), .fill(1), .fill(1)])
        buffer.write(DisplayWidth.truncate(ResolutionCitation.document(document) + " " + document.metadata.title, toWidth: parts[0].width),
                     at: parts[0].origin, style: .header, clip: parts[0])
        let clauses = document.clauses
        let list = state.list
        var outlineCursor = list.cursor
        outlineCursor.keepVisible(rows: parts[1].height - 1, count: list.count(total: clauses.count))
        TableView(columns: [
            TableColumn(state.pane == 1 ? "▸ Clause" : "Clause", width: .flexible(minimum: 10, weight: 2)),
            TableColumn("Text", width: .flexible(minimum: 10, weight: 3)),
            TableColumn("Cited", width: .fixed(5), alignment: .right),
        ], rowCount: list.count(total: clauses.count), row: { row in
            guard let index = list.index(ofRow: row), clauses.indices.contains(index) else { return [] }
            let clause = clauses[index]
            let label = [clause.headingText, ResolutionCitation.itemLabel(clause)].filter { !$0.isEmpty }.joined(separator: " ")
            let cited = backlinks[clause.key]?.count ?? 0
            return [label, clause.text, cited == 0 ? "" : "\(cited)"]
        }, selected: state.pane >= 1 ? list.cursor.selected : nil, offset: outlineCursor.offset).render(into: &buffer, area: parts[1])
        guard let clause = state.selectedClause(in: docs) else { return }
        var lines: [(String, Style)] = [(ResolutionCitation.plain(clause, in: document) + "  " + clause.key, .bold)]
        lines += TextWrap.wrap(clause.text, width: parts[2].width).map { ($0, Style.plain) }
        for footnote in clause.footnotes { lines += TextWrap.wrap("† " + footnote, width: parts[2].width).map { ($0, Style.muted) } }
        let links = backlinks[clause.key] ?? []
        lines.append((links.isEmpty ? "Not cited by any agenda item or action point yet." : "Cited by:", links.isEmpty ? .muted : .bold))
        for link in links { lines += TextWrap.wrap("  \(link.meeting): \(link.description)", width: parts[2].width).map { ($0, Style.plain) } }
        let start = min(state.textOffset, max(0, lines.count - parts[2].height))
        for (index, line) in lines.dropFirst(start).prefix(parts[2].height).enumerated() {
            buffer.write(line.0, at: Point(x: parts[2].x, y: parts[2].y + index), style: line.1, clip: parts[2])
        }
    }
}
