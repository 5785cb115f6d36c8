import Foundation

/// Whether a resolution text is an adopted resolution or a proposal to adopt or revise one.
public enum ResolutionKind: String, Codable, Sendable, Equatable, CaseIterable {
    case resolution
    case proposal
}

/// Preambular headings (*considering*, *recalling* …) give the reasons; operative headings
/// (*resolves*, *instructs* …) say what is to be done. Implementation reports cover the latter.
public enum HeadingPart: String, Codable, Sendable, Equatable, CaseIterable {
    case preambular
    case operative
}

/// One resolution (or proposal) split into headings and citable clauses.
public struct ResolutionDocument: Codable, Sendable, Equatable, Identifiable {
    /// What the file header or the user says (or the title line shows): id, number, title,
    /// conference and year, language, kind, what it revises.
    public var metadata: ResolutionMetadata
    /// The line naming the resolution, as printed: `RESOLUTION 174 (Guadalajara, 2010)`.
    public var conferenceLine: String?
    /// `The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),`
    public var enactingFormula: String?
    /// The trailing history line: `(Marrakesh, 2002) – (Rev. Antalya, 2006)`.
    public var history: String?
    /// A proposal's summary (概要), paragraphs separated by a blank line.
    public var summary: String?
    /// A proposal's "action required" (需采取的行动).
    public var actionRequired: String?
    public var headings: [ResolutionHeading]
    public var clauses: [Clause]
    /// The text the document was parsed from, unchanged.
    public var sourceText: String

    public init(
        metadata: ResolutionMetadata, conferenceLine: String?, enactingFormula: String?, history: String?,
        summary: String?, actionRequired: String?,
        headings: [ResolutionHeading], clauses: [Clause], sourceText: String
    ) {
        self.metadata = metadata
        self.conferenceLine = conferenceLine
        self.enactingFormula = enactingFormula
        self.history = history
        self.summary = summary
        self.actionRequired = actionRequired
        self.headings = headings
        self.clauses = clauses
        self.sourceText = sourceText
    }

    /// `R174-2010`: the start of every clause key of the document.
    public var id: String { metadata.id }

    /// The clause with this key, if the document has it.
    public func clause(key: String) -> Clause? {
        clauses.first { $0.key == key }
    }
}

/// A heading such as *recalling* or *instructs the Secretary-General*, in document order.
public struct ResolutionHeading: Codable, Sendable, Equatable {
    public var documentId: String
    /// Language-neutral slug as used in clause keys; a repeated heading gets `-2`, `-3` ….
    public var slug: String
    /// The heading as printed, without emphasis markers or trailing colon.
    public var text: String
    public var part: HeadingPart
    /// A lead-in line that introduces the heading's items ("to take the necessary measures
    /// in order to:"). Nil when the heading has no items or no lead-in.
    public var introText: String?
    /// False when the heading table lacks it and the slug was derived from its words.
    public var isInHeadingTable: Bool
    /// 1-based line in the source text.
    public var line: Int
    /// 0-based order among the document's headings.
    public var position: Int

    public init(
        documentId: String, slug: String, text: String, part: HeadingPart,
        introText: String?, isInHeadingTable: Bool, line: Int, position: Int
    ) {
        self.documentId = documentId
        self.slug = slug
        self.text = text
        self.part = part
        self.introText = introText
        self.isInHeadingTable = isInHeadingTable
        self.line = line
        self.position = position
    }
}

/// One citable paragraph: a lettered, roman or arabic item, a sub-item, or the single
/// unnumbered paragraph of a heading, as the parser makes it and the `clause` table keeps it.
/// (`ClauseListing` is a clause with the citations people use for it, for output.)
public struct Clause: Codable, Sendable, Equatable {
    /// `R174-2010/recalling/g`, `R130-2006/instructs-tsb-director/1/i`.
    public var key: String
    public var documentId: String
    public var headingSlug: String
    public var headingText: String
    public var part: HeadingPart
    /// The item marker as printed, lower case, without parenthesis: `g`, `ii`, `1`.
    public var number: String?
    /// The sub-item marker under `number`: `i` in `1 i)`.
    public var subNumber: String?
    public var text: String
    public var footnotes: [String]
    /// 0-based order among the document's clauses.
    public var position: Int
    /// 1-based line in the source text where the paragraph starts.
    public var line: Int

    public init(
        key: String, documentId: String, headingSlug: String, headingText: String,
        part: HeadingPart, number: String?, subNumber: String?, text: String,
        footnotes: [String], position: Int, line: Int
    ) {
        self.key = key
        self.documentId = documentId
        self.headingSlug = headingSlug
        self.headingText = headingText
        self.part = part
        self.number = number
        self.subNumber = subNumber
        self.text = text
        self.footnotes = footnotes
        self.position = position
        self.line = line
    }

    /// The key without its document: `recalling/g`. Clauses of two documents (languages,
    /// revisions) are compared on this.
    public var relativeKey: String {
        guard let slash = key.firstIndex(of: "/") else { return key }
        return String(key[key.index(after: slash)...])
    }
}

/// Something the parser noticed but could work around, with the source line it concerns.
public struct ParseWarning: Codable, Sendable, Equatable, CustomStringConvertible {
    /// What kind of guess the parser made, so that a reader (or a test) can tell a dropped
    /// page header from a clause that may be wrong.
    public enum Kind: String, Codable, Sendable, Equatable, CaseIterable {
        /// A running header, page number or footer was left out.
        case furniture
        /// A heading the table lacks; its slug was derived.
        case unknownHeading
        /// An item marker out of sequence, or repeated.
        case sequence
        /// Text outside the resolution (before its title, after its last clause) left out.
        case unattached
        /// Flattened revision marks ("2018Bucharest") that no parser can undo.
        case revisionDebris
        /// A clause holding a fragment that looks like it belongs elsewhere.
        case suspicious
        case other
    }

    public var line: Int
    public var message: String
    public var kind: Kind
    /// The clause a `.suspicious` warning is about.
    public var clauseKey: String?

    public init(line: Int, clauseKey: String? = nil, message: String, kind: Kind = .other) {
        self.line = line
        self.clauseKey = clauseKey
        self.message = message
        self.kind = kind
    }

    public var description: String { "line \(line): \(message)" }
}

/// What the parser returns: the document and what it had to guess.
public struct ParsedResolution: Sendable, Equatable {
    public var document: ResolutionDocument
    public var warnings: [ParseWarning]

    public init(document: ResolutionDocument, warnings: [ParseWarning]) {
        self.document = document
        self.warnings = warnings
    }
}
