import ConveneCore

/// `report implementation --json`: the resolution's operative clauses in order, each with
/// the agenda items that addressed it (with their decisions) and its action points.
struct ImplementationReportJSON: Encodable {
    var resolutionId: String
    var citation: String
    var title: String
    /// The period asked for, YYYY-MM-DD (null: unbounded), and the report's date.
    @Nullable var from: String?
    @Nullable var to: String?
    var date: String
    var clauses: [Clause]

    struct Clause: Encodable {
        var key: String
        var citation: String
        var text: String
        var addressed: Bool
        var items: [Item]
        var actions: [ActionJSON]
        /// Open action points due before the report's date.
        var overdueActions: Int
    }

    /// An agenda item that cited the clause.
    struct Item: Encodable {
        var meetingId: Int64
        @Nullable var meetingCode: String?
        var meetingTitle: String
        var meetingStart: String
        var timeZone: String
        var itemId: Int64
        var itemNumber: String
        var itemTitle: String
        var decisions: [DecisionJSON]
    }

    init(_ record: ImplementationRecord, date: String) {
        resolutionId = record.resolutionId
        citation = record.documentCitation
        title = record.resolutionTitle
        from = record.from
        to = record.to
        self.date = date
        clauses = record.clauses.map { clause in
            let items = (record.citations[clause.key] ?? []).map { citation in
                let meeting = citation.meeting
                return Item(
                    meetingId: meeting.id ?? 0, meetingCode: meeting.code, meetingTitle: meeting.title,
                    meetingStart: Timestamp.rfc3339(local: meeting.start, timeZone: meeting.timeZone),
                    timeZone: meeting.timeZone, itemId: citation.itemId, itemNumber: citation.itemNumber,
                    itemTitle: citation.itemTitle,
                    decisions: citation.decisions.map { DecisionJSON($0, of: meeting) })
            }
            let rows = record.actions[clause.key] ?? []
            let actions = rows.map(ActionJSON.init)
            return Clause(key: clause.key, citation: clause.plainCitation, text: clause.text,
                          addressed: !items.isEmpty || !actions.isEmpty, items: items, actions: actions,
                          overdueActions: rows.filter { $0.isOverdue(today: date) }.count)
        }
    }
}
