import GRDB

/// A resolution as `resolution list` shows it.
public struct ResolutionSummary: Codable, Sendable, Equatable {
    public var id: String
    public var number: String
    public var title: String
    public var conference: String
    public var year: Int
    public var language: String
    public var kind: ResolutionKind
    public var revises: String?
    /// `Res. 174 (Guadalajara, 2010)`, `第174号决议（2022年，布加勒斯特，RCC提案）`.
    public var citation: String
    public var headingCount: Int
    public var clauseCount: Int

    public init(_ document: ResolutionDocument) {
        self.init(document, headingCount: document.headings.count, clauseCount: document.clauses.count)
    }

    init(_ document: ResolutionDocument, headingCount: Int, clauseCount: Int) {
        id = document.id
        number = document.number
        title = document.title
        conference = document.conference
        year = document.year
        language = document.language
        kind = document.kind
        revises = document.revises
        citation = ResolutionCitation.document(document)
        self.headingCount = headingCount
        self.clauseCount = clauseCount
    }
}

/// A clause with the citations people use for it, as `clause show` and `clause search` show it.
public struct ClauseListing: Codable, Sendable, Equatable {
    public var key: String
    public var documentId: String
    public var headingSlug: String
    public var headingText: String
    public var part: HeadingPart
    public var number: String?
    public var subNumber: String?
    public var text: String
    public var footnotes: [String]
    /// 1-based line in the document's source text.
    public var line: Int
    /// `Res. 174 (Guadalajara, 2010), recalling g)`.
    public var citation: String
    /// `Res. 174 (Guadalajara, 2010), *recalling* g)`.
    public var citationMarkdown: String

    public init(_ clause: Clause, in document: ResolutionDocument) {
        key = clause.key
        documentId = clause.documentId
        headingSlug = clause.headingSlug
        headingText = clause.headingText
        part = clause.part
        number = clause.number
        subNumber = clause.subNumber
        text = clause.text
        footnotes = clause.footnotes
        line = clause.line
        citation = ResolutionCitation.plain(clause, in: document)
        citationMarkdown = ResolutionCitation.markdown(clause, in: document)
    }
}

/// A document's headings with their clauses, as `resolution show` and an import show it.
public struct ResolutionOutline: Codable, Sendable, Equatable {
    public struct Heading: Codable, Sendable, Equatable {
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
