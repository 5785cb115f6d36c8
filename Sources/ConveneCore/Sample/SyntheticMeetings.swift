import Foundation
import GRDB

extension Generator {
    /// Meetings from 2020 on, one every few days: 20 to 1,000 invitations each (at most
    /// everyone), 10 to 200 agenda items with clause links, notes and decisions, and action
    /// points. Meetings before the last tenth are held, with attendance and minutes.
    ///
    /// Sizes are spread evenly on a logarithmic scale, as real meetings are: many small
    /// ones, few large. The first meeting has the largest size of each, 1,000 invitations
    /// (or everyone) and 200 items, so that every large database has one such meeting to
    /// measure exports on.
    mutating func meetings(_ count: Int) throws {
        guard count > 0 else { return }
        clauseKeys = try String.fetchAll(db, sql: "SELECT key FROM clause ORDER BY id")
        let statements = try MeetingStatements(db)
        let participantCount = participantIds.count
        for index in 0..<count {
            try meeting(index, isHeld: index < count - max(1, count / 10), isLargest: index == 0, statements)
            progress?(participantCount + (index + 1) * Self.meetingProgressWeight, progressTotal)
        }
        counts.meetings = count
    }

    private mutating func meeting(_ index: Int, isHeld: Bool, isLargest: Bool, _ statements: MeetingStatements) throws {
        let day = Calendar(identifier: .gregorian).date(byAdding: .day, value: index * 3, to: Self.firstDay) ?? Self.firstDay
        let date = Self.dayFormat.string(from: day)
        let level = random.pick(MeetingLevel.allCases)
        let region = level == .international ? nil : random.pick(ITURegion.allCases).rawValue
        let title = random.pick(["Regional dialogue on Resolution 174", "Stakeholder consultation on illicit use of ICTs",
                                 "关于第174号决议的区域对话", "حوار إقليمي بشأن القرار 174", "Региональный диалог по Резолюции 174"])
        try statements.meeting.execute(arguments: [
            "SYN-\(index + 1)", "\(title) (\(index + 1))", level.rawValue, region, "\(date)T09:00", "\(date)T17:30",
            random.pick(SyntheticNames.timeZones), random.pick(SyntheticNames.venues), "R174-SYN/\(index + 1)",
            isHeld ? MeetingStatus.held.rawValue : MeetingStatus.convened.rawValue,
            isHeld ? "\(date)T09:05" : nil, isHeld ? "\(date)T17:20" : nil,
            isHeld && random.chance(50) ? MinutesStatus.approved.rawValue : MinutesStatus.draft.rawValue,
        ])
        let meetingId = db.lastInsertedRowID
        let invitationCount = isLargest ? 1000 : random.logarithmic(20...1000)
        let invitees = try invitations(meetingId, count: min(invitationCount, participantIds.count), isHeld: isHeld, statements)
        try agenda(meetingId, items: isLargest ? 200 : random.logarithmic(10...200), invitees: invitees, statements)
    }

    /// Distinct participants (Floyd's sampling), the first the chair, the second the secretariat.
    private mutating func invitations(_ meetingId: Int64, count wanted: Int, isHeld: Bool,
                                      _ statements: MeetingStatements) throws -> [Int64] {
        var chosen = Set<Int>()
        var order: [Int64] = []
        for upper in (participantIds.count - wanted)..<participantIds.count {
            let candidate = random.int(0...upper)
            let pick = chosen.contains(candidate) ? upper : candidate
            chosen.insert(pick)
            order.append(participantIds[pick])
        }
        let replies: [Reply] = [.accepted, .accepted, .accepted, .tentative, .declined, .invited]
        let attendances: [Attendance] = [.present, .present, .present, .remote, .apologies, .absent]
        for (position, participant) in order.enumerated() {
            let role: InvitationRole = switch position {
            case 0: .chair
            case 1: .secretariat
            default: random.chance(90) ? .delegate : .observer
            }
            try statements.invitation.execute(arguments: [
                meetingId, participant, role.rawValue, participantOrganisation[participant],
                random.pick(replies).rawValue, isHeld ? random.pick(attendances).rawValue : nil,
            ])
        }
        counts.invitations += order.count
        return order
    }

