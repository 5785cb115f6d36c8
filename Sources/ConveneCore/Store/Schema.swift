import GRDB

/// The database schema, one named migration per step, in order. Never edit a shipped
/// migration: add one.
///
/// Migrations change the schema only: they never use the app's record types or parser, so
/// that a later change to those cannot break migrating a new or an old database. The rows
/// convene ships with are inserted afterwards by `ShippedData`, in the same transaction.
enum Schema {
    struct Migration: Sendable {
        let identifier: String
        let apply: @Sendable (Database) throws -> Void
    }

    /// The step after which the shipped countries and organisations are due.
    static let referenceDataMigration = "v1 reference data: countries and regional organizations"
    /// The step after which the shipped resolution texts are due.
    static let corpusMigration = "v3 resolution corpus"

    static let migrations: [Migration] = [
        Migration(identifier: "v1 directory", apply: v1Directory),
        Migration(identifier: referenceDataMigration, apply: v1ReferenceData),
        Migration(identifier: "v2 agenda and minutes", apply: v2AgendaAndMinutes),
        Migration(identifier: corpusMigration, apply: v3ResolutionCorpus),
        Migration(identifier: "v4 directory order index", apply: v4DirectoryOrderIndex),
        Migration(identifier: "v5 history author and open-change index", apply: v5HistoryAuthor),
        Migration(identifier: "v6 stored search keys", apply: v6StoredSearchKeys),
        Migration(identifier: "v7 meeting calendar sequence", apply: v7MeetingCalendarSequence),
        Migration(identifier: "v8 speakers, breaks, fixed times and days", apply: v8SpeakersBreaksAndDays),
        Migration(identifier: "v9 official record", apply: v9OfficialRecord),
    ]

    static var identifiers: [String] { migrations.map(\.identifier) }

    /// The migrations `db` has yet to run, in order.
    static func pendingMigrations(_ db: Database) throws -> [Migration] {
        guard try db.tableExists("grdb_migrations") else { return migrations }
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        return migrations.filter { !applied.contains($0.identifier) }
    }

