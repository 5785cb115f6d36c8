import Foundation

/// The columns of a participants CSV file, in the order `export participants` writes them.
/// The raw values are the header names.
public enum ParticipantColumn: String, CaseIterable, Sendable {
    case honorific
    case givenName = "given_name"
    case familyName = "family_name"
    case organisation, category, function, email, phone, country, notes
    // With --meeting: the invitation.
    case role, delegation, reply, attendance

    public static let directory: [ParticipantColumn] = [
        .honorific, .givenName, .familyName, .organisation, .category, .function, .email, .phone, .country, .notes,
    ]
    public static let invitation: [ParticipantColumn] = [.role, .delegation, .reply, .attendance]

    /// Other spellings registration systems and spreadsheets use, compared as `comparable`
    /// makes them. "Title" means the honorific only when the column holds Mr, Ms, Dr and the
    /// like (`HeaderMapping` checks); otherwise it is a job title.
    static let aliases: [String: ParticipantColumn] = [
        "salutation": .honorific, "prefix": .honorific,
        "firstname": .givenName, "first": .givenName, "givenname": .givenName, "forename": .givenName, "given": .givenName,
        "lastname": .familyName, "surname": .familyName, "familyname": .familyName, "last": .familyName, "family": .familyName,
        "organization": .organisation, "org": .organisation, "affiliation": .organisation, "institution": .organisation,
        "company": .organisation, "entity": .organisation,
        "position": .function, "jobtitle": .function, "job": .function,
        "email": .email, "emailaddress": .email, "mail": .email,
        "telephone": .phone, "phonenumber": .phone, "tel": .phone, "mobile": .phone,
        "nationality": .country, "countrycode": .country,
        "note": .notes, "comments": .notes, "comment": .notes, "remarks": .notes,
    ]

    /// The header name without case, spaces, `_` and `-`: "E-mail", "e_mail" and "EMAIL"
    /// are one name.
    static func comparable(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { !" _-.\t".unicodeScalars.contains($0) }.map(Character.init))
    }
}

/// Which cell of a row holds which column, and the header cells nothing reads.
public struct HeaderMapping: Sendable, Equatable {
    public var columns: [ParticipantColumn: Int] = [:]
    /// Header names that mean nothing to convene, reported and ignored.
    public var unknown: [String] = []
    /// Invitation columns in a file imported without --meeting, reported and ignored.
    public var ignoredInvitationColumns: [String] = []

    /// Reads the header row. A column named twice is refused: which one would win is a guess.
    /// `records` lets "Title" be checked against the cells under it.
    public init(header: [String], withMeeting: Bool, records: [CSVRecord]) throws {
        for (index, name) in header.enumerated() {
            let key = ParticipantColumn.comparable(name)
            let column = ParticipantColumn.allCases.first { ParticipantColumn.comparable($0.rawValue) == key }
                ?? ParticipantColumn.aliases[key]
                ?? (key == "title" ? Self.titleMeaning(index, records) : nil)
            guard let column else {
                if !key.isEmpty { unknown.append(name) }
                continue
            }
            if !withMeeting, ParticipantColumn.invitation.contains(column) {
                ignoredInvitationColumns.append(name)
                continue
            }
            if let earlier = columns[column] {
                throw ConveneError.invalid(
                    field: .importFile, value: name,
                    reason: "column \(index + 1) repeats column \(earlier + 1) ('\(header[earlier])'): the header names \(column.rawValue) twice")
            }
            columns[column] = index
        }
        guard columns[.givenName] != nil || columns[.familyName] != nil else {
            throw ConveneError.invalid(
                field: .importFile, value: header.joined(separator: ","),
                reason: "the header row has no given_name or family_name column (or First Name, Last Name, Surname)")
        }
    }

    private static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "he", "h", "e", "hon", "sir", "dame", "eng", "ing",
        "m", "mme", "mlle", "sr", "sra", "srta", "herr", "frau", "amb", "ambassador", "rev", "dott", "dra",
    ]

    /// "Title" is the honorific when its cells are Mr, Ms, Dr, Prof and the like; a column of
    /// job titles is the function.
    private static func titleMeaning(_ index: Int, _ records: [CSVRecord]) -> ParticipantColumn {
        let cells = records.lazy.compactMap { $0.cells.count > index ? $0.cells[index] : nil }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.prefix(50)
        let honorific = cells.allSatisfy { cell in
            cell.split(whereSeparator: { $0 == " " || $0 == "." }).allSatisfy { honorifics.contains($0.lowercased()) }
        }
        return honorific ? .honorific : .function
    }
}
