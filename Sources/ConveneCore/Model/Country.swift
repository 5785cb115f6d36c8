import GRDB

/// An ISO 3166-1 country or territory, with its ITU membership and ITU-D region.
public struct Country: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "country"

    public var alpha3: String
    public var alpha2: String
    public var nameEn: String
    public var nameZh: String
    public var ituMember: Bool
    public var region: ITURegion?

    public init(alpha3: String, alpha2: String, nameEn: String, nameZh: String, ituMember: Bool, region: ITURegion?) {
        self.alpha3 = alpha3
        self.alpha2 = alpha2
        self.nameEn = nameEn
        self.nameZh = nameZh
        self.ituMember = ituMember
        self.region = region
    }
}
