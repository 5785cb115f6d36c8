import ConveneCore

/// Screen 4: documents → outline → clause text, with where each clause is cited.
struct ResolutionsScreen: Screen {
    enum Pane: Int, Sendable {
        case documents, outline, text
    }

    let id = ScreenID.resolutions
    var pane = Pane.documents
    var document = ListCursor()
    /// The outline of the selected document, narrowed by `/`.
    var list = FilteredList()
    var keys: [String] = []
    var textOffset = 0
    /// Agenda items and action points by the clause they cite.
    var backlinks: [String: [Backlink]] = [:]

    var keyContexts: [KeyContext] { [AppKeys.resolutions] }
    var keyHints: [(Action, String)] { [(.resolutionsOpen, "open"), (.resolutionsFilter, "search")] }
    var neededData: [Dataset] { [.resolutions, .backlinks] }

    /// The screen's parts, for both drawing and scrolling: documents on the left, then on the
    /// right the document's title, its outline and the selected clause's text.
    struct Parts {
        var documents: Rect
        var divider: Rect
        /// Everything right of the divider.
        var detail: Rect
        var title: Rect
        var outline: Rect
        var text: Rect

        init(_ area: Rect) {
            let columns = area.splitColumns([.fixed(min(24, area.width / 4)), .fixed(1), .fill])
            documents = columns[0]
            divider = columns[1]
            detail = columns[2]
            let right = detail.inset(horizontal: 1, vertical: 0)
            let rows = right.splitRows([.fixed(1), .fill(1), .fill(1)])
            (title, outline, text) = (rows[0], rows[1], rows[2])
        }
    }

    mutating func refilter(documents: [ResolutionDocument]) {
        document.clamp(count: documents.count)
        let clauses = documents.indices.contains(document.selected) ? documents[document.selected].clauses : []
        keys = clauses.map { TextFolding.fold([$0.key, $0.headingText, $0.text].joined(separator: "\u{1}")) }
        list.refilter(keys: keys, reload: true)
    }

    func selectedClause(in documents: [ResolutionDocument]) -> Clause? {
        guard documents.indices.contains(document.selected), let index = list.index(ofRow: list.cursor.selected) else { return nil }
        let clauses = documents[document.selected].clauses
        return clauses.indices.contains(index) ? clauses[index] : nil
    }

    var focusedFilter: TextField? { list.focusedField }

    mutating func typeInFilter(_ key: Key, context: ScreenContext) {
        list.handleFilterKey(key, keys: keys)
        if list.isEditing { pane = .outline }
        textOffset = 0
    }

    func summary(context: ScreenContext) -> String {
        "\(context.documents.count) resolutions" + (list.query.isEmpty ? "" : " · filter '\(list.query)'")
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        let documents = context.documents
        let page = context.page
        switch action {
        case .resolutionsFilter:
            list.isEditing = true
            pane = .outline
            return .handled
        case .resolutionsOpen, .moveRight:
            pane = Pane(rawValue: min(2, pane.rawValue + 1)) ?? .text
            textOffset = 0
            return .handled
        case .moveLeft:
            pane = Pane(rawValue: max(0, pane.rawValue - 1)) ?? .documents
            return .handled
        default:
            break
        }
        switch pane {
        case .documents:
            let before = document.selected
            guard document.handle(action, count: documents.count, page: page) else { return nil }
            if document.selected != before {
                list.field.setText("")
                list.cursor = ListCursor()
                refilter(documents: documents)
            }
        case .outline:
            guard list.cursor.handle(action, count: list.count(total: keys.count), page: page) else { return nil }
            textOffset = 0
        case .text:
            switch action {
            case .moveDown: textOffset += 1
            case .moveUp: textOffset = max(0, textOffset - 1)
            case .pageDown: textOffset += page
            case .pageUp: textOffset = max(0, textOffset - page)
            case .moveTop: textOffset = 0
            default: return nil
            }
            // Kept where the text ends, so that a key back up moves at once.
            let text = Parts(context.layout.body).text
            if documents.indices.contains(document.selected), let clause = selectedClause(in: documents) {
                let count = textLines(clause, in: documents[document.selected], width: text.width).count
                textOffset = ScrolledLines.clamped(textOffset, count: count, height: text.height)
            }
        }
        return .handled
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        switch event {
        case let .loaded(.resolutions(documents)): refilter(documents: documents)
        case let .loaded(.backlinks(links)): backlinks = links
        default: break
        }
        return .handled
    }

    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {
        let parts = Parts(area)
        document.keepVisible(rows: AppLayout.rows(below: parts.documents), count: context.documents.count)
        list.cursor.keepVisible(rows: AppLayout.rows(below: parts.outline), count: list.count(total: keys.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let parts = Parts(area)
        let docs = context.documents
        TableView(columns: [TableColumn(pane == .documents ? "▸ Documents" : "Documents", width: .flexible)], rowCount: docs.count,
                  row: { ["\(docs[$0].id) (\(docs[$0].metadata.language))"] },
                  selected: document.selected, offset: document.offset).render(into: &buffer, area: parts.documents)
        for y in area.y..<area.maxY { buffer.write("│", at: Point(x: parts.divider.x, y: y), style: .muted) }
        guard docs.indices.contains(document.selected) else {
            EmptyNotice(docs.isEmpty ? "Loading the resolutions…" : "").render(into: &buffer, area: parts.detail)
            return
        }
        let document = docs[document.selected]
        buffer.write(DisplayWidth.truncate(ResolutionCitation.document(document) + " " + document.metadata.title, toWidth: parts.title.width),
                     at: parts.title.origin, style: .header, clip: parts.title)
        let clauses = document.clauses
        let list = list
        let backlinks = backlinks
        TableView(columns: [
            TableColumn(pane == .outline ? "▸ Clause" : "Clause", width: .flexible(minimum: 10, weight: 2)),
            TableColumn("Text", width: .flexible(minimum: 10, weight: 3)),
            TableColumn("Cited", width: .fixed(5), alignment: .right),
        ], rowCount: list.count(total: clauses.count), row: { row in
            guard let index = list.index(ofRow: row), clauses.indices.contains(index) else { return [] }
            let clause = clauses[index]
            let label = [clause.headingText, ResolutionCitation.itemLabel(clause)].filter { !$0.isEmpty }.joined(separator: " ")
            let cited = backlinks[clause.key]?.count ?? 0
            return [label, clause.text, cited == 0 ? "" : "\(cited)"]
        }, selected: pane != .documents ? list.cursor.selected : nil, offset: list.cursor.offset).render(into: &buffer, area: parts.outline)
        guard let clause = selectedClause(in: docs) else { return }
        let text = parts.text
        ScrolledLines(lines: textLines(clause, in: document, width: text.width), offset: textOffset).render(into: &buffer, area: text)
    }

    /// The clause's citation, text, footnotes and where it is cited, wrapped: for drawing and scrolling alike.
    func textLines(_ clause: Clause, in document: ResolutionDocument, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = [(ResolutionCitation.plain(clause, in: document) + "  " + clause.key, .bold)]
        lines += TextWrap.wrap(clause.text, width: width).map { ($0, Style.plain) }
        for footnote in clause.footnotes { lines += TextWrap.wrap("† " + footnote, width: width).map { ($0, Style.muted) } }
        let links = backlinks[clause.key] ?? []
        lines.append((links.isEmpty ? "Not cited by any agenda item or action point yet." : "Cited by:", links.isEmpty ? .muted : .bold))
        for link in links { lines += TextWrap.wrap("  \(link.meeting): \(link.description)", width: width).map { ($0, Style.plain) } }
        return lines
    }
}
