import ConveneCore

/// "Which participant?": a form field's search-as-you-type list over the directory (or the
/// organisations, countries, clauses). Each keystroke narrows the list with the folded keys
/// loaded once, as `/` does; Enter puts the chosen record into the field, which shows its
/// name, and returns to the form; Esc returns to the form unchanged.
struct RecordPicker: Sendable {
    var kind: PickerKind
    /// The form the picker fills, as it was when the picker opened.
    var form: FormModel
    var fieldIndex: Int
    /// Nil until the records are loaded.
    var data: PickerData?
    var list = FilteredList()

    init(kind: PickerKind, form: FormModel, fieldIndex: Int, query: String, data: PickerData?) {
        self.kind = kind
        self.form = form
        self.fieldIndex = fieldIndex
        list.field.setText(query)
        if let data { load(data) }
    }

    var title: String {
        let label = form.fields.indices.contains(fieldIndex) ? form.fields[fieldIndex].label : kind.noun
        return "\(label): which \(kind.noun)?"
    }

    /// Takes (re)loaded records, keeping the query.
    mutating func load(_ data: PickerData) {
        self.data = data
        list.refilter(keys: data.keys, reload: true)
    }

    enum Result {
        case stay
        /// Back to the form: changed when a record was chosen, as it was when cancelled.
        case done(FormModel)
    }

    mutating func handle(_ key: Key, page: Int) -> Result {
        let count = data.map { list.count(total: $0.keys.count) } ?? 0
        switch key {
        case .escape:
            return .done(form)
        case .enter:
            guard let data, let index = list.index(ofRow: list.cursor.selected), index < data.keys.count, count > 0 else { return .stay }
            var form = form
            form.choose(value: data.value(index), shown: data.name(index), at: fieldIndex)
            return .done(form)
        case .down, .control("n"): list.cursor.move(by: 1, count: count)
        case .up, .control("p"): list.cursor.move(by: -1, count: count)
        case .pageDown: list.cursor.move(by: page, count: count)
        case .pageUp: list.cursor.move(by: -page, count: count)
        default:
            list.field.handle(key)
            list.refilter(keys: data?.keys ?? [], reload: false)
            list.cursor.moveTo(0, count: data.map { list.count(total: $0.keys.count) } ?? 0)
        }
        return .stay
    }

    /// The box the picker is drawn in, and its list's rows, for drawing and scrolling alike.
    static func parts(in area: Rect) -> (box: Rect, search: Rect, results: Rect, hint: Rect) {
        let box = area.centred(Size(width: min(area.width, 76), height: min(area.height, 18)))
        let inside = box.inset(by: 1).inset(horizontal: 1, vertical: 0)
        let rows = inside.splitRows([.fixed(1), .fill, .fixed(1)])
        return (box, rows[0], rows[1], rows[2])
    }

    mutating func keepSelectionVisible(in area: Rect) {
        let count = data.map { list.count(total: $0.keys.count) } ?? 0
        list.cursor.keepVisible(rows: AppLayout.rows(below: Self.parts(in: area).results), count: count)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let parts = Self.parts(in: area)
        _ = Border(title: title).render(into: &buffer, area: parts.box)
        guard parts.results.height >= 1 else { return }
        buffer.write("Find: ", at: parts.search.origin, style: .bold, clip: parts.search)
        let fieldArea = Rect(x: parts.search.x + 6, y: parts.search.y, width: max(0, parts.search.width - 6), height: 1)
        var field = list.field
        field.keepCursorVisible(width: fieldArea.width)
        let cursor = field.render(into: &buffer, area: fieldArea, style: .selection)
        if let data {
            let list = list
            let total = data.keys.count
            TableView(columns: data.columns, rowCount: list.count(total: total), row: { row in
                guard let index = list.index(ofRow: row), index < total else { return [] }
                return data.cells(index)
            }, selected: list.cursor.selected, offset: list.cursor.offset).render(into: &buffer, area: parts.results)
            if list.count(total: total) == 0 {
                buffer.write("No \(kind.noun) matches '\(list.query)'.", at: Point(x: parts.results.x, y: parts.results.y + 1),
                             style: .muted, clip: parts.results)
            }
            let shown = list.count(total: total)
            buffer.write("\(shown) of \(total)  ↑/↓ choose  Enter select  Esc back to the form", at: parts.hint.origin,
                         style: .accent, clip: parts.hint)
        } else {
            buffer.write("Loading…", at: parts.results.origin, style: .muted, clip: parts.results)
        }
        buffer.cursor = cursor
    }
}
