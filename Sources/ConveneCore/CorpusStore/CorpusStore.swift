import GRDB

/// A resolution as `resolution list` shows it. Its JSON has the metadata's fields beside
/// the others, as `resolution list --json` has always printed them.
public struct ResolutionSummary: Encodable, Sendable, Equatable {
    public var metadata: ResolutionMetadata
    /// `Res. 174 (Guadalajara, 2010)`, `第174号决议（2022年，布加勒斯特，RCC提案）`.
    public var citation: String
    public var headingCount: Int
    public var clauseCount: Int

    private enum CodingKeys: String, CodingKey {
        case citation, headingCount, clauseCount
    }

    public init(_ document: ResolutionDocument) {
        self.init(document, headingCount: document.headings.count, clauseCount: document.clauses.count)
    }

    init(_ document: ResolutionDocument, headingCount: Int, clauseCount: Int) {
        metadata = document.metadata
        citation = ResolutionCitation.document(document)
        self.headingCount = headingCount
        self.clauseCount = clauseCount
    }

    public var id: String { metadata.id }

    public func encode(to encoder: any Encoder) throws {
        try metadata.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citation, forKey: .citation)
        try container.encode(headingCount, forKey: .headingCount)
        try container.encode(clauseCount, forKey: .clauseCount)
    }
}

/// A clause with the citations people use for it, as `clause show` and `clause search` show
/// it. Its JSON has the clause's fields (but not its position) beside the citations.
public struct ClauseListing: Encodable, Sendable, Equatable {
    public var clause: Clause
    /// `Res. 174 (Guadalajara, 2010), recalling g)`.
    public var citation: String
    /// `Res. 174 (Guadalajara, 2010), *recalling* g)`.
    public var citationMarkdown: String

    private enum CodingKeys: String, CodingKey {
        case key, documentId, headingSlug, headingText, part, number, subNumber, text, footnotes, line
        case citation, citationMarkdown
    }

    public init(_ clause: Clause, in document: ResolutionDocument) {
        self.clause = clause
        citation = ResolutionCitation.plain(clause, in: document)
        citationMarkdown = ResolutionCitation.markdown(clause, in: document)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(clause.key, forKey: .key)
        try container.encode(clause.documentId, forKey: .documentId)
        try container.encode(clause.headingSlug, forKey: .headingSlug)
        try container.encode(clause.headingText, forKey: .headingText)
        try container.encode(clause.part, forKey: .part)
        try container.encodeIfPresent(clause.number, forKey: .number)
        try container.encodeIfPresent(clause.subNumber, forKey: .subNumber)
        try container.encode(clause.text, forKey: .text)
        try container.encode(clause.footnotes, forKey: .footnotes)
        try container.encode(clause.line, forKey: .line)
        try container.encode(citation, forKey: .citation)
        try container.encode(citationMarkdown, forKey: .citationMarkdown)
    }
}

/// A document's headings with their clauses, as `resolution show` and an import show it.
public struct ResolutionOutline: Encodable, Sendable, Equatable {
    public struct Heading: Encodable, Sendable, Equatable {
        public var slug: String
        public var text: String
        public var part: HeadingPart
        public var introText: String?
        public var isInHeadingTable: Bool
        public var line: Int
        public var clauses: [ClauseListing]
    }

    public var resolution: ResolutionSummary
    public var enactingFormula: String?
    public var history: String?
    /// A proposal's summary.
    public var summary: String?
    public var actionRequired: String?
    public var headings: [Heading]

    public init(_ document: ResolutionDocument) {
        resolution = ResolutionSummary(document)
        enactingFormula = document.enactingFormula
        history = document.history
        summary = document.summary
        actionRequired = document.actionRequired
        let clauses = Dictionary(grouping: document.clauses, by: \.headingSlug)
        headings = document.headings.map { heading in
            Heading(
                slug: heading.slug, text: heading.text, part: heading.part, introText: heading.introText,
                isInHeadingTable: heading.isInHeadingTable, line: heading.line,
                clauses: (clauses[heading.slug] ?? []).map { ClauseListing($0, in: document) }
            )
        }
    }
}

extension Store {
    /// The resolutions in the database, by id.
    public func resolutions() throws -> [ResolutionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*,
                       (SELECT count(*) FROM resolutionHeading h WHERE h.documentId = r.id) AS headingCount,
                       (SELECT count(*) FROM clause c WHERE c.documentId = r.id) AS clauseCount
                FROM resolution r ORDER BY r.id
                """).map { row in
                ResolutionSummary(
                    try ResolutionRecord(row: row).document(headings: [], clauses: []),
                    headingCount: row["headingCount"], clauseCount: row["clauseCount"]
                )
            }
        }
    }

    /// Every document with its headings and clauses, by id, read in one snapshot.
    public func resolutionDocuments() throws -> [ResolutionDocument] {
        try read { db in try CorpusRecords.allDocuments(db) }
    }

    /// One document with its headings and clauses, as it was parsed.
    public func resolution(_ id: String) throws -> ResolutionDocument {
        try read { db in try CorpusRecords.requireDocument(id, db) }
    }

    /// One clause by its key, with its citations.
    public func clause(_ key: String) throws -> ClauseListing {
        try read { db in
            guard let clause = try Clause.filter(Column("key") == key).fetchOne(db),
                  let record = try ResolutionRecord.fetchOne(db, key: clause.documentId) else {
                throw ConveneError.notFound(kind: "clause", reference: key)
            }
            return ClauseListing(clause, in: record.document(headings: [], clauses: []))
        }
    }

    /// Clauses matching every word of `text` (case- and diacritic-insensitive, CJK
    /// substrings), in document order; `documentId` keeps one document's.
    public func searchClauses(_ text: String, documentId: String? = nil) throws -> [ClauseListing] {
        try read { db in
            let documents: [ResolutionDocument]
            if let documentId {
                documents = [try CorpusRecords.requireDocument(documentId, db)]
            } else {
                documents = try CorpusRecords.allDocuments(db)
            }
            let byId = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
            return ClauseSearch.search(text, in: documents).compactMap { clause in
                byId[clause.documentId].map { ClauseListing(clause, in: $0) }
            }
        }
    }

    /// What differs between two documents' clauses, matched on their keys without the document.
    public func compareResolutions(_ a: String, _ b: String) throws -> ResolutionComparison {
        try read { db in
            ResolutionComparison.compare(
                try CorpusRecords.requireDocument(a, db), try CorpusRecords.requireDocument(b, db)
            )
        }
    }
}
