import GRDB

/// The fields of the participant form and of `participant add/edit`. For an edit, nil means
/// "leave as it is" and an empty string clears an optional field.
public struct ParticipantDraft: Sendable {
    public var honorific: String?
    public var givenName: String?
    public var familyName: String?
    /// An organisation id, exact name, short name or Member State ISO code.
    public var organisation: String?
    public var function: String?
    public var email: String?
    public var phone: String?
    public var country: String?
    public var notes: String?
    /// The name in Latin script ("Fatima El-Sayed"), for a name written in another script.
    public var latinName: String?

    public init(honorific: String? = nil, givenName: String? = nil, familyName: String? = nil,
                organisation: String? = nil, function: String? = nil, email: String? = nil,
                phone: String? = nil, country: String? = nil, notes: String? = nil, latinName: String? = nil) {
        self.latinName = latinName
        self.honorific = honorific
        self.givenName = givenName
        self.familyName = familyName
        self.organisation = organisation
        self.function = function
        self.email = email
        self.phone = phone
        self.country = country
        self.notes = notes
    }
}

/// A participant as lists show it: with the organisation's and country's names, and the
/// folded text the filter searches.
public struct ParticipantListing: Codable, Sendable, Equatable {
    public var id: Int64
    public var honorific: String?
    public var givenName: String
    public var familyName: String
    public var name: String
    public var organisationId: Int64?
    /// The short name when there is one, else the name.
    public var organisation: String?
    public var organisationName: String?
    public var organisationNameZh: String?
    public var function: String?
    public var email: String?
    public var phone: String?
    public var country: String?
    public var countryName: String?
    public var countryNameZh: String?
    public var notes: String?
    public var latinName: String?
    /// The organisation's names in French, Spanish, Arabic and Russian.
    public var organisationNameFr: String?
    public var organisationNameEs: String?
    public var organisationNameAr: String?
    public var organisationNameRu: String?

    /// Reads a row of `Store.participantListingSQL` by position: directories hold 100,000
    /// people, and looking columns up by name would cost more than the query.
    init(listingRow row: Row) {
        var names = ListingNames()
        self.init(listingRow: row, names: &names)
    }

    /// As `init(listingRow:)`, reading each organisation's and country's names once: the
    /// listings of a directory then share one copy of them.
    init(listingRow row: Row, names: inout ListingNames) {
        id = row[0]
        honorific = row[1]
        givenName = row[2]
        familyName = row[3]
        name = PersonName.display(honorific: honorific, given: givenName, family: familyName)
        organisationId = row[4]
        function = row[5]
        email = row[6]
        phone = row[7]
        country = row[8]
        notes = row[9]
        latinName = row[15]
        if let organisationId {
            let known = names.organisations[organisationId] ?? {
                let name: String? = row[10]
                let shortName: String? = row[11]
                let read = ListingNames.Organisation(name: name, shortName: shortName.flatMap { $0.isEmpty ? nil : $0 } ?? name,
                                                     nameZh: row[12], nameFr: row[16], nameEs: row[17], nameAr: row[18], nameRu: row[19])
                names.organisations[organisationId] = read
                return read
            }()
            (organisationName, organisation, organisationNameZh) = (known.name, known.shortName, known.nameZh)
            (organisationNameFr, organisationNameEs, organisationNameAr, organisationNameRu) = (known.nameFr, known.nameEs, known.nameAr, known.nameRu)
        }
        if let country {
            let known = names.countries[country] ?? {
                let read = ListingNames.Country(name: row[13], nameZh: row[14])
                names.countries[country] = read
                return read
            }()
            (countryName, countryNameZh) = (known.name, known.nameZh)
        }
    }
}

/// Organisation and country names met while reading a directory, by organisation id and
/// country code (the listing query joins them on exactly these).
struct ListingNames {
    struct Organisation { var name, shortName, nameZh, nameFr, nameEs, nameAr, nameRu: String? }
    struct Country { var name, nameZh: String? }
    var organisations: [Int64: Organisation] = [:]
    var countries: [String: Country] = [:]
}

