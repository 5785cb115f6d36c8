import ConveneCore

/// The selected row of a list and the first row shown. Kept in the model (not recomputed by
/// the view) so that the window only scrolls when the selection would leave it.
struct ListCursor: Equatable, Sendable {
    var selected = 0
    var offset = 0

    mutating func clamp(count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        offset = min(max(0, offset), max(0, count - 1))
    }

    mutating func move(by delta: Int, count: Int) {
        selected += delta
        clamp(count: count)
    }

    mutating func moveTo(_ index: Int, count: Int) {
        selected = index
        clamp(count: count)
    }

    /// Scrolls as little as possible to keep the selection among `rows` visible rows.
    mutating func keepVisible(rows: Int, count: Int) {
        let rows = max(1, rows)
        offset = min(offset, max(0, count - rows))
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = max(0, offset)
    }

    /// Handles the global movement actions; returns false for any other action.
    mutating func handle(_ action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .moveDown: move(by: 1, count: count)
        case .moveUp: move(by: -1, count: count)
        case .pageDown: move(by: max(1, page), count: count)
        case .pageUp: move(by: -max(1, page), count: count)
        case .moveTop: moveTo(0, count: count)
        case .moveBottom: moveTo(count - 1, count: count)
        default: return false
        }
        return true
    }
}

/// A list narrowed by `/` as you type. The search keys are folded once when the data is
/// loaded; each keystroke only compares keys, and a query that extends the previous one
/// only looks among the rows that already matched.
struct FilteredList: Sendable {
    var cursor = ListCursor()
    var field = TextField()
    /// True while the filter field has the keyboard.
    var isEditing = false
    /// Indices into the data that match, or nil when there is no filter.
    private(set) var matches: [Int]?
    private var appliedQuery = ""

    var query: String { field.text }

    func count(total: Int) -> Int { matches?.count ?? total }

    /// The data index shown on a row.
    func index(ofRow row: Int) -> Int? {
        guard let matches else { return row >= 0 ? row : nil }
        return matches.indices.contains(row) ? matches[row] : nil
    }

    /// The row showing a data index, if it is shown.
    func row(ofIndex index: Int) -> Int? {
        guard let matches else { return index }
        return matches.firstIndex(of: index)
    }

    /// Recomputes the matches after the query changed (`reload: false`) or the data did.
    mutating func refilter(keys: [String], reload: Bool) {
        let terms = SearchTerms(query)
        guard !terms.isEmpty else {
            matches = nil
            appliedQuery = query
            cursor.clamp(count: keys.count)
            return
        }
        let narrowing = !reload && !appliedQuery.isEmpty && query.hasPrefix(appliedQuery)
        let candidates: [Int] = narrowing ? (matches ?? Array(keys.indices)) : Array(keys.indices)
        matches = candidates.filter { $0 < keys.count && terms.matches(folded: keys[$0]) }
        appliedQuery = query
        cursor.clamp(count: matches?.count ?? keys.count)
    }

    mutating func clear(keys: [String]) {
        field.setText("")
        isEditing = false
        refilter(keys: keys, reload: true)
    }

    /// Keys while the filter field has focus: typing narrows at once, Enter (or Down) keeps
    /// the filter and returns to the list, Esc clears it.
    mutating func handleFilterKey(_ key: Key, keys: [String]) {
        switch key {
        case .escape:
            clear(keys: keys)
        case .enter, .down, .tab:
            isEditing = false
        case .backspace where field.text.isEmpty:
            isEditing = false
        default:
            field.handle(key)
            refilter(keys: keys, reload: false)
        }
    }

    /// The field while it has the keyboard.
    var focusedField: TextField? { isEditing ? field : nil }
}
