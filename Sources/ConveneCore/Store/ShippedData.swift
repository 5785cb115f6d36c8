import GRDB

/// The rows convene ships with: the countries, the Member States and regional organisations,
/// and the resolution texts. They are inserted with the app's own types and parser, which
/// migrations must not use, right after the migrations and in the same transaction.
///
/// Each set is inserted when the migration that used to insert it (and that still marks the
/// point where it is due) ran in that transaction: a database is filled exactly once, and one
/// written by an earlier convene, whose migrations inserted these rows themselves, is left as
/// it is. No change is open while they are inserted, so they stay out of the undo history.
enum ShippedData {
    static func insert(afterMigrations applied: [String], reference: ReferenceData, _ db: Database) throws {
        if applied.contains(Schema.referenceDataMigration) {
            let countries = try reference.countries()
            for country in countries {
                try country.insert(db)
            }
            for var organisation in try reference.shippedOrganisations(countries: countries) {
                try organisation.insert(db)
            }
        }
        if applied.contains(Schema.corpusMigration) {
            for document in try ShippedCorpusCache.documents(dataDirectory: reference.directory()) {
                try CorpusRecords.insert(document, db)
            }
        }
    }
}