    /// Top-level items, one in four with two sub-items, until the meeting's count is reached.
    private mutating func agenda(_ meetingId: Int64, items wanted: Int, invitees: [Int64],
                                 _ statements: MeetingStatements) throws {
        var made = 0
        var topPosition = 0
        while made < wanted {
            let itemId = try item(meetingId, parent: nil, position: topPosition, invitees: invitees, statements)
            made += 1
            topPosition += 1
            if random.chance(25) {
                for child in 0..<min(2, wanted - made) {
                    _ = try item(meetingId, parent: itemId, position: child, invitees: invitees, statements)
                    made += 1
                }
            }
        }
        counts.agendaItems += made
    }

    private mutating func item(_ meetingId: Int64, parent: Int64?, position: Int, invitees: [Int64],
                               _ statements: MeetingStatements) throws -> Int64 {
        let title = random.pick(SyntheticNames.itemTitles)
        let presenter = random.pick(invitees)
        let notes = random.chance(70) ? """
            The Secretariat introduced the document.

            Delegates discussed *national experiences* and asked questions.

            - Support was expressed for further work.
            - 与会者表示支持。
            """ : nil
        try statements.item.execute(arguments: [meetingId, parent, position, title, random.int(5...45), presenter,
                                                "[\"R174-SYN/\(position + 1)\"]", notes])
        let itemId = db.lastInsertedRowID
        var linked: [String] = []
        for _ in 0..<(clauseKeys.isEmpty ? 0 : random.int(0...3)) {
            let key = random.pick(clauseKeys)
            guard !linked.contains(key) else { continue }
            try statements.clause.execute(arguments: [itemId, key, linked.count])
            linked.append(key)
        }
        for position in 0..<random.int(0...2) {
            try statements.decision.execute(arguments: [itemId, random.pick([
                "The meeting took note of the document.", "The meeting agreed to continue the dialogue.",
                "会议同意继续对话。", "اتفق الاجتماع على مواصلة الحوار.",
            ]), position])
        }
        for _ in 0..<random.int(0...2) {
            let status = random.pick(ActionStatus.allCases)
            try statements.action.execute(arguments: [
                meetingId, itemId, random.pick(["Circulate the draft report", "Collect Member States' comments",
                                                "收集成员国意见", "إعداد ملخص للمناقشة"]),
                random.pick(invitees), "2027-0\(random.int(1...9))-1\(random.int(0...9))", status.rawValue,
                linked.isEmpty || random.chance(50) ? nil : random.pick(linked),
            ])
            counts.actionPoints += 1
        }
        return itemId
    }

    private static let firstDay = DateComponents(calendar: Calendar(identifier: .gregorian),
                                                 timeZone: TimeZone(identifier: "UTC"), year: 2020, month: 1, day: 6).date ?? Date(timeIntervalSince1970: 0)
    private static let dayFormat: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()
}

/// The prepared inserts of the meeting tables.
struct MeetingStatements {
    let meeting, invitation, item, clause, decision, action: Statement

    init(_ db: Database) throws {
        meeting = try db.makeStatement(sql: """
            INSERT INTO meeting (code, title, level, region, start, "end", timeZone, venue, symbol, status, openedAt, closedAt, minutesStatus)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        invitation = try db.makeStatement(sql: """
            INSERT INTO invitation (meetingId, participantId, role, delegationId, reply, attendance) VALUES (?, ?, ?, ?, ?, ?)
            """)
        item = try db.makeStatement(sql: """
            INSERT INTO agendaItem (meetingId, parentId, position, title, minutes, presenterId, documents, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        clause = try db.makeStatement(sql: "INSERT INTO agendaClause (itemId, clauseKey, position) VALUES (?, ?, ?)")
        decision = try db.makeStatement(sql: "INSERT INTO decision (itemId, text, position) VALUES (?, ?, ?)")
        action = try db.makeStatement(sql: """
            INSERT INTO actionPoint (meetingId, itemId, text, ownerId, due, status, clauseKey) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }
}
