/// The summary record: header, session and chair, the subjects discussed, attendance by Member
/// States and other stakeholders, numbered paragraphs per subject with its decisions, a summary
/// of decisions and the action points table.
public enum MinutesExport {
    public static func markdown(_ record: MeetingRecord, options: ExportOptions) -> String {
        let meeting = record.meeting
        let title = meeting.minutesStatus == .approved ? "Summary record" : "Draft summary record"
        let revision = record.approval?.revision ?? 0
        let issued = ExportOptions(date: options.date, symbol: symbol(record, options: options))
        var document = MarkdownDocument(frontMatter: DocumentHeader.frontMatter(title: title, meeting: meeting, options: issued))
        let unrevised = ExportOptions(date: options.date, symbol: documentSymbol(record, options: options))
        document.lines(DocumentHeader.block(meeting, options: unrevised, revision: revision))
        document.heading(title, level: 1)
        if let approval = record.approval { document.paragraph(approval.sentence) }

        document.lines(SummaryRecordHeader.lines(record))
        if !record.agenda.isEmpty { document.table(SummaryRecordHeader.subjects(record)) }

        document.heading("Attendance", level: 2)
        let memberStates = record.invitations.filter { $0.delegationCategory == .memberState }
        let others = record.invitations.filter { $0.delegationCategory != .memberState }
        attendance(memberStates, title: "Member States", into: &document)
        attendance(others, title: "Other stakeholders", into: &document)

        subjects(record, into: &document)

        document.heading("Summary of decisions", level: 2)
        if record.decisions.isEmpty {
            document.paragraph("No decisions were recorded.")
        } else {
            var table = MarkdownTable(columns: [.init("No."), .init("Item"), .init("Decision")])
            for (index, decision) in record.decisions.enumerated() {
                table.addRow(["\(index + 1)", "\(decision.itemNumber) \(decision.itemTitle)", decision.text])
            }
            document.table(table)
        }

        document.heading("Action points", level: 2)
        if record.actions.isEmpty {
            document.paragraph("No action points were recorded.")
        } else {
            var table = MarkdownTable(columns: [.init("No."), .init("Action"), .init("Owner"), .init("Due"), .init("Status"), .init("Clause")])
            for (index, action) in record.actions.enumerated() {
                let clause = action.clauseKey.map { record.clauses[$0]?.plainCitation ?? $0 } ?? ""
                table.addRow(["\(index + 1)", action.text, action.owner ?? "", action.due ?? "", action.status.rawValue, clause])
            }
            document.table(table)
        }
        return document.rendered()
    }

    /// Each top-level item as a subject: its heading, then its paragraphs and those of all its
    /// sub-items in one sequence (3.1, 3.2, 3.3 …). A sub-item is a sub-heading naming it
    /// ("Report of BDT (item 3.1)"), so that no paragraph number reads like a heading's.
    private static func subjects(_ record: MeetingRecord, into document: inout MarkdownDocument) {
        var subject = "", next = 1
        for row in record.agenda {
            let level = min(2 + row.depth, 6)
            if row.depth == 0 {
                subject = row.number
                next = 1
                document.heading("\(row.number) \(row.title)", level: level)
            } else {
                document.heading("\(row.title) (item \(row.number))", level: level)
            }
            if let notes = row.notes {
                let numbered = NumberedNotes.number(notes, subject: subject, from: next)
                next = numbered.next
                document.notes(numbered.text, below: level, placement: .oneBelow)
            }
            if let statements = statements(record.speakers.filter { $0.itemId == row.id && $0.state != .queued }) {
                document.paragraph(statements)
            }
            for decision in record.decisions where decision.itemNumber == row.number {
                document.paragraph([.strong("Decision:"), .text(" " + decision.text)])
            }
        }
    }

    /// The summary record's own symbol in its meeting's series, before any revision mark.
    static func documentSymbol(_ record: MeetingRecord, options: ExportOptions) -> String? {
        options.symbol ?? DocumentSymbol.symbol(.minutes, meeting: record.meeting)
    }

    /// The symbol the record is issued under: a revision's carries "(Rev.N)".
    public static func symbol(_ record: MeetingRecord, options: ExportOptions) -> String? {
        let symbol = documentSymbol(record, options: options)
        guard let revision = record.approval?.revision, revision > 0 else { return symbol }
        return symbol.map { RecordSymbol.revision($0, revision) }
    }

    /// Present, remote and apologies, each as "Delegation: names" lines grouped by delegation.
    private static func attendance(_ invitations: [InvitationListing], title: String, into document: inout MarkdownDocument) {
        document.heading(title, level: 3)
        var any = false
        for (status, label) in [(Attendance.present, "Present"), (.remote, "Remote"), (.apologies, "Apologies")] {
            let group = invitations.filter { $0.attendance == status }
            guard !group.isEmpty else { continue }
            any = true
            document.paragraph([.strong("\(label) (\(group.count))")])
            var order: [String] = []
            var names: [String: [String]] = [:]
            for invitation in group {
                let delegation = invitation.delegation ?? "No delegation"
                if names[delegation] == nil { order.append(delegation) }
                names[delegation, default: []].append(invitation.name)
            }
            document.bulletList(order.map { [.strong($0 + ":"), .text(" " + (names[$0] ?? []).joined(separator: ", "))] })
        }
        if !any { document.paragraph("None recorded.") }
    }

    /// "Statements were made by the delegations of Kenya and China, and by Kwame Mensah.":
    /// who took the floor, each named once, in the order they spoke.
    static func statements(_ speakers: [SpeakerRow]) -> String? {
        var delegations: [String] = [], people: [String] = []
        for speaker in speakers {
            if let delegation = speaker.delegation {
                if !delegations.contains(delegation) { delegations.append(delegation) }
            } else if !people.contains(speaker.name) {
                people.append(speaker.name)
            }
        }
        func listed(_ names: [String]) -> String {
            names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
        let parts = [delegations.isEmpty ? nil : "the delegation\(delegations.count == 1 ? "" : "s") of \(listed(delegations))",
                     people.isEmpty ? nil : listed(people)].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return "Statements were made by " + parts.joined(separator: ", and by ") + "."
    }
}
