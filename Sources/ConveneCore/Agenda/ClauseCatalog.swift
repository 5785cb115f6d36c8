import GRDB

/// Checks clause keys against the resolutions in the database.
enum ClauseCatalog {
    static func requireClause(_ key: String, field: Field, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM clause WHERE key = ?)", arguments: [key]) == true else {
            throw ConveneError.unknown(field: field, value: key, reason: "unknown clause key (see 'convene clause search')")
        }
    }
}
