import GRDB

/// Who an organisation is, in the tokens used everywhere (CLI, JSON, CSV).
public enum StakeholderCategory: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case memberState = "member-state"
    case sectorMember = "sector-member"
    case associate
    case academia
    case geospatialProvider = "geospatial-provider"
    case informationProvider = "information-provider"
    case internationalBody = "international-body"
    case regionalOrganization = "regional-organization"
    case ictIndustry = "ict-industry"
    case civilSociety = "civil-society"
    case other

    public var label: String {
        switch self {
        case .memberState: "Member State"
        case .sectorMember: "Sector Member"
        case .associate: "Associate"
        case .academia: "Academia"
        case .geospatialProvider: "Geospatial service provider"
        case .informationProvider: "Information service provider"
        case .internationalBody: "UN or international body"
        case .regionalOrganization: "Regional telecommunication organization"
        case .ictIndustry: "ICT industry"
        case .civilSociety: "Civil society"
        case .other: "Other"
        }
    }

    public static func parse(_ token: String, field: Field = .category) throws -> StakeholderCategory {
        if let category = StakeholderCategory(rawValue: token.lowercased()) { return category }
        throw ConveneError.invalid(
            field: field, value: token,
            reason: "unknown category (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
    }
}

/// The six ITU-D regions Member States belong to.
public enum ITURegion: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case africa = "Africa"
    case americas = "Americas"
    case arabStates = "Arab States"
    case asiaPacific = "Asia-Pacific"
    case cis = "CIS"
    case europe = "Europe"

    /// Accepts "Arab States", "arab-states", "ASIA PACIFIC", "cis" and the like.
    public static func parse(_ text: String, field: Field = .region) throws -> ITURegion {
        let wanted = comparable(text)
        if let region = allCases.first(where: { comparable($0.rawValue) == wanted }) { return region }
        throw ConveneError.invalid(
            field: field, value: text,
            reason: "unknown ITU-D region (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    private static func comparable(_ text: String) -> String {
        String(TextFolding.fold(text).unicodeScalars.filter { $0.properties.isAlphabetic })
    }
}
