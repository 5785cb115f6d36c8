import Foundation
import GRDB

/// A document's own fields as one row of `resolution`, its metadata in columns of their
/// own; its headings and clauses have tables of their own, so a document is written and
/// read as three queries.
struct ResolutionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "resolution"

    var metadata: ResolutionMetadata
    var conferenceLine: String?
    var enactingFormula: String?
    var history: String?
    var summary: String?
    var actionRequired: String?
    var sourceText: String

    private enum CodingKeys: String, CodingKey {
        case conferenceLine, enactingFormula, history, summary, actionRequired, sourceText
    }

    init(_ document: ResolutionDocument) {
        metadata = document.metadata
        conferenceLine = document.conferenceLine
        enactingFormula = document.enactingFormula
        history = document.history
        summary = document.summary
        actionRequired = document.actionRequired
        sourceText = document.sourceText
    }

    // The metadata's fields are columns of the row, beside the others.
    init(from decoder: any Decoder) throws {
        metadata = try ResolutionMetadata(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        conferenceLine = try container.decodeIfPresent(String.self, forKey: .conferenceLine)
        enactingFormula = try container.decodeIfPresent(String.self, forKey: .enactingFormula)
        history = try container.decodeIfPresent(String.self, forKey: .history)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        actionRequired = try container.decodeIfPresent(String.self, forKey: .actionRequired)
        sourceText = try container.decode(String.self, forKey: .sourceText)
    }

    func encode(to encoder: any Encoder) throws {
        try metadata.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(conferenceLine, forKey: .conferenceLine)
        try container.encode(enactingFormula, forKey: .enactingFormula)
        try container.encode(history, forKey: .history)
        try container.encode(summary, forKey: .summary)
        try container.encode(actionRequired, forKey: .actionRequired)
        try container.encode(sourceText, forKey: .sourceText)
    }

    func document(headings: [ResolutionHeading], clauses: [Clause]) -> ResolutionDocument {
        ResolutionDocument(
            metadata: metadata, conferenceLine: conferenceLine, enactingFormula: enactingFormula,
            history: history, summary: summary, actionRequired: actionRequired,
            headings: headings, clauses: clauses, sourceText: sourceText
        )
    }
}

extension ResolutionKind: DatabaseValueConvertible {}
extension HeadingPart: DatabaseValueConvertible {}

extension ResolutionHeading: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "resolutionHeading"
}

/// Footnotes are stored as a JSON array of strings.
extension Clause: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "clause"
}

extension DerivableRequest<ResolutionHeading> {
    /// A document's headings in document order.
    func inDocument(_ id: String) -> Self {
        filter(Column("documentId") == id).order(Column("position"))
    }
}

extension DerivableRequest<Clause> {
    /// A document's clauses in document order.
    func inDocument(_ id: String) -> Self {
        filter(Column("documentId") == id).order(Column("position"))
    }
}

/// Writing and reading whole documents.
enum CorpusRecords {
    static func insert(_ document: ResolutionDocument, _ db: Database) throws {
        try ResolutionRecord(document).insert(db)
        for heading in document.headings { try heading.insert(db) }
        for clause in document.clauses { try clause.insert(db) }
    }

    /// The document with this id, rebuilt from its rows; nil when there is none.
    static func document(_ id: String, _ db: Database) throws -> ResolutionDocument? {
        guard let record = try ResolutionRecord.fetchOne(db, key: id) else { return nil }
        return record.document(
            headings: try ResolutionHeading.all().inDocument(id).fetchAll(db),
            clauses: try Clause.all().inDocument(id).fetchAll(db)
        )
    }

    static func requireDocument(_ id: String, _ db: Database) throws -> ResolutionDocument {
        guard let document = try document(id, db) else {
            throw ConveneError.notFound(kind: "resolution", reference: id)
        }
        return document
    }

    /// Every document, ordered by id.
    static func allDocuments(_ db: Database) throws -> [ResolutionDocument] {
        let headings = Dictionary(grouping: try ResolutionHeading.order(Column("position")).fetchAll(db), by: \.documentId)
        let clauses = Dictionary(grouping: try Clause.order(Column("position")).fetchAll(db), by: \.documentId)
        return try ResolutionRecord.order(Column("id")).fetchAll(db).map { record in
            record.document(headings: headings[record.metadata.id] ?? [], clauses: clauses[record.metadata.id] ?? [])
        }
    }
}

/// The shipped documents parsed once per process and data folder: every new database
/// (tests create hundreds in memory) then costs an insert rather than a parse.
enum ShippedCorpusCache {
    // Every access to `documents` holds `lock`, which the compiler cannot see; hence
    // `@unchecked`. (Synchronization's `Mutex` would say it, but needs macOS 15.)
    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var documents: [String: [ResolutionDocument]] = [:]
    }

    private static let storage = Storage()

    static func documents(dataDirectory: URL) throws -> [ResolutionDocument] {
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let cached = storage.documents[dataDirectory.path] { return cached }
        let documents = try ShippedCorpus.load(dataDirectory: dataDirectory)
        storage.documents[dataDirectory.path] = documents
        return documents
    }
}
