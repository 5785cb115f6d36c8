/// The sqlite3 shell's side of each comparison: the same rows, joins and order convene reads.
enum Queries {
    private static let listingColumns = """
        SELECT p.id, p.honorific, p.givenName, p.familyName, coalesce(o.shortName, o.name), p.country, p.email
        FROM participant p
        LEFT JOIN organisation o ON o.id = p.organisationId
        LEFT JOIN country c ON c.alpha3 = p.country
        """
    private static let order = " ORDER BY p.familyName COLLATE NOCASE, p.givenName COLLATE NOCASE, p.id"

    static func listing(limit: Int? = nil) -> String {
        listingColumns + order + (limit.map { " LIMIT \($0)" } ?? "")
    }

    /// LIKE over the columns the filter searches (names, organisation, email, country, function).
    static func condition(_ word: String) -> String {
        let columns = ["p.honorific", "p.givenName", "p.familyName", "p.email", "p.function", "o.name", "o.shortName",
                       "o.nameZh", "p.country", "c.nameEn", "c.nameZh"]
        return "(" + columns.map { "\($0) LIKE '%\(word)%'" }.joined(separator: " OR ") + ")"
    }

    static func filter(_ query: String) -> String {
        let words = query.split(separator: " ").map { condition(String($0)) }
        return listingColumns + " WHERE " + words.joined(separator: " AND ") + order
    }

    static func filterCount(_ query: String) -> String {
        let words = query.split(separator: " ").map { condition(String($0)) }
        return """
            SELECT count(*) FROM participant p LEFT JOIN organisation o ON o.id = p.organisationId
            LEFT JOIN country c ON c.alpha3 = p.country WHERE \(words.joined(separator: " AND "))
            """
    }

    static func attendance(_ code: String) -> String {
        """
        SELECT p.givenName || ' ' || p.familyName AS name, coalesce(o.shortName, o.name) AS organisation,
               i.role, i.attendance
        FROM invitation i JOIN meeting m ON m.id = i.meetingId JOIN participant p ON p.id = i.participantId
        LEFT JOIN organisation o ON o.id = i.delegationId
        WHERE m.code = '\(code)'
        ORDER BY p.familyName COLLATE NOCASE, p.givenName COLLATE NOCASE;
        """
    }

    static let implementation = """
        SELECT ac.clauseKey, m.code, m.start, i.title, d.text, a.text
        FROM agendaClause ac JOIN agendaItem i ON i.id = ac.itemId JOIN meeting m ON m.id = i.meetingId
        LEFT JOIN decision d ON d.itemId = i.id LEFT JOIN actionPoint a ON a.itemId = i.id AND a.clauseKey = ac.clauseKey
        WHERE ac.clauseKey LIKE 'R174-2022-RCC/%'
        ORDER BY ac.clauseKey, m.start, i.position
        """

    static let history = """
        SELECT c.id, c.at, c.summary, r.tableName, r.rowKey, r.before, r.after
        FROM change c JOIN changeRow r ON r.changeId = c.id
        WHERE c.id IN (SELECT id FROM change WHERE NOT isOpen ORDER BY id DESC LIMIT 20)
        ORDER BY c.id DESC, r.id
        """
}
