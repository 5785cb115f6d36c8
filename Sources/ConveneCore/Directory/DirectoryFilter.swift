import GRDB

/// The one filter behind `--filter` and the terminal UI's `/`: case- and diacritic-insensitive,
/// CJK substrings, over names, organisation, email and country. A record's folded search key
/// can be computed once and kept, so that each keystroke only compares keys.
public enum DirectoryFilter {
    public static func searchKey(_ participant: ParticipantListing) -> String {
        TextFolding.fold([
            participant.honorific, participant.givenName, participant.familyName, participant.name, participant.latinName,
            participant.organisationName, participant.organisation, participant.organisationNameZh,
            participant.organisationNameFr, participant.organisationNameEs, participant.organisationNameAr, participant.organisationNameRu,
            participant.email, participant.country, participant.countryName, participant.countryNameZh,
            participant.function,
        ].compactMap { $0 }.joined(separator: "\u{1}"))
    }

    /// `searchKey` of each participant. Folding works scalar by scalar, so a key is the folded
    /// fields joined; it is built in one buffer, and each organisation's and country's folded
    /// names are computed once.
    public static func searchKeys(_ participants: [ParticipantListing]) -> [String] {
        var organisations: [Int64: [UInt8]?] = [:]
        var countries: [String: [UInt8]?] = [:]
        func folded(_ fields: [String?]) -> [UInt8]? {
            let present = fields.compactMap { $0 }
            return present.isEmpty ? nil : Array(TextFolding.fold(present.joined(separator: "\u{1}")).utf8)
        }
        var key: [UInt8] = []
        return participants.map { participant in
            let organisationFields = [participant.organisationName, participant.organisation, participant.organisationNameZh,
                                      participant.organisationNameFr, participant.organisationNameEs,
                                      participant.organisationNameAr, participant.organisationNameRu]
            var organisation: [UInt8]?
            if let id = participant.organisationId {
                if let known = organisations[id] {
                    organisation = known
                } else {
                    organisation = folded(organisationFields)
                    organisations[id] = organisation
                }
            } else {
                organisation = folded(organisationFields)
            }
            var country: [UInt8]?
            if let code = participant.country {
                if let known = countries[code] {
                    country = known
                } else {
                    country = folded([code, participant.countryName, participant.countryNameZh])
                    countries[code] = country
                }
            }

            key.removeAll(keepingCapacity: true)
            var isFirst = true
            func separate() {
                if !isFirst { key.append(1) }
                isFirst = false
            }
            // The order of `searchKey`: names, organisation, email, country, function.
            for field in [participant.honorific, participant.givenName, participant.familyName, participant.name, participant.latinName] {
                guard let field else { continue }
                separate()
                TextFolding.fold(field, into: &key)
            }
            if let organisation { separate(); key += organisation }
            if let email = participant.email { separate(); TextFolding.fold(email, into: &key) }
            if let country { separate(); key += country }
            if let function = participant.function { separate(); TextFolding.fold(function, into: &key) }
            return String(decoding: key, as: UTF8.self)
        }
    }

    public static func searchKey(_ organisation: OrganisationListing) -> String {
        TextFolding.fold([
            organisation.name, organisation.nameZh, organisation.nameFr, organisation.nameEs, organisation.nameAr, organisation.nameRu,
            organisation.shortName, organisation.country,
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

extension DirectoryFilter {
    /// The filter as a condition on `Store.participantListingSQL` (participant `p`,
    /// organisation `o`), over the stored keys: a participant matches when every word is in
    /// their own key, their organisation's key, or their country's code or names. The same
    /// result as `matching`, whose one key per participant joins these same fields.
    ///
    /// The country's names are folded here, per call (a few hundred short names), rather than
    /// stored: they are shipped data, and a word turns into the list of codes it matches.
    /// Plain `instr` on folded text, not FTS5: its trigram tokenizer neither folds diacritics
    /// nor finds two-character words such as 张伟.
    static func participantCondition(query: String, _ db: Database) throws -> (sql: String, arguments: StatementArguments)? {
        let terms = TextFolding.queryTerms(query)
        guard !terms.isEmpty else { return nil }
        let countries = try Row.fetchAll(db, sql: "SELECT alpha3, nameEn, nameZh FROM country ORDER BY alpha3").map { row in
            (code: row[0] as String, key: SearchKey.joinedFold([row[0], row[1], row[2]]))
        }
        var conditions: [String] = []
        var arguments: StatementArguments = []
        for term in terms {
            let codes = countries.filter { TextFolding.matches(folded: $0.key, terms: [term]) }.map(\.code)
            var alternatives = ["instr(p.searchKey, ?) > 0", "instr(o.searchKey, ?) > 0"]
            arguments += [term, term]
            if !codes.isEmpty {
                alternatives.append("p.country IN (" + codes.map { _ in "?" }.joined(separator: ", ") + ")")
                arguments += StatementArguments(codes)
            }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