    /// Runs the migrations `db` lacks, inside the caller's transaction, and returns their
    /// identifiers. Each is recorded in `grdb_migrations`, the table GRDB's `DatabaseMigrator`
    /// keeps, so databases it migrated are recognised; the migrator itself is not used because
    /// it commits each migration on its own, and the shipped rows must be inserted in the
    /// same transaction as the migrations that make room for them.
    static func migrate(_ db: Database) throws -> [String] {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let pending = try pendingMigrations(db)
        for migration in pending {
            try migration.apply(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        return pending.map(\.identifier)
    }

    private static func v1Directory(_ db: Database) throws {
        try ChangeTracking.createTables(db)

        try db.create(table: "country") { t in
            t.primaryKey("alpha3", .text)
            t.column("alpha2", .text).notNull().unique()
            t.column("nameEn", .text).notNull()
            t.column("nameZh", .text).notNull()
            t.column("ituMember", .boolean).notNull()
            t.column("region", .text)
        }
        try db.create(table: "organisation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("nameZh", .text)
            t.column("shortName", .text)
            t.column("category", .text).notNull()
            t.column("country", .text).references("country")
            t.column("region", .text)
        }
        try db.create(table: "participant") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("honorific", .text)
            t.column("givenName", .text).notNull()
            t.column("familyName", .text).notNull()
            t.column("organisationId", .integer).indexed().references("organisation", onDelete: .restrict)
            t.column("function", .text)
            t.column("email", .text).collate(.nocase).unique()
            t.column("phone", .text)
            t.column("country", .text).references("country")
            t.column("notes", .text)
        }
        try db.create(table: "meeting") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).collate(.nocase).unique()
            t.column("title", .text).notNull()
            t.column("level", .text).notNull()
            t.column("region", .text)
            t.column("start", .text).notNull()
            t.column("end", .text)
            t.column("timeZone", .text).notNull()
            t.column("venue", .text)
            t.column("onlineLink", .text)
            t.column("symbol", .text)
            t.column("status", .text).notNull()
        }
        try db.create(table: "invitation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("meetingId", .integer).notNull().references("meeting", onDelete: .cascade)
            t.column("participantId", .integer).notNull().indexed().references("participant", onDelete: .cascade)
            t.column("role", .text).notNull()
            t.column("delegationId", .integer).references("organisation", onDelete: .setNull)
            t.column("reply", .text).notNull()
            t.column("attendance", .text)
            t.uniqueKey(["meetingId", "participantId"])
        }
        for table in ["organisation", "participant", "meeting", "invitation"] {
            try ChangeTracking.track(table, db)
        }
    }

    private static func v1ReferenceData(_ db: Database) throws {
        // Its rows (countries, Member States, regional organisations) are inserted by
        // `ShippedData` after the migrations; the step stays so that existing databases are
        // recognised and so that seeding knows when they are due.
    }

    private static func v2AgendaAndMinutes(_ db: Database) throws {
        try db.alter(table: "meeting") { t in
            t.add(column: "openedAt", .text)
            t.add(column: "closedAt", .text)
            t.add(column: "minutesStatus", .text).notNull().defaults(to: "draft")
        }
        try db.create(table: "agendaItem") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("meetingId", .integer).notNull().indexed().references("meeting", onDelete: .cascade)
            t.column("parentId", .integer).indexed().references("agendaItem", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("title", .text).notNull()
            t.column("description", .text)
            t.column("minutes", .integer)
            t.column("presenterId", .integer).references("participant", onDelete: .setNull)
            t.column("documents", .text).notNull().defaults(to: "[]")
            t.column("notes", .text)
        }
        try db.create(table: "agendaClause") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("itemId", .integer).notNull().references("agendaItem", onDelete: .cascade)
            t.column("clauseKey", .text).notNull().indexed()
            t.column("position", .integer).notNull()
            t.uniqueKey(["itemId", "clauseKey"])
        }
        try db.create(table: "decision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("itemId", .integer).notNull().indexed().references("agendaItem", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try db.create(table: "actionPoint") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("meetingId", .integer).notNull().indexed().references("meeting", onDelete: .cascade)
            t.column("itemId", .integer).indexed().references("agendaItem", onDelete: .setNull)
            t.column("text", .text).notNull()
            t.column("ownerId", .integer).indexed().references("participant", onDelete: .setNull)
            t.column("due", .text)
            t.column("status", .text).notNull()
            t.column("clauseKey", .text).indexed()
        }
        for table in ["meeting", "agendaItem", "agendaClause", "decision", "actionPoint"] {
            try ChangeTracking.track(table, db)
        }
    }

    private static func v3ResolutionCorpus(_ db: Database) throws {
        try db.create(table: "resolution") { t in
            t.primaryKey("id", .text)
            t.column("number", .text).notNull()
            t.column("title", .text).notNull()
            t.column("conference", .text).notNull()
            t.column("year", .integer).notNull()
            t.column("language", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("revises", .text)
            t.column("conferenceLine", .text)
            t.column("enactingFormula", .text)
            t.column("history", .text)
            t.column("summary", .text)
            t.column("actionRequired", .text)
            t.column("sourceText", .text).notNull()
        }
        // Integer ids that are never reused keep undo's row keys unambiguous when a
        // replaced document's rows are deleted and new ones inserted in one change.
        try db.create(table: "resolutionHeading") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("documentId", .text).notNull().references("resolution", onDelete: .cascade)
            t.column("slug", .text).notNull()
            t.column("text", .text).notNull()
            t.column("part", .text).notNull()
            t.column("introText", .text)
            t.column("isInHeadingTable", .boolean).notNull()
            t.column("line", .integer).notNull()
            t.column("position", .integer).notNull()
            t.uniqueKey(["documentId", "slug"])
        }
        try db.create(table: "clause") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("key", .text).notNull().unique()
            t.column("documentId", .text).notNull().indexed().references("resolution", onDelete: .cascade)
            t.column("headingSlug", .text).notNull()
            t.column("headingText", .text).notNull()
            t.column("part", .text).notNull()
            t.column("number", .text)
            t.column("subNumber", .text)
            t.column("text", .text).notNull()
            t.column("footnotes", .text).notNull().defaults(to: "[]")
            t.column("position", .integer).notNull()
            t.column("line", .integer).notNull()
        }
        for table in ["resolution", "resolutionHeading", "clause"] {
            try ChangeTracking.track(table, db)
        }
        // The shipped texts are inserted by `ShippedData` after the migrations.
    }

    private static func v4DirectoryOrderIndex(_ db: Database) throws {
        // Lists show participants in this order; with the index, the first screen of a
        // directory of 100,000 is read without sorting all of them.
        try db.execute(sql: """
            CREATE INDEX participantDirectoryOrder
            ON participant(familyName COLLATE NOCASE, givenName COLLATE NOCASE, id)
            """)
    }

    private static func v5HistoryAuthor(_ db: Database) throws {
        // Who made each change (the operating-system user and host), so that `undo` walks
        // back one's own changes when several organisers share a database. Older entries
        // keep NULL: their author is unknown.
        // The partial index lets every tracking trigger find the open change without
        // scanning the whole history, which made long writes slow on an old database; the
        // row index finds the later changes to a row (undo's conflict check, purging).
        try db.execute(sql: """
            ALTER TABLE change ADD COLUMN user TEXT;
            ALTER TABLE change ADD COLUMN host TEXT;
            CREATE INDEX changeOpen ON change(id) WHERE isOpen;
            CREATE INDEX changeRowTarget ON changeRow(tableName, rowKey);
            """)
    }

    private static func v6StoredSearchKeys(_ db: Database) throws {
        // The folded text the directory filter searches, kept beside each row so that
        // `participant list --filter` is one query over stored keys rather than folding the
        // whole directory on every call. The keys are derived: the tracking triggers are
        // made again without them, so the history never holds them.
        // No index: a filter word may stand anywhere in a key, which no B-tree index can seek.
        try db.execute(sql: """
            ALTER TABLE participant ADD COLUMN searchKey TEXT NOT NULL DEFAULT '';
            ALTER TABLE organisation ADD COLUMN searchKey TEXT NOT NULL DEFAULT '';
            """)
        for table in ["participant", "organisation"] {
            try ChangeTracking.track(table, db)
        }
        // The one exception to plain SQL in a migration: folding (Unicode decomposition,
        // case) has no SQL form, so the existing rows' keys are computed by the same pure
        // function every later write uses. It reads and writes the columns with plain SQL.
        try SearchKey.rebuildAll(db)
    }

    private static func v7MeetingCalendarSequence(_ db: Database) throws {
        // The iCalendar SEQUENCE of a meeting (RFC 5545 3.8.7.4): a calendar replaces its
        // entry only with a higher one, so it grows whenever a field the invitation shows
        // changes (code, title, times, place, link, status, the agenda's items), and never
        // goes back. SQL triggers raise it, so that every writer and undo keep it without
        // knowing of it; the history does not log it (a derived column), so an undo never
        // puts an older number back, and an undo that restores a title raises it again.
        try db.execute(sql: "ALTER TABLE meeting ADD COLUMN calendarSequence INTEGER NOT NULL DEFAULT 0")
        // The tracking triggers read the columns anew; GRDB would answer from its cache.
        db.clearSchemaCache()
        try ChangeTracking.track("meeting", db)
        let raise = "UPDATE meeting SET calendarSequence = calendarSequence + 1"
        let shown = ["code", "title", "start", "end", "timeZone", "venue", "onlineLink", "status"]
        let changed = shown.map { "OLD.\"\($0)\" IS NOT NEW.\"\($0)\"" }.joined(separator: " OR ")
        try db.execute(sql: """
            CREATE TRIGGER meetingCalendarSequence
            AFTER UPDATE OF \(shown.map { "\"\($0)\"" }.joined(separator: ", ")) ON meeting WHEN \(changed) BEGIN
              \(raise) WHERE id = NEW.id;
            END;
            CREATE TRIGGER agendaItemInsertCalendarSequence AFTER INSERT ON agendaItem BEGIN
              \(raise) WHERE id = NEW.meetingId;
            END;
            CREATE TRIGGER agendaItemDeleteCalendarSequence AFTER DELETE ON agendaItem BEGIN
              \(raise) WHERE id = OLD.meetingId;
            END;
            CREATE TRIGGER agendaItemUpdateCalendarSequence
            AFTER UPDATE OF title, minutes, position, parentId ON agendaItem
            WHEN OLD.title IS NOT NEW.title OR OLD.minutes IS NOT NEW.minutes OR OLD.position IS NOT NEW.position
              OR OLD.parentId IS NOT NEW.parentId BEGIN
              \(raise) WHERE id = NEW.meetingId;
            END;
            """)
    }

    /// The meeting day (issue 11): a speakers' list per agenda item with a time budget
    /// (the meeting's default, an item's own), and agenda items that are breaks, start at a
    /// fixed time, or fall on a later day of a multi-day meeting. All of it is user data,
    /// logged by the history like the rest, so the changed tables are tracked anew.
    static func v8SpeakersBreaksAndDays(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE meeting ADD COLUMN speakingMinutes INTEGER CHECK (speakingMinutes > 0);
            ALTER TABLE agendaItem ADD COLUMN speakingMinutes INTEGER CHECK (speakingMinutes > 0);
            ALTER TABLE agendaItem ADD COLUMN isBreak BOOLEAN NOT NULL DEFAULT 0;
            ALTER TABLE agendaItem ADD COLUMN fixedStart TEXT;
            ALTER TABLE agendaItem ADD COLUMN day INTEGER NOT NULL DEFAULT 1 CHECK (day >= 1);
            CREATE TABLE speaker (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              itemId INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
              participantId INTEGER REFERENCES participant(id) ON DELETE SET NULL,
              delegationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
              position INTEGER NOT NULL,
              startedAt TEXT,
              endedAt TEXT,
              CHECK (participantId IS NOT NULL OR delegationId IS NOT NULL)
            );
            CREATE INDEX speakerByItem ON speaker(itemId, position);
            """)
        // The tracking triggers read the columns anew; GRDB would answer from its cache.
        db.clearSchemaCache()
        for table in ["meeting", "agendaItem", "speaker"] { try ChangeTracking.track(table, db) }
    }

    /// The minutes as an official record (issue 10): every approval, revision and corrigendum
    /// frozen as a version (the rendered Markdown and the data it came from); a participant's
    /// name in Latin script; organisation names in the other ITU languages; a meeting's own
    /// pattern of document symbols (NULL: `{series}/{n}`); and the item clock's stamps (when
    /// an item actually started, local date-time, and how many seconds it ran). All of it is
    /// user data, logged by the history like the rest.
    static func v9OfficialRecord(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE participant ADD COLUMN latinName TEXT;
            ALTER TABLE organisation ADD COLUMN nameFr TEXT;
            ALTER TABLE organisation ADD COLUMN nameEs TEXT;
            ALTER TABLE organisation ADD COLUMN nameAr TEXT;
            ALTER TABLE organisation ADD COLUMN nameRu TEXT;
            ALTER TABLE meeting ADD COLUMN symbolPattern TEXT;
            ALTER TABLE agendaItem ADD COLUMN actualStart TEXT;
            ALTER TABLE agendaItem ADD COLUMN actualSeconds INTEGER CHECK (actualSeconds >= 0);
            CREATE TABLE minutesVersion (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
              number INTEGER NOT NULL CHECK (number >= 1),
              kind TEXT NOT NULL CHECK (kind IN ('approval', 'revision', 'corrigendum')),
              approvedOn TEXT NOT NULL,
              createdAt TEXT NOT NULL,
              symbol TEXT,
              markdown TEXT NOT NULL,
              data TEXT NOT NULL,
              note TEXT,
              reopenedAt TEXT,
              reopenReason TEXT,
              UNIQUE (meetingId, number)
            );
            """)
        // The tracking triggers read the columns anew; GRDB would answer from its cache.
        db.clearSchemaCache()
        for table in ["participant", "organisation", "meeting", "agendaItem", "minutesVersion"] {
            try ChangeTracking.track(table, db)
        }
    }
}
