import GRDB

/// Per clause: the agenda items citing it and the action points implementing it.
struct ClauseActivity {
    var citations: [String: [ClauseCitation]] = [:]
    var actions: [String: [ActionRow]] = [:]
}

extension Store {
    /// What the implementation report prints about `keys` in `meetings` (in the order given).
    /// Reads only the clause links, their items' decisions, the matching action points and the
    /// outline (numbers and titles) of the meetings concerned, never whole agendas: over a
    /// thousand meetings, loading every agenda with its notes and times made the report take
    /// seconds.
    func clauseActivity(keys: [String], meetings: [Meeting], _ db: Database) throws -> ClauseActivity {
        guard !keys.isEmpty else { return ClauseActivity() }
        let wanted = Set(keys)
        let inPeriod = Set(meetings.compactMap(\.id))
        let keyMarks = databaseQuestionMarks(count: keys.count)
        let citingItems = "SELECT itemId FROM agendaClause WHERE clauseKey IN (\(keyMarks))"

        var linkedKeys: [Int64: [String]] = [:]
        var meetingsConcerned = Set<Int64>()
        for row in try Row.fetchAll(db, sql: """
            SELECT l.itemId, l.clauseKey, i.meetingId FROM agendaClause l JOIN agendaItem i ON i.id = l.itemId
            WHERE l.clauseKey IN (\(keyMarks)) ORDER BY l.itemId, l.position
            """, arguments: StatementArguments(keys)) {
            let meetingId: Int64 = row[2]
            guard inPeriod.contains(meetingId) else { continue }
            linkedKeys[row[0], default: []].append(row[1])
            meetingsConcerned.insert(meetingId)
        }
        let decisions = Dictionary(grouping: try Decision
            .filter(sql: "itemId IN (\(citingItems))", arguments: StatementArguments(keys))
            .order(Column("position"), Column("id")).fetchAll(db), by: \.itemId)

        var outlines: [Int64: AgendaTree] = [:]
        func outline(_ meetingId: Int64) throws -> AgendaTree {
            if let tree = outlines[meetingId] { return tree }
            let tree = try Self.outline(meetingId: meetingId, db)
            outlines[meetingId] = tree
            return tree
        }
        var numbers: [Int64: [Int64: String]] = [:]
        let actionRows = try actionRows(
            where: ["(a.clauseKey IN (\(keyMarks)) OR a.itemId IN (\(citingItems)))"],
            arguments: StatementArguments(keys + keys), db
        ) { meetingId in
            if let known = numbers[meetingId] { return known }
            let known = try outline(meetingId).numbersById
            numbers[meetingId] = known
            return known
        }.filter { inPeriod.contains($0.meetingId) }

        var activity = ClauseActivity()
        for meeting in meetings {
            guard let meetingId = meeting.id, meetingsConcerned.contains(meetingId) else { continue }
            for entry in try outline(meetingId).entries {
                guard let itemId = entry.item.id, let itemKeys = linkedKeys[itemId] else { continue }
                let itemDecisions = (decisions[itemId] ?? []).map { decision in
                    DecisionRow(id: decision.id ?? 0, meetingId: meetingId, itemId: itemId, itemNumber: entry.number,
                                itemTitle: entry.item.title, text: decision.text)
                }
                for key in itemKeys {
                    activity.citations[key, default: []].append(ClauseCitation(
                        meeting: meeting, itemId: itemId, itemNumber: entry.number, itemTitle: entry.item.title,
                        decisions: itemDecisions))
                }
            }
        }
        for action in actionRows {
            let underItem = action.itemId.flatMap { linkedKeys[$0] } ?? []
            for key in Set(underItem + [action.clauseKey].compactMap { $0 }) where wanted.contains(key) {
                activity.actions[key, default: []].append(action)
            }
        }
        return activity
    }

    /// A meeting's agenda reduced to what numbering needs, plus titles: items without their
    /// descriptions, documents and notes, which the report never prints.
    private static func outline(meetingId: Int64, _ db: Database) throws -> AgendaTree {
        let items = try Row.fetchAll(db, sql: "SELECT id, parentId, position, title FROM agendaItem WHERE meetingId = ?",
                                     arguments: [meetingId]).map { row in
            AgendaItem(id: row[0], meetingId: meetingId, parentId: row[1], position: row[2], title: row[3])
        }
        return AgendaTree(items: items)
    }
}

extension AgendaTree {
    /// Item numbers ("2.1") by item id.
    var numbersById: [Int64: String] {
        Dictionary(entries.map { ($0.item.id ?? 0, $0.number) }, uniquingKeysWith: { first, _ in first })
    }
}
