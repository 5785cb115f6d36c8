import GRDB

/// What `org add` and the organisation form ask for.
public struct OrganisationDraft: Sendable {
    public var name: String
    public var category: String
    public var shortName: String?
    public var nameZh: String?
    public var country: String?

    public init(name: String, category: String, shortName: String? = nil, nameZh: String? = nil, country: String? = nil) {
        self.name = name
        self.category = category
        self.shortName = shortName
        self.nameZh = nameZh
        self.country = country
    }
}

/// An organisation as lists show it, with its country's name.
public struct OrganisationListing: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var nameZh: String?
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
            let name = try FieldValidation.singleLine(draft.name, field: "--name")
            guard !name.isEmpty else { throw ConveneError.invalid(field: "--name", value: draft.name, reason: "empty name") }
            let category = try StakeholderCategory.parse(draft.category)
            let country = try FieldValidation.optionalText(draft.country).map { try FieldValidation.country($0, db) }
            let region = try country.flatMap { try Country.fetchOne(db, key: $0)?.region }
            var organisation = Organisation(
                name: name,
                nameZh: try FieldValidation.optionalText(draft.nameZh).map { try FieldValidation.singleLine($0, field: "--name-zh") },
                shortName: try FieldValidation.optionalText(draft.shortName).map { try FieldValidation.singleLine($0, field: "--short") },
                category: category, country: country, region: region)
            try organisation.insert(db)
            let id = organisation.id ?? db.lastInsertedRowID
            summary = "org add #\(id) \(organisation.displayName)"
            return id
        }
    }

    public func organisations(_ query: OrganisationQuery = OrganisationQuery()) throws -> [OrganisationListing] {
        let all = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.*, c.nameEn AS countryName FROM organisation o
                LEFT JOIN country c ON c.alpha3 = o.country
                ORDER BY o.name COLLATE NOCASE, o.id
                """).map { row in
                OrganisationListing(id: row["id"], name: row["name"], nameZh: row["nameZh"], shortName: row["shortName"],
                                    category: row["category"], country: row["country"], countryName: row["countryName"],
                                    region: row["region"])
            }
        }
        let terms = TextFolding.queryTerms(query.filter ?? "")
        return all.filter { organisation in
            (query.category == nil || organisation.category == query.category)
                && (query.region == nil || organisation.region == query.region)
                && (terms.isEmpty || TextFolding.matches(folded: DirectoryFilter.searchKey(organisation), terms: terms))
        }
    }
}

/// Finding an organisation from what a user typed: an id, an exact name, a short name, or
/// the ISO alpha-3 code of a Member State.
enum OrganisationReference {
    static func resolve(_ reference: String, field: String, _ db: Database) throws -> Organisation {
        let text = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(text) {
            if let organisation = try Organisation.fetchOne(db, key: id) { return organisation }
            throw ConveneError.invalid(field: field, value: reference, reason: "unknown organisation")
        }
        let byName = try Organisation.fetchAll(db, sql: """
            SELECT * FROM organisation WHERE name = ?1 COLLATE NOCASE OR nameZh = ?1 OR shortName = ?1 COLLATE NOCASE
            ORDER BY id
            """, arguments: [text])
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw ConveneError.ambiguous(kind: "organisation", reference: reference,
                                         candidates: byName.map { "#\($0.id ?? 0) \($0.name)" })
        }
        if let memberState = try Organisation.fetchOne(db, sql: """
            SELECT * FROM organisation WHERE category = 'member-state' AND country = ? LIMIT 1
            """, arguments: [text.uppercased()]) {
            return memberState
        }
        throw ConveneError.invalid(field: field, value: reference, reason: "unknown organisation")
    }
}
