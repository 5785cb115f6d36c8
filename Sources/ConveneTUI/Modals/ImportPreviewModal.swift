import ConveneCore

/// The preview of a participants import: a scrollable table of every row, errors first,
/// the totals, and the keys that import or cancel. Nothing is written until confirmed.
struct ImportPreviewModal: Sendable {
    var plan: ParticipantImportPlan
    var cursor = ListCursor()
    /// The rows as shown: errors first, then the file's order.
    let rows: [ImportRowPreview]

    init(plan: ParticipantImportPlan) {
        self.plan = plan
        rows = plan.rowsErrorsFirst
    }

    enum Outcome {
        case stay
        case cancel
        case importRows(skippingInvalid: Bool)
    }

    /// j/k and the page keys scroll; Enter or y imports a file without errors, s the valid
    /// rows of one with errors; Esc, n or q cancels.
    mutating func handle(_ key: Key, action: Action?, page: Int) -> Outcome {
        if let action, cursor.handle(action, count: rows.count, page: page) { return .stay }
        switch key {
        case .escape, .character("n"), .character("q"): return .cancel
        case .enter, .character("y"):
            return plan.hasErrors ? .stay : .importRows(skippingInvalid: false)
        case .character("s"):
            return plan.hasErrors && plan.hasChanges ? .importRows(skippingInvalid: true) : .stay
        default:
            return .stay
        }
    }

    var hint: String {
        if !plan.hasChanges { return "Nothing to import.  Esc close" }
        if plan.hasErrors { return "s import the \(plan.totals.new + plan.totals.update) valid rows  Esc cancel" }
        return "Enter import  Esc cancel"
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = area.inset(horizontal: area.width >= 100 ? 6 : 0, vertical: 0)
        let inside = Border(title: "Import \(plan.source)" + (plan.meetingName.map { " into \($0)" } ?? "")).render(into: &buffer, area: box)
        guard inside.height >= 4 else { return }
        let parts = inside.inset(horizontal: 1, vertical: 0).splitRows([.fixed(1), .fill, .fixed(1)])
        var summary = plan.totals.description
        if !plan.unknownColumns.isEmpty { summary += " · ignored: " + plan.unknownColumns.joined(separator: ", ") }
        buffer.write(DisplayWidth.truncate(SafeText.singleLine(summary), toWidth: parts[0].width), at: parts[0].origin,
                     style: plan.hasErrors ? .error : .bold, clip: parts[0])
        var cursor = cursor
        cursor.keepVisible(rows: max(1, parts[1].height - 1), count: rows.count)
        let rows = rows
        TableView(columns: [
            TableColumn("Line", width: .fixed(5), alignment: .right),
            TableColumn("Status", width: .fixed(9)),
            TableColumn("Name", width: .flexible(minimum: 10, weight: 2)),
            TableColumn("Email", width: .flexible(minimum: 8, weight: 2)),
            TableColumn("Detail", width: .flexible(minimum: 10, weight: 3)),
        ], rowCount: rows.count, row: { index in
            let row = rows[index]
            let detail = row.status == .error
                ? [row.column, row.reason].compactMap { $0 }.joined(separator: ": ")
                : row.changes.joined(separator: ", ")
            return [String(row.line), row.status.rawValue, row.name, row.email ?? "", detail]
        }, selected: cursor.selected, offset: cursor.offset).render(into: &buffer, area: parts[1])
        buffer.write(hint, at: parts[2].origin, style: .accent, clip: parts[2])
    }
}

/// Tab in a path prompt: completes the typed path as far as the names in its folder agree,
/// with `~` for the home folder; a folder gets its `/`.
enum PathCompletion {
    static func complete(_ typed: String, home: String, listing: (String) -> [String]?, isFolder: (String) -> Bool) -> String {
        let expanded = typed.hasPrefix("~") ? home + typed.dropFirst() : typed
        let slash = expanded.lastIndex(of: "/")
        let folder = slash.map { String(expanded[...$0]) } ?? ""
        let stem = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        guard let names = listing(folder.isEmpty ? "." : folder) else { return typed }
        let candidates = names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard let first = candidates.first else { return typed }
        var common = first
        for name in candidates.dropFirst() {
            while !name.hasPrefix(common) { common.removeLast() }
        }
        var completed = folder + common
        if candidates.count == 1, isFolder(completed) { completed += "/" }
        return typed.hasPrefix("~") && completed.hasPrefix(home) ? "~" + completed.dropFirst(home.count) : completed
    }
}
