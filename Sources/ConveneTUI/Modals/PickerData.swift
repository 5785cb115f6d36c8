import ConveneCore

/// What kind of record a form field names, and so which picker it opens.
enum PickerKind: Sendable, Hashable {
    case participant, organisation, country, clause

    /// What the picker lists.
    var dataset: Dataset {
        switch self {
        case .participant: .directory
        case .organisation: .organisations
        case .country: .countries
        case .clause: .resolutions
        }
    }

    var noun: String {
        switch self {
        case .participant: "participant"
        case .organisation: "organisation"
        case .country: "country"
        case .clause: "clause"
        }
    }
}

/// The records a picker chooses from, with their folded search keys: the directory's own
/// keys for participants, so that the picker finds what `/` finds.
enum PickerData: Sendable {
    case participants(DirectoryData)
    case organisations(OrganisationData)
    case countries([Country], keys: [String])
    case clauses([Clause], keys: [String])

    static func countries(_ countries: [Country]) -> PickerData {
        .countries(countries, keys: countries.map { TextFolding.fold([$0.nameEn, $0.nameZh, $0.alpha3, $0.alpha2].joined(separator: "\u{1}")) })
    }

    static func clauses(of documents: [ResolutionDocument]) -> PickerData {
        let clauses = documents.flatMap(\.clauses)
        return .clauses(clauses, keys: clauses.map { TextFolding.fold([$0.key, $0.headingText, $0.text].joined(separator: "\u{1}")) })
    }

    var keys: [String] {
        switch self {
        case let .participants(data): data.keys
        case let .organisations(data): data.keys
        case let .countries(_, keys), let .clauses(_, keys): keys
        }
    }

    /// What goes into the form field: a reference the store resolves without doubt.
    func value(_ index: Int) -> String {
        switch self {
        case let .participants(data): "\(data.listings[index].id)"
        case let .organisations(data): "\(data.listings[index].id)"
        case let .countries(countries, _): countries[index].alpha3
        case let .clauses(clauses, _): clauses[index].key
        }
    }

    /// What the form field shows once chosen.
    func name(_ index: Int) -> String {
        switch self {
        case let .participants(data):
            let listing = data.listings[index]
            return listing.name + (listing.organisation.map { " (\($0))" } ?? "")
        case let .organisations(data): return data.listings[index].name
        case let .countries(countries, _): return "\(countries[index].nameEn) (\(countries[index].alpha3))"
        case let .clauses(clauses, _): return clauses[index].key
        }
    }

    var columns: [TableColumn] {
        switch self {
        case .participants:
            [TableColumn("#", width: .fixed(6), alignment: .right), TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
             TableColumn("Organisation", width: .flexible(minimum: 8, weight: 2)), TableColumn("Email", width: .flexible(minimum: 8, weight: 2))]
        case .organisations:
            [TableColumn("Name", width: .flexible(minimum: 16, weight: 4)), TableColumn("Short", width: .flexible(minimum: 5, weight: 1)),
             TableColumn("Country", width: .fixed(7))]
        case .countries:
            [TableColumn("Code", width: .fixed(5)), TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
             TableColumn("中文", width: .flexible(minimum: 6, weight: 1))]
        case .clauses:
            [TableColumn("Clause", width: .flexible(minimum: 12, weight: 2)), TableColumn("Text", width: .flexible(minimum: 10, weight: 3))]
        }
    }

    func cells(_ index: Int) -> [String] {
        switch self {
        case let .participants(data):
            let listing = data.listings[index]
            return ["\(listing.id)", listing.name, listing.organisation ?? "", listing.email ?? ""]
        case let .organisations(data):
            let listing = data.listings[index]
            return [listing.name, listing.shortName ?? "", listing.country ?? ""]
        case let .countries(countries, _):
            return [countries[index].alpha3, countries[index].nameEn, countries[index].nameZh]
        case let .clauses(clauses, _):
            return [clauses[index].key, clauses[index].text]
        }
    }
}