extension Store {
    /// Columns in the order `ParticipantListing(listingRow:)` reads them.
    static let participantListingSQL = """
        SELECT p.id, p.honorific, p.givenName, p.familyName, p.organisationId, p.function, p.email,
               p.phone, p.country, p.notes, o.name, o.shortName, o.nameZh, c.nameEn, c.nameZh,
               p.latinName, o.nameFr, o.nameEs, o.nameAr, o.nameRu
        FROM participant p
        LEFT JOIN organisation o ON o.id = p.organisationId
        LEFT JOIN country c ON c.alpha3 = p.country
        """

    public func addParticipant(_ draft: ParticipantDraft) throws -> Int64 {
        try perform("participant add") { db, summary in
            var participant = Participant(givenName: "", familyName: "")
            try apply(draft, to: &participant, db)
            try participant.insert(db)
            let id = participant.id ?? db.lastInsertedRowID
            summary = "participant add #\(id) \(participant.displayName)"
            return id
        }
    }

    /// Says `.unchanged`, and records nothing, when every value given is the one already stored.
    @discardableResult
    public func editParticipant(_ reference: RecordReference, _ draft: ParticipantDraft) throws -> ChangeOutcome {
        try performRecording("participant edit") { db, summary in
            var participant = try ParticipantReference.resolve(reference, db)
            try apply(draft, to: &participant, db)
            try participant.update(db)
            summary = "participant edit #\(participant.id ?? 0) \(participant.displayName)"
        }.outcome
    }

    /// Removes a participant (and, by cascade, their invitations). With `purge`, their
    /// personal data is also erased from every history entry, so that undo brings back only
    /// the id and the name.
    public func removeParticipant(_ reference: RecordReference, purge: Bool = false) throws {
        try perform("participant remove") { db, summary in
            let participant = try ParticipantReference.resolve(reference, db)
            try participant.delete(db)
            summary = "participant remove #\(participant.id ?? 0) \(participant.displayName)"
            if purge {
                try HistoryPurge.erasePersonalData(participantId: try participant.requireId(), db)
                summary += " (purged: the history keeps only the id and name)"
            }
        }
    }

    public func participant(_ reference: RecordReference) throws -> ParticipantListing {
        try read { db in
            let participant = try ParticipantReference.resolve(reference, db)
            guard let row = try Row.fetchOne(db, sql: Self.participantListingSQL + " WHERE p.id = ?",
                                             arguments: [participant.id]) else {
                throw ConveneError.notFound(kind: "participant", reference: reference.description)
            }
            return ParticipantListing(listingRow: row)
        }
    }

    /// The directory, sorted by family then given name, narrowed by the shared filter.
    public func participants(filter: String? = nil, organisation: RecordReference? = nil) throws -> [ParticipantListing] {
        var listings: [ParticipantListing] = []
        try forEachParticipant(filter: filter, organisation: organisation) { listings.append($0) }
        return listings
    }

