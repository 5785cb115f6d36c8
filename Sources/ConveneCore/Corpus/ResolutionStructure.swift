import Foundation

/// A text read into its front matter, headings with their items and history line: all
/// of the parse but the metadata, which may come from the text itself, a file header or the
/// user. `assemble(metadata:)` then makes the document.
struct ResolutionStructure {
    let text: String
    let frontMatter: FrontMatterReader
    let headings: [ClauseOutlineBuilder.DraftHeading]
    let history: String?
    /// What reading the text noticed, before the clauses are keyed.
    let warnings: [ParseWarning]

    /// True when the text has a proposal's summary or action required.
    var isProposal: Bool { frontMatter.summary != nil || frontMatter.actionRequired != nil }

    /// Read once: the text may be long and the language is asked for several times.
    let detectedLanguage: String

    init(text: String, frontMatter: FrontMatterReader, headings: [ClauseOutlineBuilder.DraftHeading],
         history: String?, warnings: [ParseWarning]) {
        self.text = text
        self.frontMatter = frontMatter
        self.headings = headings
        self.history = history
        self.warnings = warnings
        detectedLanguage = ResolutionMetadata.detectLanguage(of: text)
    }

    /// The metadata the text gives itself: its title line and history line. Throws when it
    /// has no title line.
    func inferredMetadata() throws -> ResolutionMetadata {
        try ResolutionMetadata.inferred(
            conferenceLine: frontMatter.conferenceLine, datesLine: frontMatter.datesLine, title: frontMatter.title, history: history,
            isProposal: isProposal, language: detectedLanguage
        )
    }

    /// The document, its clauses keyed under `metadata.id`; without metadata, the inferred one.
    /// Headings the table lacks and clauses holding a suspicious fragment are warned about.
    func assemble(metadata: ResolutionMetadata?, table: HeadingTable) throws -> ParsedResolution {
        let metadata = try metadata ?? inferredMetadata()
        var assembler = OutlineAssembler(documentId: metadata.id)
        let (headings, clauses) = assembler.assemble(self.headings)
        let document = ResolutionDocument(
            metadata: metadata, conferenceLine: frontMatter.conferenceLine,
            enactingFormula: frontMatter.enactingFormula, history: history,
            summary: frontMatter.summary, actionRequired: frontMatter.actionRequired,
            headings: headings, clauses: clauses, sourceText: text
        )
        let unknownHeadings = document.headings.filter { !$0.isInHeadingTable }.map { heading in
            ParseWarning(
                line: heading.line,
                message: "heading '\(heading.text)' is not in the heading table, so its clauses are keyed "
                    + "'\(heading.slug)'; to key it as you choose, add the line "
                    + "'\(heading.slug)<TAB>\(metadata.language)<TAB>\(heading.text)' to headings.tsv",
                kind: .unknownHeading)
        }
        let suspicious = ClauseSuspicion.warnings(for: clauses)
        let allWarnings = (warnings + assembler.warnings + unknownHeadings + suspicious).sorted { $0.line < $1.line }
        return ParsedResolution(document: document, warnings: allWarnings)
    }
}
