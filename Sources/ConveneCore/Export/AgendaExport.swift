/// The agenda as ITU secretariats circulate it: header block, the table
/// No. | Item | Documents | Resolution clauses | Time, and an annex quoting every cited clause.
public enum AgendaExport {
    public static func markdown(_ record: MeetingRecord, options: ExportOptions) -> String {
        let meeting = record.meeting
        let title = meeting.status == .draft ? "Draft agenda" : "Agenda"
        var document = MarkdownDocument(frontMatter: DocumentHeader.frontMatter(title: title, meeting: meeting, options: options))
        document.lines(DocumentHeader.block(meeting, options: options))
        document.heading(title, level: 1)

        if record.agenda.isEmpty {
            document.paragraph("No agenda items yet.")
        } else {
            schedule(record, options: options, into: &document)
        }

        let described = record.agenda.filter { $0.description != nil && !$0.isBreak }
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

    /// The items with their times: one table, or for several days or with breaks a heading per
    /// day and per session with the breaks between them; then the total and any warnings.
    static func schedule(_ record: MeetingRecord, options: ExportOptions, into document: inout MarkdownDocument) {
        let sessions = AgendaSessions(record.agenda)
        if !sessions.hasSeveralDays, !sessions.hasBreaks {
            document.table(table(record, rows: record.agenda, actual: options.actualTimes))
        } else {
            document.paragraph(sessions.hasBreaks
                ? "The items are grouped by \(sessions.hasSeveralDays ? "day and " : "")session: a session runs from one break to the next."
                : "The items are grouped by day; each day starts at \(MeetingTime.clock(record.meeting.start)).")
            let level = sessions.hasSeveralDays ? 3 : 2
            for day in sessions.days {
                if sessions.hasSeveralDays {
                    document.heading("Day \(day.number), \(AgendaSessions.weekdayDate(day.start))", level: 2)
                }
                for part in day.parts {
                    switch part {
                    case let .session(number, rows):
                        if sessions.hasBreaks {
                            let end = rows.filter { $0.depth == 0 }.map(\.end).max() ?? rows[0].end
                            document.heading("Session \(number) (\(MeetingTime.clock(rows[0].start))–\(MeetingTime.clock(end)))", level: level)
                        }
                        document.table(table(record, rows: rows, actual: options.actualTimes))
                    case let .pause(row):
                        document.paragraph([.emphasis("\(time(row)) \(row.title)")])
                    }
                }
            }
        }
        document.paragraph(total(record, sessions))
        if options.actualTimes {
            document.paragraph("Actual times are those of the item clock: from an item's first start to its last stop.")
        }
        let warnings = ScheduleWarnings.lines(record.agenda)
        if !warnings.isEmpty {
            document.paragraph([.emphasis("Schedule warnings:")])
            document.bulletList(warnings)
        }
    }

    static func table(_ record: MeetingRecord, rows: [AgendaRow], actual: Bool) -> MarkdownTable {
        var table = MarkdownTable(columns: [
            .init("No."), .init("Item"), .init("Documents"), .init("Resolution clauses"), .init("Time"),
        ] + (actual ? [.init("Actual")] : []))
        for row in rows {
            let actualCell = actual ? [actualTime(row)] : []
            if row.isBreak {
                table.addRow(["", row.title, "", "", time(row)] + actualCell)
                continue
            }
            let item = row.presenter.map { "\(row.title) (\($0))" } ?? row.title
            let clauses = row.clauses.map { record.clauses[$0]?.plainCitation ?? $0 }.joined(separator: "; ")
            // Said beside the time: a fixed start, and for a parent where its time comes from.
            var notes: [String] = row.fixedStart == nil ? [] : ["fixed"]
            if row.timeFromSubItems {
                notes.append("\(DocumentHeader.duration(row.totalMinutes)), sum of sub-items")
            } else if let minutes = row.minutes, record.agenda.contains(where: { $0.parentId == row.id }) {
                notes.append(DocumentHeader.duration(minutes))
            }
            let cell = time(row) + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
            table.addRow([row.number, item, row.documents.joined(separator: ", "), clauses, cell] + actualCell)
        }
        return table
    }

    /// What the item clock recorded: "09:32–10:05 (33 min)", "from 09:32 (running)", or
    /// nothing for an item whose clock never started.
    static func actualTime(_ row: AgendaRow) -> String {
        guard let start = row.actualStart else { return "" }
        guard let seconds = row.actualSeconds else { return "from \(MeetingTime.clock(start)) (running)" }
        let minutes = seconds / 60
        return "\(MeetingTime.clock(start))–\(MeetingTime.clock(MeetingTime.adding(minutes: minutes, to: start))) (\(DocumentHeader.duration(minutes)))"
    }

    /// "09:30–09:40", or "09:30" for an item without time.
    static func time(_ row: AgendaRow) -> String {
        row.totalMinutes == 0 ? MeetingTime.clock(row.start) : "\(MeetingTime.clock(row.start))–\(MeetingTime.clock(row.end))"
    }

    /// "Total time allotted: 1 h 15 min (09:30–10:45)." with the breaks' share and each day's span.
    static func total(_ record: MeetingRecord, _ sessions: AgendaSessions) -> String {
        let top = record.agenda.filter { $0.depth == 0 }
        let breaks = top.filter(\.isBreak).reduce(0) { $0 + $1.totalMinutes }
        let spans = sessions.days.map { day -> String in
            let rows = top.filter { $0.day == day.number }
            let span = "\(MeetingTime.clock(rows.map(\.start).min() ?? day.start))–\(MeetingTime.clock(rows.map(\.end).max() ?? day.start))"
            return sessions.hasSeveralDays ? "day \(day.number) \(span)" : span
        }
        let allotted = breaks == 0 ? DocumentHeader.duration(record.totalMinutes)
            : "\(DocumentHeader.duration(record.totalMinutes - breaks)) of items and \(DocumentHeader.duration(breaks)) of breaks"
        return "Total time allotted: \(allotted) (\(spans.joined(separator: "; ")))."
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
