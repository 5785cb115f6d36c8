import GRDB

/// The folded text the directory filter searches, stored beside each participant and
/// organisation (`searchKey` columns, since migration v6) so that a filtered listing is one
/// SQL query over the stored keys instead of folding every row again on every call.
///
/// A key is the folded fields joined by U+0001, which no query word contains: a word is
/// found in a key exactly when it is found in one of its fields. That is why a participant's
/// filter can search the participant's key, the organisation's key and the country's names
/// separately and still find what one key holding all of them would (`DirectoryFilter`).
///
/// The keys are derived data: they are kept out of the history (the tracking triggers and
/// undo skip them) and computed again whenever a row is written or restored.
public enum SearchKey {
    /// The column name in both tables.
    static let column = "searchKey"

    /// The participant's own fields: names as typed and as shown, email, function, and the
    /// name in Latin script (last, and left out when absent, so that the keys stored before
    /// there was one are still right).
    public static func participant(honorific: String?, givenName: String, familyName: String,
                                   email: String?, function: String?, latinName: String? = nil) -> String {
        let name = PersonName.display(honorific: honorific, given: givenName, family: familyName)
        return joinedFold([honorific, givenName, familyName, name, email, function, latinName])
    }

    /// The organisation's names, as the participant filter searches them; the French,
    /// Spanish, Arabic and Russian ones last, as the Latin name above.
    public static func organisation(name: String, shortName: String?, nameZh: String?,
                                    otherNames: [String?] = []) -> String {
        joinedFold([name, shortName, nameZh] + otherNames)
    }

    static func joinedFold(_ fields: [String?]) -> String {
        var bytes: [UInt8] = []
        var isFirst = true
        for field in fields {
            guard let field else { continue }
            if !isFirst { bytes.append(1) }
            isFirst = false
            TextFolding.fold(field, into: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Computes the key of one row again from its stored fields (after undo restored them).
    static func refresh(table: String, rowKey: Int64, _ db: Database) throws {
        switch table {
        case "participant":
            try refreshParticipants(db, where: "WHERE rowid = ?", [rowKey])
        case "organisation":
            try refreshOrganisations(db, where: "WHERE rowid = ?", [rowKey])
        default:
            return
        }
    }

    /// Computes every key again: for the migration that introduced them and for data written
    /// in bulk. Reads with plain SQL, so that it runs on any database that has the columns.
    static func rebuildAll(_ db: Database) throws {
        try refreshParticipants(db, where: "", [])
        try refreshOrganisations(db, where: "", [])
    }

    /// Columns of `table` that migration v9 added, when the database has them yet (v6 computes
    /// the keys before they exist); NULL in their place otherwise.
    private static func laterColumns(_ names: [String], of table: String, _ db: Database) throws -> String {
        let present = Set(try db.columns(in: table).map(\.name))
        return names.map { present.contains($0) ? $0 : "NULL" }.joined(separator: ", ")
    }

    private static func refreshParticipants(_ db: Database, where condition: String, _ arguments: StatementArguments) throws {
        let update = try db.makeStatement(sql: "UPDATE participant SET searchKey = ? WHERE rowid = ?")
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, honorific, givenName, familyName, email, function, \(try laterColumns(["latinName"], of: "participant", db))
            FROM participant \(condition)
            """, arguments: arguments)
        for row in rows {
            let key = participant(honorific: row[1], givenName: row[2], familyName: row[3], email: row[4], function: row[5],
                                  latinName: row[6])
            try update.execute(arguments: [key, row[0] as Int64])
        }
    }

    private static func refreshOrganisations(_ db: Database, where condition: String, _ arguments: StatementArguments) throws {
        let update = try db.makeStatement(sql: "UPDATE organisation SET searchKey = ? WHERE rowid = ?")
        let others = try laterColumns(["nameFr", "nameEs", "nameAr", "nameRu"], of: "organisation", db)
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, name, shortName, nameZh, \(others) FROM organisation \(condition)",
                                    arguments: arguments)
        for row in rows {
            let key = organisation(name: row[1], shortName: row[2], nameZh: row[3], otherNames: [row[4], row[5], row[6], row[7]])
            try update.execute(arguments: [key, row[0] as Int64])
        }
    }
}
