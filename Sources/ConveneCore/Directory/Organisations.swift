import GRDB

/// What `org add` and the organisation form ask for.
public struct OrganisationDraft: Sendable {
    public var name: String
    public var category: String
    public var shortName: String?
    public var nameZh: String?
    public var country: String?
    /// The name in the other ITU languages (beside Chinese).
    public var otherNames: OrganisationNames

    public init(name: String, category: String, shortName: String? = nil, nameZh: String? = nil, country: String? = nil,
                otherNames: OrganisationNames = OrganisationNames()) {
        self.otherNames = otherNames
        self.name = name
        self.category = category
        self.shortName = shortName
        self.nameZh = nameZh
        self.country = country
    }
}

/// The fields of `org edit`: nil leaves a field as it is, an empty string clears an optional one.
public struct OrganisationEdit: Sendable {
    public var name: String?
    public var category: String?
    public var shortName: String?
    public var nameZh: String?
    public var country: String?
    /// nil leaves a name as it is, an empty string clears it.
    public var otherNames: OrganisationNames

    public init(name: String? = nil, category: String? = nil, shortName: String? = nil, nameZh: String? = nil, country: String? = nil,
                otherNames: OrganisationNames = OrganisationNames()) {
        self.otherNames = otherNames
        self.name = name
        self.category = category
        self.shortName = shortName
        self.nameZh = nameZh
        self.country = country
    }
}

/// An organisation's names in French, Spanish, Arabic and Russian, the ITU languages beside
/// English (`name`) and Chinese (`nameZh`).
public struct OrganisationNames: Sendable, Equatable {
    public var fr: String?
    public var es: String?
    public var ar: String?
    public var ru: String?

    public init(fr: String? = nil, es: String? = nil, ar: String? = nil, ru: String? = nil) {
        (self.fr, self.es, self.ar, self.ru) = (fr, es, ar, ru)
    }

    /// Each given name checked (one line) and set, an empty one cleared.
    func apply(to organisation: inout Organisation) throws {
        func checked(_ value: String, _ field: Field) throws -> String? {
            FieldValidation.optionalText(try FieldValidation.singleLine(value, field: field))
        }
        if let fr { organisation.nameFr = try checked(fr, .organisationNameFr) }
        if let es { organisation.nameEs = try checked(es, .organisationNameEs) }
        if let ar { organisation.nameAr = try checked(ar, .organisationNameAr) }
        if let ru { organisation.nameRu = try checked(ru, .organisationNameRu) }
    }
}

/// An organisation as lists show it, with its country's name.
public struct OrganisationListing: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var nameZh: String?
    public var nameFr: String?
    public var nameEs: String?
    public var nameAr: String?
    public var nameRu: String?
    public var shortName: String?
    public var category: StakeholderCategory
    public var country: String?
    public var countryName: String?
    public var region: ITURegion?
}

public struct OrganisationQuery: Sendable {
    public var category: StakeholderCategory?
    public var region: ITURegion?
    public var filter: String?

    public init(category: StakeholderCategory? = nil, region: ITURegion? = nil, filter: String? = nil) {
        self.category = category
        self.region = region
        self.filter = filter
    }
}

extension Store {
    public func addOrganisation(_ draft: OrganisationDraft) throws -> Int64 {
        try perform("org add") { db, summary in
            let name = try FieldValidation.singleLine(draft.name, field: .organisationName)
            guard !name.isEmpty else { throw ConveneError.invalid(field: .organisationName, value: draft.name, reason: "empty name") }
            let category = try StakeholderCategory.parse(draft.category)
            let country = try FieldValidation.optionalText(draft.country).map { try FieldValidation.country($0, db) }
            let region = try country.flatMap { try Country.fetchOne(db, key: $0)?.region }
            var organisation = Organisation(
                name: name,
                nameZh: try FieldValidation.optionalText(draft.nameZh).map { try FieldValidation.singleLine($0, field: .organisationNameZh) },
                shortName: try FieldValidation.optionalText(draft.shortName).map { try FieldValidation.singleLine($0, field: .shortName) },
                category: category, country: country, region: region)
            try draft.otherNames.apply(to: &organisation)
            try organisation.insert(db)
            let id = organisation.id ?? db.lastInsertedRowID
            summary = "org add #\(id) \(organisation.displayName)"
            return id
        }
    }

