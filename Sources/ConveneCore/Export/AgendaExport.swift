/// The agenda as ITU secretariats circulate it: header block, the table
/// No. | Item | Documents | Resolution clauses | Time, and an annex quoting every cited clause.
public enum AgendaExport {
    public static func markdown(_ record: MeetingRecord, options: ExportOptions) -> String {
        let meeting = record.meeting
        let title = meeting.status == .draft ? "Draft agenda" : "Agenda"
        var document = MarkdownDocument(frontMatter: DocumentHeader.frontMatter(title: title, meeting: meeting, options: options))
        document.lines(DocumentHeader.block(meeting, options: options))
        document.heading(title, level: 1)

        var table = MarkdownTable(columns: [
            .init("No."), .init("Item"), .init("Documents"), .init("Resolution clauses"), .init("Time"),
        ])
        for row in record.agenda {
            let item = row.presenter.map { "\(row.title) (\($0))" } ?? row.title
            let clauses = row.clauses.map { record.clauses[$0]?.plainCitation ?? $0 }.joined(separator: "; ")
            let time = row.totalMinutes == 0 ? MeetingTime.clock(row.start)
                : "\(MeetingTime.clock(row.start))–\(MeetingTime.clock(row.end))"
            table.addRow([row.number, item, row.documents.joined(separator: ", "), clauses, time])
        }
        if record.agenda.isEmpty {
            document.paragraph("No agenda items yet.")
        } else {
            document.table(table)
            let end = MeetingTime.adding(minutes: record.totalMinutes, to: meeting.start)
            document.paragraph("Total time allotted: \(DocumentHeader.duration(record.totalMinutes)) (\(MeetingTime.clock(meeting.start))–\(MeetingTime.clock(end))).")
        }

        let described = record.agenda.filter { $0.description != nil }
        if !described.isEmpty {
            document.heading("Explanatory notes", level: 2)
            for row in described {
                document.heading("\(row.number) \(row.title)", level: 3)
                document.notes(row.description ?? "", below: 3)
            }
        }

        let cited = citedInOrder(record)
        if !cited.isEmpty {
            document.heading("Annex: Resolution clauses cited", level: 2)
            for (key, items) in cited {
                guard let clause = record.clauses[key] else {
                    document.heading(key, level: 3)
                    document.paragraph("This clause key no longer resolves: its resolution was replaced or removed. Cited under item \(items.joined(separator: ", ")).")
                    continue
                }
                document.heading(clause.citationSpans, level: 3)
                document.blockQuote(clause.text)
                for footnote in clause.footnotes { document.paragraph([.emphasis("Footnote:"), .text(" " + footnote)]) }
                document.paragraph("Cited under item\(items.count == 1 ? "" : "s") \(items.joined(separator: ", ")).")
            }
        }
        return document.rendered()
    }

    /// Cited keys in corpus order (document, then position), each with the items citing it.
    static func citedInOrder(_ record: MeetingRecord) -> [(String, [String])] {
        var items: [String: [String]] = [:]
        var firstSeen: [String] = []
        for row in record.agenda {
            for key in row.clauses {
                if items[key] == nil { firstSeen.append(key) }
                items[key, default: []].append(row.number)
            }
        }
        let ordered = firstSeen.enumerated().sorted { lhs, rhs in
            let a = record.clauses[lhs.element], b = record.clauses[rhs.element]
            switch (a, b) {
            case let (a?, b?): return (a.documentId, a.position) < (b.documentId, b.position)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return lhs.offset < rhs.offset
            }
        }
        return ordered.map { ($0.element, items[$0.element] ?? []) }
    }
}
