/// A resolution clause as exports cite and quote it.
public struct CitedClause: Sendable, Equatable {
    public var key: String
    public var documentId: String
    /// "Res. 174 (Guadalajara, 2010)".
    public var documentCitation: String
    /// The heading as printed: "recalling".
    public var heading: String
    /// "g)", "1 i)", or "" for a heading's single paragraph.
    public var itemLabel: String
    public var text: String
    public var footnotes: [String]
    public var isOperative: Bool
    /// Order within its document.
    public var position: Int
    /// ", " in English, "，" in Chinese documents.
    public var separator: String

    public init(key: String, documentId: String, documentCitation: String, heading: String, itemLabel: String,
                text: String, footnotes: [String] = [], isOperative: Bool, position: Int, separator: String = ", ") {
        self.key = key
        self.documentId = documentId
        self.documentCitation = documentCitation
        self.heading = heading
        self.itemLabel = itemLabel
        self.text = text
        self.footnotes = footnotes
        self.isOperative = isOperative
        self.position = position
        self.separator = separator
    }

    /// "Res. 174 (Guadalajara, 2010), recalling g)" for table cells.
    public var plainCitation: String {
        documentCitation + separator + heading + (itemLabel.isEmpty ? "" : " \(itemLabel)")
    }

    /// The citation with the heading in italics, as ITU documents print it.
    public var citationSpans: [MarkdownSpan] {
        var spans: [MarkdownSpan] = [.text(documentCitation + separator), .emphasis(heading)]
        if !itemLabel.isEmpty { spans.append(.text(" " + itemLabel)) }
        return spans
    }
}

/// Everything the agenda and minutes exports read about one meeting, loaded in one snapshot.
public struct MeetingRecord: Sendable, Equatable {
    public var meeting: Meeting
    public var agenda: [AgendaRow]
    public var totalMinutes: Int
    public var invitations: [InvitationListing]
    public var decisions: [DecisionRow]
    public var actions: [ActionRow]
    /// The clauses the agenda and action points cite, by key; a key missing here no longer resolves.
    public var clauses: [String: CitedClause]
    /// Who took the floor under each item, in order.
    public var speakers: [SpeakerRow]
    /// When the meeting approved the minutes, and which revision they are (nil: a draft).
    public var approval: MinutesApproval?

    public init(meeting: Meeting, agenda: [AgendaRow], totalMinutes: Int, invitations: [InvitationListing],
                decisions: [DecisionRow], actions: [ActionRow], clauses: [String: CitedClause], speakers: [SpeakerRow] = [],
                approval: MinutesApproval? = nil) {
        self.speakers = speakers
        self.approval = approval
        self.meeting = meeting
        self.agenda = agenda
        self.totalMinutes = totalMinutes
        self.invitations = invitations
        self.decisions = decisions
        self.actions = actions
        self.clauses = clauses
    }
}

/// Options every export shares.
public struct ExportOptions: Sendable, Equatable {
    /// The document's date, YYYY-MM-DD (today when the caller has no better).
    public var date: String
    /// The document's symbol as printed; `Store.export` gives it the document's own symbol in
    /// its meeting's series (`DocumentSymbol`) unless one is given, as `--symbol` does.
    public var symbol: String?

    public init(date: String, symbol: String? = nil) {
        self.date = date
        self.symbol = symbol
    }

    /// These options with the symbol of the meeting's document of `kind` when none was given.
    public func withDocumentSymbol(_ kind: ExportKind, meeting: Meeting) -> ExportOptions {
        var options = self
        if options.symbol == nil { options.symbol = DocumentSymbol.symbol(kind, meeting: meeting) }
        return options
    }
}