    /// Changes an organisation; nil leaves a field as it is, "" clears an optional one.
    /// Says `.unchanged`, and records nothing, when every value given is the one already stored.
    @discardableResult
    public func editOrganisation(_ reference: RecordReference, _ draft: OrganisationEdit) throws -> ChangeOutcome {
        try performRecording("org edit") { db, summary in
            var organisation = try OrganisationReference.resolve(reference, field: .organisationReference, db)
            if let name = draft.name {
                organisation.name = try FieldValidation.singleLine(name, field: .organisationName)
                guard !organisation.name.isEmpty else { throw ConveneError.invalid(field: .organisationName, value: name, reason: "empty name") }
            }
            if let category = draft.category { organisation.category = try StakeholderCategory.parse(category) }
            if let short = draft.shortName { organisation.shortName = FieldValidation.optionalText(try FieldValidation.singleLine(short, field: .shortName)) }
            if let nameZh = draft.nameZh { organisation.nameZh = FieldValidation.optionalText(try FieldValidation.singleLine(nameZh, field: .organisationNameZh)) }
            if let country = draft.country {
                organisation.country = try FieldValidation.optionalText(country).map { try FieldValidation.country($0, db) }
                organisation.region = try organisation.country.flatMap { try Country.fetchOne(db, key: $0)?.region }
            }
            try draft.otherNames.apply(to: &organisation)
            try organisation.update(db)
            summary = "org edit #\(organisation.id ?? 0) \(organisation.displayName)"
        }.outcome
    }

    /// Removes an organisation nobody belongs to; invitations naming it as delegation keep
    /// the invitation without a delegation.
    public func removeOrganisation(_ reference: RecordReference) throws {
        try perform("org remove") { db, summary in
            let organisation = try OrganisationReference.resolve(reference, field: .organisationReference, db)
            let members = try Participant.filter(Column("organisationId") == organisation.id).fetchCount(db)
            guard members == 0 else {
                throw ConveneError.refused("\(organisation.displayName) has \(members) participant\(members == 1 ? "" : "s"); move them to another organisation first")
            }
            try organisation.delete(db)
            summary = "org remove #\(organisation.id ?? 0) \(organisation.displayName)"
        }
    }

    /// One organisation, named as `org edit` names it.
    public func organisation(_ reference: RecordReference) throws -> OrganisationListing {
        try read { db in
            let organisation = try OrganisationReference.resolve(reference, field: .organisationReference, db)
            guard let listing = try Self.organisationListings(db, where: "WHERE o.id = ?", [organisation.id]).first else {
                throw ConveneError.notFound(kind: "organisation", reference: reference.description)
            }
            return listing
        }
    }

    public func organisations(_ query: OrganisationQuery = OrganisationQuery()) throws -> [OrganisationListing] {
        let all = try read { db in try Self.organisationListings(db) }
        let terms = TextFolding.queryTerms(query.filter ?? "")
        return all.filter { organisation in
            (query.category == nil || organisation.category == query.category)
                && (query.region == nil || organisation.region == query.region)
                && (terms.isEmpty || TextFolding.matches(folded: DirectoryFilter.searchKey(organisation), terms: terms))
        }
    }
}

extension Store {
    static func organisationListings(_ db: Database, where condition: String = "",
                                                 _ arguments: StatementArguments = []) throws -> [OrganisationListing] {
        try Row.fetchAll(db, sql: """
            SELECT o.*, c.nameEn AS countryName FROM organisation o
            LEFT JOIN country c ON c.alpha3 = o.country
            \(condition)
            ORDER BY o.name COLLATE NOCASE, o.id
            """, arguments: arguments).map { row in
            OrganisationListing(id: row["id"], name: row["name"], nameZh: row["nameZh"], nameFr: row["nameFr"], nameEs: row["nameEs"],
                                nameAr: row["nameAr"], nameRu: row["nameRu"], shortName: row["shortName"],
                                category: row["category"], country: row["country"], countryName: row["countryName"],
                                region: row["region"])
        }
    }
}

/// Finding an organisation by id, or from what a user typed: an id, an exact name, a short
/// name, the ISO alpha-3 code of a Member State, or words of its names (`NameLookup`).
enum OrganisationReference {
    static func resolve(_ reference: RecordReference, field: Field, _ db: Database) throws -> Organisation {
        if let id = reference.key {
            if let organisation = try Organisation.fetchOne(db, key: id) { return organisation }
            throw ConveneError.unknown(field: field, value: reference.description, reason: "unknown organisation")
        }
        let text = reference.trimmedText
        let byName = try Organisation.fetchAll(db, sql: """
            SELECT * FROM organisation WHERE name = ?1 COLLATE NOCASE OR nameZh = ?1 OR shortName = ?1 COLLATE NOCASE
            ORDER BY id
            """, arguments: [text])
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw ConveneError.ambiguous(kind: "organisation", reference: reference.description,
                                         candidates: byName.map { "#\($0.id ?? 0) \($0.name)" })
        }
        if let memberState = try Organisation.fetchOne(db, sql: """
            SELECT * FROM organisation WHERE category = 'member-state' AND country = ? LIMIT 1
            """, arguments: [text.uppercased()]) {
            return memberState
        }
        if let id = try NameLookup.organisation(named: text, db), let organisation = try Organisation.fetchOne(db, key: id) {
            return organisation
        }
        throw ConveneError.unknown(field: field, value: reference.description, reason: "unknown organisation")
    }
}
