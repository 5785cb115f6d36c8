/// The field an invalid value was given for. The core names fields by what they mean; each
/// front end says them its own way: the command line as its options (`--given`), the app as
/// the form field it highlights, and `label` in words for everything else.
public enum Field: CaseIterable, Sendable {
    // A participant
    case honorific, givenName, familyName
    /// Given and family name together: one of them must be set.
    case personName
    /// A participant's organisation, or the organisation a directory listing is narrowed to.
    case organisation
    case function, email, phone, country

    // An organisation
    case organisationName, organisationNameZh, shortName, category
    /// The organisation a command acts on (`org edit ORG`).
    case organisationReference

    // A meeting
    case code, title, start, end, timeZone
    /// A stored meeting's time zone that is no longer known, checked when the meeting changes.
    case storedTimeZone
    case level, region, venue, onlineLink, symbol, status
    /// How the meeting's document symbols are written (`{series}/{n}`).
    case symbolPattern
    /// Each speaker's time budget: the meeting's default or an agenda item's own.
    case speakingMinutes

    // Invitations
    case delegation

    // Agendas and minutes
    /// The agenda item a command acts on, by its number (`agenda edit MEETING NUMBER`).
    case itemNumber
    /// The agenda item a command acts on, by its stable id (`--item-id`), which survives renumbering.
    case itemId
    /// The parent item or the item to follow, by id.
    case parentId, afterId
    case parent, after, minutes, presenter, document, clause
    /// A clause key to unlink from an agenda item.
    case linkedClause
    /// The text of a decision or an action point.
    case text
    /// The agenda item an action point arose under.
    case item
    case owner, due, opened, closed
    /// Why approved minutes are reopened (`minutes reopen --reason`).
    case reason
    /// A file the minutes' notes are read from.
    case notesFile

    // Resolutions
    case resolutionId, resolutionNumber, conference, year, language, kind, revises
    /// A resolution text file to import.
    case resolutionFile
    case clauseKey

    // Exports
    case output, resolution, from, to, date

    // Interchange
    /// A CSV file to import.
    case importFile
    /// The cell separator of a CSV file.
    case delimiter
    /// A JSON backup to restore.
    case backupFile

    /// A file whose content is wrong is named as Unix tools name it, "FILE: reason" (or
    /// "FILE line N: reason"), rather than as a value given for an option.
    public var namesFileContent: Bool { self == .importFile || self == .backupFile }

    /// The field in words, for messages outside the command line.
    public var label: String {
        switch self {
        case .honorific: "honorific"
        case .givenName: "given name"
        case .familyName: "family name"
        case .personName: "name"
        case .organisation, .organisationReference: "organisation"
        case .function: "function"
        case .email: "email"
        case .phone: "phone"
        case .country: "country"
        case .organisationName: "name"
        case .organisationNameZh: "Chinese name"
        case .shortName: "short name"
        case .category: "category"
        case .code: "code"
        case .title: "title"
        case .start: "start"
        case .end: "end"
        case .timeZone, .storedTimeZone: "time zone"
        case .level: "level"
        case .region: "region"
        case .venue: "venue"
        case .onlineLink: "online link"
        case .symbol: "document symbol"
        case .symbolPattern: "symbol pattern"
        case .status: "status"
        case .speakingMinutes: "speaking minutes"
        case .delegation: "delegation"
        case .itemNumber: "item number"
        case .parent: "parent item"
        case .after: "item to follow"
        case .itemId: "item id"
        case .parentId: "parent item id"
        case .afterId: "id of the item to follow"
        case .minutes: "minutes"
        case .presenter: "presenter"
        case .document: "document"
        case .clause, .linkedClause, .clauseKey: "clause key"
        case .text: "text"
        case .item: "agenda item"
        case .owner: "owner"
        case .due: "due date"
        case .opened: "opening time"
        case .closed: "closing time"
        case .reason: "reason"
        case .notesFile, .resolutionFile: "file"
        case .resolutionId: "resolution id"
        case .resolutionNumber: "resolution number"
        case .conference: "conference"
        case .year: "year"
        case .language: "language"
        case .kind: "kind"
        case .revises: "revised resolution"
        case .output: "output file"
        case .resolution: "resolution"
        case .from: "start date"
        case .to: "end date"
        case .date: "document date"
        case .importFile: "CSV file"
        case .delimiter: "delimiter"
        case .backupFile: "backup file"
        }
    }
}
