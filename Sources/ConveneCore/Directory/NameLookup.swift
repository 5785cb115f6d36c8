import GRDB

/// A record named by what a user typed where an id, email or code was expected: "Diallo",
/// "cote ivoire", "张伟". The words are matched with the directory's own filter (the one behind
/// `--filter` and `/`, diacritic- and CJK-aware), so a name finds what the filter finds. One
/// match is taken; so is the one match whose whole name is what was typed; several are refused
/// with the candidates and their ids, so that the user can retype an id.
enum NameLookup {
    /// How many candidates an ambiguity lists before "… and N more".
    static let listedCandidates = 8

    /// The one of `matches` the text names, or nil when nothing matches; throws `ambiguous`.
    static func pick<Record>(_ matches: [Record], text: String, kind: String, names: (Record) -> [String],
                             describe: (Record) -> String) throws -> Record? {
        guard !matches.isEmpty else { return nil }
        if matches.count == 1 { return matches[0] }
        let typed = TextFolding.queryTerms(text).joined(separator: " ")
        let exact = matches.filter { record in
            names(record).contains { TextFolding.queryTerms($0).joined(separator: " ") == typed }
        }
        if exact.count == 1 { return exact[0] }
        let shown = (exact.count > 1 ? exact : matches)
        var candidates = shown.prefix(listedCandidates).map(describe)
        if shown.count > listedCandidates { candidates.append("… and \(shown.count - listedCandidates) more") }
        throw ConveneError.ambiguous(kind: kind, reference: text, candidates: candidates)
    }

    /// Participants found by the directory filter for `text`, in SQL over the stored search
    /// keys: only the matching rows are read.
    static func participant(named text: String, _ db: Database) throws -> Int64? {
        guard let search = try DirectoryFilter.participantCondition(query: text, db) else { return nil }
        let matches = try Store.fetchListings(db, sql: Store.participantListingSQL + " WHERE " + search.sql + Store.directoryOrder,
                                              arguments: search.arguments)
        return try pick(matches, text: text, kind: "participant",
                        names: { [$0.name, "\($0.givenName) \($0.familyName)", "\($0.familyName) \($0.givenName)", $0.familyName] },
                        describe: { listing in
                            "#\(listing.id) \(listing.name)" + (listing.organisation.map { " (\($0))" } ?? "")
                        })?.id
    }

    /// Organisations found by the organisation filter for `text`.
    static func organisation(named text: String, _ db: Database) throws -> Int64? {
        let terms = TextFolding.queryTerms(text)
        guard !terms.isEmpty else { return nil }
        let matches = try Store.organisationListings(db).filter {
            TextFolding.matches(folded: DirectoryFilter.searchKey($0), terms: terms)
        }
        return try pick(matches, text: text, kind: "organisation",
                        names: { [$0.name, $0.nameZh, $0.shortName].compactMap { $0 } },
                        describe: { "#\($0.id) \($0.name)" })?.id
    }

    /// Meetings whose code, title, start or region contain the words of `text`.
    static func meeting(named text: String, _ db: Database) throws -> Int64? {
        let terms = TextFolding.queryTerms(text)
        guard !terms.isEmpty else { return nil }
        let matches = try Meeting.order(Column("start"), Column("id")).fetchAll(db).filter {
            TextFolding.matches(folded: MeetingSearch.key($0), terms: terms)
        }
        return try pick(matches, text: text, kind: "meeting", names: { [$0.title] + [$0.code].compactMap { $0 } },
                        describe: { "#\($0.id ?? 0) \($0.code.map { "\($0) " } ?? "")\($0.title)" })?.id
    }

    /// A country by its English or Chinese name ("Côte d'Ivoire", "cote divoire", "中国"):
    /// its alpha-3 code.
    static func country(named text: String, _ db: Database) throws -> String? {
        let terms = TextFolding.queryTerms(text)
        guard !terms.isEmpty else { return nil }
        let countries = try Row.fetchAll(db, sql: "SELECT alpha3, nameEn, nameZh FROM country ORDER BY nameEn")
            .map { (code: $0["alpha3"] as String, name: $0["nameEn"] as String, nameZh: $0["nameZh"] as String) }
        let matches = countries.filter { TextFolding.matches(folded: TextFolding.fold("\($0.name)\u{1}\($0.nameZh)"), terms: terms) }
        return try pick(matches, text: text, kind: "country", names: { [$0.name, $0.nameZh] },
                        describe: { "\($0.code) \($0.name)" })?.code
    }
}

extension Store {
    /// Every country, by English name: for the app's country picker.
    public func countries() throws -> [Country] {
        try read { db in try Country.order(Column("nameEn")).fetchAll(db) }
    }
}

/// The folded text a meeting is found by: code, title, start and region; shared by the
/// app's meeting picker and the command line's names.
public enum MeetingSearch {
    public static func key(_ meeting: Meeting) -> String {
        TextFolding.fold([meeting.code ?? "", meeting.title, meeting.start, meeting.region ?? ""].joined(separator: "\u{1}"))
    }
}
