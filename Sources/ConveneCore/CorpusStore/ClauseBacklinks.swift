import GRDB

/// Where a clause is cited: an agenda item or an action point of a meeting.
public struct Backlink: Sendable, Equatable {
    /// The meeting's code, else its title.
    public var meeting: String
    /// `item 2.1 Regional reports`, `action #4 Circulate the draft (open)`.
    public var description: String

    public init(meeting: String, description: String) {
        self.meeting = meeting
        self.description = description
    }
}

extension Store {
    /// Every cited clause key with where it is cited: first the agenda items, meeting by
    /// meeting (by start) in agenda order, then the action points in the order
    /// `action list` gives them. Read in one snapshot, with four queries however many
    /// meetings there are.
    public func clauseBacklinks() throws -> [String: [Backlink]] {
        try read { db in
            var links: [String: [Backlink]] = [:]
            let items = Dictionary(grouping: try AgendaItem.fetchAll(db), by: \.meetingId)
            let keysByItem = Dictionary(grouping: try AgendaClause.order(Column("position"), Column("id")).fetchAll(db),
                                        by: \.itemId)
            for meeting in try Meeting.order(Column("start"), Column("id")).fetchAll(db) {
                let name = meeting.code ?? meeting.title
                for entry in AgendaTree(items: items[meeting.id ?? 0] ?? []).entries {
                    for link in keysByItem[entry.item.id ?? 0] ?? [] {
                        links[link.clauseKey, default: []].append(Backlink(
                            meeting: name, description: "item \(entry.number) \(entry.item.title)"))
                    }
                }
            }
            let actions = try Row.fetchAll(db, sql: """
                SELECT a.id, a.text, a.status, a.clauseKey, coalesce(m.code, m.title) AS meeting
                FROM actionPoint a JOIN meeting m ON m.id = a.meetingId
                WHERE a.clauseKey IS NOT NULL
                ORDER BY m.start, a.meetingId, a.id
                """)
            for action in actions {
                let id: Int64 = action["id"], text: String = action["text"], status: String = action["status"]
                links[action["clauseKey"], default: []].append(Backlink(
                    meeting: action["meeting"], description: "action #\(id) \(text) (\(status))"))
            }
            return links
        }
    }
}
