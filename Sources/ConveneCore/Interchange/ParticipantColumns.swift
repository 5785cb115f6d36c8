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
    /// `rows` (the reader after the header) lets "Title" be checked against the cells under it.
    public init(header: [String], withMeeting: Bool, rows: CSVReader) throws {
        for (index, name) in header.enumerated() {
            let key = ParticipantColumn.comparable(name)
            let title = key == "title" ? try Self.titleMeaning(index, rows) : nil
            let column = ParticipantColumn.allCases.first { ParticipantColumn.comparable($0.rawValue) == key }
                ?? ParticipantColumn.aliases[key] ?? title
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
    private static func titleMeaning(_ index: Int, _ rows: CSVReader) throws -> ParticipantColumn {
        var rows = rows, checked = 0
        while checked < 50, let record = try rows.next() {
            guard record.cells.count > index, !record.cells[index].trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            checked += 1
            let isHonorific = record.cells[index].split(whereSeparator: { $0 == " " || $0 == "." })
                .allSatisfy { honorifics.contains($0.lowercased()) }
            if !isHonorific { return .function }
        }
        return .honorific
    }
}
