import GRDB

/// Writes the synthetic rows of `SyntheticData.generate` through prepared statements, in one
/// transaction, drawing every choice from one seeded sequence (so the order of the calls is
/// part of what a seed means).
struct Generator {
    var random: SeededRandom
    let db: Database
    var counts = SyntheticData.Counts()
    /// Organisation ids by category, the Member States' by their country code too.
    var organisationsByCategory: [StakeholderCategory: [Int64]] = [:]
    var memberStates: [(country: String, organisation: Int64)] = []
    var participantIds: [Int64] = []
    var participantOrganisation: [Int64: Int64] = [:]
    var clauseKeys: [String] = []
    /// Told of each thousand participants and each meeting written; a meeting counts as
    /// much as `meetingProgressWeight` participants, about the time each takes to write.
    var progress: ProgressHandler?
    var progressTotal = 0
    static let meetingProgressWeight = 100

    init(seed: UInt64, db: Database) {
        random = SeededRandom(seed: seed)
        self.db = db
    }

    /// One organisation of each other category per 200 participants (at least one each),
    /// beside the shipped Member States and regional organisations.
    mutating func organisations(forParticipants participants: Int) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, category, country FROM organisation ORDER BY id") {
            let category = StakeholderCategory(rawValue: row["category"]) ?? .other
            organisationsByCategory[category, default: []].append(row["id"])
            if category == .memberState, let country: String = row["country"] { memberStates.append((country, row["id"])) }
        }
        let insert = try db.makeStatement(sql: """
            INSERT INTO organisation (name, nameZh, shortName, category, country, region, searchKey) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let perCategory = max(1, participants / 200)
        for category in StakeholderCategory.allCases where category != .memberState {
            guard let templates = SyntheticNames.organisations[category] else { continue }
            for number in 1...perCategory {
                let template = random.pick(templates)
                let name = template.name.replacingOccurrences(of: "#", with: "\(number)")
                let short = template.short?.replacingOccurrences(of: "#", with: "\(number)")
                let nameZh = template.nameZh?.replacingOccurrences(of: "#", with: "\(number)")
                let state = memberStates.isEmpty || random.chance(40) ? nil : random.pick(memberStates)
                let region = try state.flatMap { try String.fetchOne(db, sql: "SELECT region FROM country WHERE alpha3 = ?", arguments: [$0.country]) }
                try insert.execute(arguments: [name, nameZh, short, category.rawValue, state?.country, region,
                                               SearchKey.organisation(name: name, shortName: short, nameZh: nameZh)])
                organisationsByCategory[category, default: []].append(db.lastInsertedRowID)
                counts.organisations += 1
            }
        }
    }

    /// People in four scripts, most of them in a Member State's delegation, the others in
    /// another organisation or none; every email unique.
    mutating func participants(_ count: Int) throws {
        guard count > 0 else { return }
        let insert = try db.makeStatement(sql: """
            INSERT INTO participant (honorific, givenName, familyName, organisationId, function, email, phone, country, notes, searchKey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let others = StakeholderCategory.allCases.filter { $0 != .memberState }.flatMap { organisationsByCategory[$0] ?? [] }
        participantIds.reserveCapacity(count)
        for index in 0..<count {
            if index % 1_000 == 999 { progress?(index + 1, progressTotal) }
            let (given, family) = name()
            let honorific = random.pick(SyntheticNames.honorifics)
            let function = random.pick(SyntheticNames.functions)
            let email = "\(given.ascii).\(family.ascii).\(index + 1)@example.org"
            let state = memberStates.isEmpty ? nil : random.pick(memberStates)
            let draw = random.int(0...9)
            var organisation = state?.organisation
            if draw == 0 {
                organisation = nil
            } else if draw <= 3, !others.isEmpty {
                organisation = random.pick(others)
            }
            let phone = random.chance(30) ? "+\(random.int(1...99)) \(random.int(100...999)) \(random.int(1000...9999))" : nil
            let notes = random.chance(5) ? "Prefers French documents. Requires accessible seating." : nil
            try insert.execute(arguments: [
                honorific, given.text, family.text, organisation, function, email, phone, state?.country, notes,
                SearchKey.participant(honorific: honorific, givenName: given.text, familyName: family.text, email: email,
                                      function: function),
            ])
            let id = db.lastInsertedRowID
            participantIds.append(id)
            if let organisation { participantOrganisation[id] = organisation }
        }
        counts.participants = count
    }

    private mutating func name() -> (given: SyntheticNames.Name, family: SyntheticNames.Name) {
        switch random.pick(SyntheticNames.Script.allCases) {
        case .latin: (random.pick(SyntheticNames.latinGiven), random.pick(SyntheticNames.latinFamily))
        case .chinese: (random.pick(SyntheticNames.chineseGiven), random.pick(SyntheticNames.chineseFamily))
        case .arabic: (random.pick(SyntheticNames.arabicGiven), random.pick(SyntheticNames.arabicFamily))
        case .cyrillic: (random.pick(SyntheticNames.cyrillicGiven), random.pick(SyntheticNames.cyrillicFamily))
        }
    }
}
