/// The one filter behind `--filter` and the terminal UI's `/`: case- and diacritic-insensitive,
/// CJK substrings, over names, organisation, email and country. A record's folded search key
/// can be computed once and kept, so that each keystroke only compares keys.
public enum DirectoryFilter {
    public static func searchKey(_ participant: ParticipantListing) -> String {
        TextFolding.fold([
            participant.honorific, participant.givenName, participant.familyName, participant.name,
            participant.organisationName, participant.organisation, participant.organisationNameZh,
            participant.email, participant.country, participant.countryName, participant.countryNameZh,
            participant.function,
        ].compactMap { $0 }.joined(separator: "\u{1}"))
    }

    /// `searchKey` of each participant. Folding works scalar by scalar, so a key is the folded
    /// fields joined; each organisation's and country's folded names are computed once.
    public static func searchKeys(_ participants: [ParticipantListing]) -> [String] {
        var organisations: [Int64: String] = [:]
        var countries: [String: String] = [:]
        func folded(_ fields: [String?]) -> String? {
            let present = fields.compactMap { $0 }
            return present.isEmpty ? nil : TextFolding.fold(present.joined(separator: "\u{1}"))
        }
        return participants.map { participant in
            var organisation: String?
            if let id = participant.organisationId {
                organisation = organisations[id] ?? folded([participant.organisationName, participant.organisation,
                                                            participant.organisationNameZh])
                organisations[id] = organisation
            } else {
                organisation = folded([participant.organisationName, participant.organisation, participant.organisationNameZh])
            }
            var country: String?
            if let code = participant.country {
                country = countries[code] ?? folded([code, participant.countryName, participant.countryNameZh])
                countries[code] = country
            }
            let own = [participant.honorific, participant.givenName, participant.familyName, participant.name]
                .compactMap { $0 }.map(TextFolding.fold)
            return (own + [organisation, participant.email.map(TextFolding.fold), country,
                           participant.function.map(TextFolding.fold)].compactMap { $0 }).joined(separator: "\u{1}")
        }
    }

    public static func searchKey(_ organisation: OrganisationListing) -> String {
        TextFolding.fold([
            organisation.name, organisation.nameZh, organisation.shortName, organisation.country,
            organisation.countryName, organisation.category.rawValue, organisation.region?.rawValue,
        ].compactMap { $0 }.joined(separator: "\u{1}"))
    }

    /// Participants containing every word of the query; pass `keys` (one per participant,
    /// from `searchKey`) to reuse keys computed earlier.
    public static func matching(_ participants: [ParticipantListing], query: String, keys: [String]? = nil) -> [ParticipantListing] {
        let terms = SearchTerms(query)
        guard !terms.isEmpty else { return participants }
        let keys = keys ?? searchKeys(participants)
        return zip(participants, keys).filter { terms.matches(folded: $0.1) }.map(\.0)
    }
}