    /// `participants(filter:organisation:)` one at a time, in order, without holding them
    /// all: for output that can be written as it is read (`participant list --json`).
    /// The filter runs in SQL over the stored search keys, so only matching rows are read.
    public func forEachParticipant(filter: String? = nil, organisation: RecordReference? = nil,
                                   _ body: (ParticipantListing) throws -> Void) throws {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let organisation {
                let resolved = try OrganisationReference.resolve(organisation, field: .organisation, db)
                conditions.append("p.organisationId = ?")
                arguments += [resolved.id]
            }
            if let filter, let search = try DirectoryFilter.participantCondition(query: filter, db) {
                conditions.append(search.sql)
                arguments += search.arguments
            }
            var sql = Self.participantListingSQL
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += Self.directoryOrder
            var names = ListingNames()
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                try body(ParticipantListing(listingRow: row, names: &names))
            }
        }
    }

    /// The first `limit` participants of the directory and how many there are in all: enough
    /// to draw a first screen of a large directory before reading the whole of it.
    public func participantsPreview(limit: Int) throws -> (listings: [ParticipantListing], total: Int) {
        try read { db in
            let listings = try Self.fetchListings(db, sql: Self.participantListingSQL + Self.directoryOrder + " LIMIT ?",
                                                  arguments: [limit])
            return (listings, try Participant.fetchCount(db))
        }
    }

    static let directoryOrder = " ORDER BY p.familyName COLLATE NOCASE, p.givenName COLLATE NOCASE, p.id"

    /// Steps through the rows with a cursor rather than holding all of them at once, and
    /// shares organisation and country names between listings.
    static func fetchListings(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ParticipantListing] {
        var names = ListingNames()
        var listings: [ParticipantListing] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            listings.append(ParticipantListing(listingRow: row, names: &names))
        }
        return listings
    }

    fileprivate func apply(_ draft: ParticipantDraft, to participant: inout Participant, _ db: Database) throws {
        if let honorific = draft.honorific {
            participant.honorific = FieldValidation.optionalText(try FieldValidation.singleLine(honorific, field: .honorific))
        }
        if let given = draft.givenName {
            participant.givenName = try FieldValidation.singleLine(given, field: .givenName)
        }
        if let family = draft.familyName {
            participant.familyName = try FieldValidation.singleLine(family, field: .familyName)
        }
        if participant.givenName.isEmpty && participant.familyName.isEmpty {
            throw ConveneError.invalid(field: .personName, value: "", reason: "a participant needs a given or a family name; empty name")
        }
        if let organisation = draft.organisation {
            participant.organisationId = try FieldValidation.optionalText(organisation)
                .map { try OrganisationReference.resolve(.text($0), field: .organisation, db).id } ?? nil
        }
        if let function = draft.function {
            participant.function = FieldValidation.optionalText(try FieldValidation.singleLine(function, field: .function))
        }
        if let email = draft.email {
            participant.email = try FieldValidation.optionalText(email).map { try FieldValidation.email($0) }
            if let address = participant.email, try Int64.fetchOne(db, sql: """
                SELECT id FROM participant WHERE email = ? COLLATE NOCASE AND id IS NOT ?
                """, arguments: [address, participant.id]) != nil {
                throw ConveneError.duplicate(field: .email, value: address, reason: "another participant already has the email")
            }
        }
        if let phone = draft.phone {
            participant.phone = FieldValidation.optionalText(try FieldValidation.singleLine(phone, field: .phone))
        }
        if let country = draft.country {
            participant.country = try FieldValidation.optionalText(country).map { try FieldValidation.country($0, db) }
        }
        if let notes = draft.notes {
            participant.notes = FieldValidation.optionalText(try StoredText.check(notes, field: .text))
        }
        if let latinName = draft.latinName {
            participant.latinName = FieldValidation.optionalText(try FieldValidation.singleLine(latinName, field: .latinName))
        }
        try Self.fillCountry(of: &participant, db)
    }

    /// A delegate of a Member State without a country of their own is of that State.
    static func fillCountry(of participant: inout Participant, _ db: Database) throws {
        guard participant.country == nil, let organisationId = participant.organisationId,
              let organisation = try Organisation.fetchOne(db, key: organisationId),
              organisation.category == .memberState, let country = organisation.country else { return }
        participant.country = country
    }
}

/// Finding a participant by id, or from what a user typed: an id, an email address or a name
/// (`NameLookup`).
enum ParticipantReference {
    /// With `field`, an unknown reference is reported as a bad value of that field.
    static func resolve(_ reference: RecordReference, _ db: Database, field: Field? = nil) throws -> Participant {
        var found: Participant?
        if let id = reference.key {
            found = try Participant.fetchOne(db, key: id)
        } else {
            found = try Participant.fetchOne(db, sql: "SELECT * FROM participant WHERE email = ? COLLATE NOCASE",
                                             arguments: [reference.trimmedText])
            if found == nil, let id = try NameLookup.participant(named: reference.trimmedText, db) {
                found = try Participant.fetchOne(db, key: id)
            }
        }
        guard let found else {
            if let field { throw ConveneError.unknown(field: field, value: reference.description, reason: "unknown participant") }
            throw ConveneError.notFound(kind: "participant", reference: reference.description)
        }
        return found
    }
}

extension Store {
    /// Adds many participants as one action (one transaction, one history entry): for imports.
    /// Nothing is added if any of them is invalid.
    public func addParticipants(_ drafts: [ParticipantDraft], summary: String = "participant import") throws -> [Int64] {
        try perform(summary) { db, text in
            let ids = try drafts.map { draft -> Int64 in
                var participant = Participant(givenName: "", familyName: "")
                try apply(draft, to: &participant, db)
                try participant.insert(db)
                return try participant.requireId()
            }
            text = "\(summary): \(ids.count) participants"
            return ids
        }
    }
}
