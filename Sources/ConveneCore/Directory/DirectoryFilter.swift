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

    public static func searchKey(_ organisation: OrganisationListing) -> String {
        TextFolding.fold([
            organisation.name, organisation.nameZh, organisation.shortName, organisation.country,
            organisation.countryName, organisation.category.rawValue, organisation.region?.rawValue,
        ].compactMap { $0 }.joined(separator: "\u{1}"))
    }

    /// Participants containing every word of the query; pass `keys` (one per participant,
    /// from `searchKey`) to reuse keys computed earlier.
    public static func matching(_ participants: [ParticipantListing], query: String, keys: [String]? = nil) -> [ParticipantListing] {
        let terms = TextFolding.queryTerms(query)
        guard !terms.isEmpty else { return participants }
        let keys = keys ?? participants.map(searchKey)
        return zip(participants, keys).filter { TextFolding.matches(folded: $0.1, terms: terms) }.map(\.0)
    }
}
