/// Where one operative clause was addressed: a meeting's agenda item citing it.
public struct ClauseCitation: Sendable, Equatable {
    public var meeting: Meeting
    public var itemId: Int64
    public var itemNumber: String
    public var itemTitle: String
    public var decisions: [DecisionRow]
}

/// What the implementation report reads: the resolution's operative clauses, and per clause
/// the agenda items that cite it and the action points that implement it.
public struct ImplementationRecord: Sendable, Equatable {
    public var resolutionId: String
    /// "Res. 174 (Guadalajara, 2010)".
    public var documentCitation: String
    public var resolutionTitle: String
    public var clauses: [CitedClause]
    public var citations: [String: [ClauseCitation]]
    public var actions: [String: [ActionRow]]
    /// Meeting start dates bounding the report, YYYY-MM-DD, when asked for.
    public var from: String?
    public var to: String?
}

/// The report on how a resolution is being implemented: per operative clause, the meetings and
/// items that addressed it, decisions taken and action points; then the clauses not yet addressed.
public enum ImplementationReport {
    public static func markdown(_ record: ImplementationRecord, date: String) -> String {
        let title = "Implementation of \(record.documentCitation)"
        var document = MarkdownDocument(frontMatter: [
            ("title", title), ("resolution", record.resolutionId), ("from", record.from ?? ""),
            ("to", record.to ?? ""), ("date", date),
        ])
        document.heading(title, level: 1)
        document.paragraph([.emphasis(record.resolutionTitle)])
        let period: String
        switch (record.from, record.to) {
        case let (from?, to?): period = "Meetings from \(DocumentHeader.longDate(from)) to \(DocumentHeader.longDate(to))."
        case let (from?, nil): period = "Meetings from \(DocumentHeader.longDate(from))."
        case let (nil, to?): period = "Meetings up to \(DocumentHeader.longDate(to))."
        case (nil, nil): period = "All meetings."
        }
        let addressed = record.clauses.filter { isAddressed($0, record) }
        let open = record.clauses.filter { !isAddressed($0, record) }
        document.lines([[.text(period)], [.text("Report of \(DocumentHeader.longDate(date)).")],
                        [.text("\(addressed.count) of \(record.clauses.count) operative clauses addressed.")]])

        document.heading("Clauses addressed", level: 2)
        if addressed.isEmpty { document.paragraph("No meeting has addressed an operative clause yet.") }
        for clause in addressed {
            document.heading(clause.citationSpans, level: 3)
            document.blockQuote(clause.text)
            let citations = record.citations[clause.key] ?? []
            if !citations.isEmpty {
                var table = MarkdownTable(columns: [.init("Meeting"), .init("Date"), .init("Item")])
                for citation in citations {
                    table.addRow([citation.meeting.title, String(citation.meeting.start.prefix(10)),
                                  "\(citation.itemNumber) \(citation.itemTitle)"])
                }
                document.table(table)
            }
            let decisions = citations.flatMap { citation in
                citation.decisions.map { "\(citation.meeting.code ?? citation.meeting.title), item \(citation.itemNumber): \($0.text)" }
            }
            if !decisions.isEmpty {
                document.paragraph([.strong("Decisions")])
                document.bulletList(decisions)
            }
            let actions = record.actions[clause.key] ?? []
            if !actions.isEmpty {
                let openCount = actions.filter { $0.status == .open }.count
                let doneCount = actions.filter { $0.status == .done }.count
                // Overdue on the report's date, so that a report of a past day reads as it did then.
                let overdueCount = actions.filter { $0.isOverdue(today: date) }.count
                let overdue = overdueCount > 0 ? " (\(overdueCount) overdue)" : ""
                document.paragraph([.strong("Action points: \(openCount) open\(overdue), \(doneCount) done")])
                var table = MarkdownTable(columns: [.init("No."), .init("Meeting"), .init("Action"), .init("Owner"), .init("Due"), .init("Status")])
                for action in actions {
                    table.addRow(["\(action.id)", action.meeting, action.text, action.owner ?? "", action.due ?? "", action.status.rawValue])
                }
                document.table(table)
            }
        }

        document.heading("Clauses not yet addressed", level: 2)
        if open.isEmpty {
            document.paragraph("Every operative clause has been addressed.")
        } else {
            document.bulletList(open.map { clause in clause.citationSpans + [.text(": " + excerpt(clause.text))] })
        }
        return document.rendered()
    }

    static func isAddressed(_ clause: CitedClause, _ record: ImplementationRecord) -> Bool {
        !(record.citations[clause.key] ?? []).isEmpty || !(record.actions[clause.key] ?? []).isEmpty
    }

    /// The first words of a clause, for the list of open ones.
    static func excerpt(_ text: String, words: Int = 16) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        return all.prefix(words).joined(separator: " ") + (all.count > words ? " …" : "")
    }
}
