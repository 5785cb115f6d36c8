import GRDB

/// An organisation in the directory: a Member State administration, a provider, a body.
public struct Organisation: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "organisation"

    public var id: Int64?
    public var name: String
    public var nameZh: String?
    public var shortName: String?
    public var category: StakeholderCategory
    /// ISO 3166-1 alpha-3 code.
    public var country: String?
    public var region: ITURegion?
    /// The name in the other ITU languages (beside `nameZh`), for documents in them.
    public var nameFr: String?
    public var nameEs: String?
    public var nameAr: String?
    public var nameRu: String?

    public init(id: Int64? = nil, name: String, nameZh: String? = nil, shortName: String? = nil,
                category: StakeholderCategory, country: String? = nil, region: ITURegion? = nil,
                nameFr: String? = nil, nameEs: String? = nil, nameAr: String? = nil, nameRu: String? = nil) {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.shortName = shortName
        self.category = category
        self.country = country
        self.region = region
        self.nameFr = nameFr
        self.nameEs = nameEs
        self.nameAr = nameAr
        self.nameRu = nameRu
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The columns, with the search key computed from the names being written: every
    /// insert and update through this type keeps the stored key up to date.
    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["nameZh"] = nameZh
        container["shortName"] = shortName
        container["category"] = category
        container["country"] = country
        container["region"] = region
        container["nameFr"] = nameFr
        container["nameEs"] = nameEs
        container["nameAr"] = nameAr
        container["nameRu"] = nameRu
        container[SearchKey.column] = searchKey
    }

    /// The folded text the participant filter searches in this organisation's names.
    public var searchKey: String {
        SearchKey.organisation(name: name, shortName: shortName, nameZh: nameZh, otherNames: [nameFr, nameEs, nameAr, nameRu])
    }

    /// "CEPT" when there is a short name, the full name otherwise.
    public var displayName: String { shortName.flatMap { $0.isEmpty ? nil : $0 } ?? name }
}
