import ConveneCore

/// `resolution list --json`, and the `resolution` of `resolution show --json`.
struct ResolutionJSON: Encodable {
    var id: String
    var number: String
    var title: String
    var conference: String
    var year: Int
    var language: String
    var kind: ResolutionKind
    @Nullable var revises: String?
    var citation: String
    var headingCount: Int
    var clauseCount: Int

    init(_ summary: ResolutionSummary) {
        let metadata = summary.metadata
        id = metadata.id
        number = metadata.number
        title = metadata.title
        conference = metadata.conference
        year = metadata.year
        language = metadata.language
        kind = metadata.kind
        revises = metadata.revises
        citation = summary.citation
        headingCount = summary.headingCount
        clauseCount = summary.clauseCount
    }
}

/// `resolution show --json`: the document's own texts and its headings with their clauses.
struct ResolutionOutlineJSON: Encodable {
    struct Heading: Encodable {
        var slug: String
        var text: String
        var part: HeadingPart
        @Nullable var introText: String?
        var isInHeadingTable: Bool
        var line: Int
        var clauses: [ClauseJSON]
    }

    var resolution: ResolutionJSON
    @Nullable var enactingFormula: String?
    @Nullable var history: String?
    @Nullable var summary: String?
    @Nullable var actionRequired: String?
    var headings: [Heading]

    init(_ outline: ResolutionOutline) {
        resolution = ResolutionJSON(outline.resolution)
        enactingFormula = outline.enactingFormula
        history = outline.history
        summary = outline.summary
        actionRequired = outline.actionRequired
        headings = outline.headings.map { heading in
            Heading(slug: heading.slug, text: heading.text, part: heading.part, introText: heading.introText,
                    isInHeadingTable: heading.isInHeadingTable, line: heading.line,
                    clauses: heading.clauses.map(ClauseJSON.init))
        }
    }
}

/// `clause show --json`, `clause search --json` and the clauses of an outline.
struct ClauseJSON: Encodable {
    var key: String
    var documentId: String
    var headingSlug: String
    var headingText: String
    var part: HeadingPart
    @Nullable var number: String?
    @Nullable var subNumber: String?
    var text: String
    var footnotes: [String]
    var line: Int
    var citation: String
    var citationMarkdown: String

    init(_ listing: ClauseListing) {
        let clause = listing.clause
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
        citation = listing.citation
        citationMarkdown = listing.citationMarkdown
    }
}

/// `resolution compare --json`.
struct ComparisonJSON: Encodable {
    struct Changed: Encodable {
        var relativeKey: String
        var keyInA: String
        var keyInB: String
        var textInA: String
        var textInB: String
    }

    var onlyInA: [String]
    var onlyInB: [String]
    var changed: [Changed]
    var unchanged: [String]

    init(_ comparison: ResolutionComparison) {
        onlyInA = comparison.onlyInA
        onlyInB = comparison.onlyInB
        changed = comparison.changed.map {
            Changed(relativeKey: $0.relativeKey, keyInA: $0.keyInA, keyInB: $0.keyInB, textInA: $0.textInA, textInB: $0.textInB)
        }
        unchanged = comparison.unchanged
    }
}
