import Foundation
import GRDB

/// The fields of `meeting add/edit` and the meeting form; nil leaves a field as it is on
/// edit, and an empty string clears an optional one.
public struct MeetingDraft: Sendable {
    public var code: String?
    public var title: String?
    public var start: String?
    public var end: String?
    public var timeZone: String?
    public var level: String?
    public var region: String?
    public var venue: String?
    public var onlineLink: String?
    public var symbol: String?
    /// How the meeting's documents are numbered, e.g. "{series}/{n}-E" ("" returns to the default).
    public var symbolPattern: String?
    public var status: String?
    /// Each speaker's default budget in minutes ("" clears it).
    public var speakingMinutes: String?

    public init(code: String? = nil, title: String? = nil, start: String? = nil, end: String? = nil,
                timeZone: String? = nil, level: String? = nil, region: String? = nil, venue: String? = nil,
                onlineLink: String? = nil, symbol: String? = nil, status: String? = nil, speakingMinutes: String? = nil,
                symbolPattern: String? = nil) {
        self.code = code
        self.title = title
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.level = level
        self.region = region
        self.venue = venue
        self.onlineLink = onlineLink
        self.symbol = symbol
        self.symbolPattern = symbolPattern
        self.status = status
        self.speakingMinutes = speakingMinutes
    }
}

/// A meeting as lists show it, with invitation counts.
public struct MeetingListing: Codable, Sendable, Equatable {
    public var meeting: Meeting
    public var invited: Int
    public var accepted: Int

    public func encode(to encoder: Encoder) throws {
        try meeting.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(invited, forKey: .invited)
        try container.encode(accepted, forKey: .accepted)
    }

    enum CodingKeys: String, CodingKey { case invited, accepted }

    public init(meeting: Meeting, invited: Int, accepted: Int) {
        self.meeting = meeting
        self.invited = invited
        self.accepted = accepted
    }

    public init(from decoder: Decoder) throws {
        meeting = try Meeting(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        invited = try container.decode(Int.self, forKey: .invited)
        accepted = try container.decode(Int.self, forKey: .accepted)
    }
}

extension Store {
    public func addMeeting(_ draft: MeetingDraft, defaultTimeZone: String) throws -> Int64 {
        try perform("meeting add") { db, summary in
            guard let start = draft.start else {
                throw ConveneError.invalid(field: .start, value: "", reason: "a meeting needs a start")
            }
            var meeting = Meeting(title: "", start: start, timeZone: draft.timeZone ?? defaultTimeZone)
            try apply(draft, to: &meeting, db)
            try meeting.insert(db)
            let id = meeting.id ?? db.lastInsertedRowID
            summary = "meeting add #\(id) \(meeting.title)"
            return id
        }
    }

    /// Says `.unchanged`, and records nothing, when every value given is the one already stored.
    @discardableResult
    public func editMeeting(_ reference: RecordReference, _ draft: MeetingDraft) throws -> ChangeOutcome {
        try performRecording("meeting edit") { db, summary in
            var meeting = try MeetingReference.resolve(reference, db)
            let stored = meeting
            try apply(draft, to: &meeting, db)
            if RecordLock.changesRecord(from: stored, to: meeting) { try RecordLock.requireDraft(stored) }
            try meeting.update(db)
            summary = "meeting edit #\(meeting.id ?? 0) \(meeting.title)"
        }.outcome
    }

    public func removeMeeting(_ reference: RecordReference) throws {
        try perform("meeting remove") { db, summary in
            let meeting = try MeetingReference.resolve(reference, db)
            try meeting.delete(db)
            summary = "meeting remove #\(meeting.id ?? 0) \(meeting.title)"
        }
    }

    public func meeting(_ reference: RecordReference) throws -> Meeting {
        try read { db in try MeetingReference.resolve(reference, db) }
    }

    /// Meetings by start, with how many were invited and how many accepted.
    public func meetings() throws -> [MeetingListing] {
        try read { db in
            let counts = try Row.fetchAll(db, sql: """
                SELECT meetingId, count(*) AS invited, sum(reply = 'accepted') AS accepted
                FROM invitation GROUP BY meetingId
                """)
            var byMeeting: [Int64: (Int, Int)] = [:]
            for row in counts { byMeeting[row["meetingId"]] = (row["invited"], row["accepted"] ?? 0) }
            return try Meeting.order(Column("start"), Column("id")).fetchAll(db).map { meeting in
                let (invited, accepted) = byMeeting[meeting.id ?? 0] ?? (0, 0)
                return MeetingListing(meeting: meeting, invited: invited, accepted: accepted)
            }
        }
    }

    private func apply(_ draft: MeetingDraft, to meeting: inout Meeting, _ db: Database) throws {
        if let title = draft.title {
            meeting.title = try FieldValidation.singleLine(title, field: .title)
        }
        guard !meeting.title.isEmpty else {
            throw ConveneError.invalid(field: .title, value: draft.title ?? "", reason: "a meeting needs a title; empty title")
        }
        if let code = draft.code {
            meeting.code = FieldValidation.optionalText(try FieldValidation.singleLine(code, field: .code))
            if let code = meeting.code {
                guard Int64(code) == nil else {
                    throw ConveneError.invalid(field: .code, value: code, reason: "a code cannot be a plain number (it would read as an id)")
                }
                if try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE code = ? COLLATE NOCASE AND id IS NOT ?",
                                      arguments: [code, meeting.id]) != nil {
                    throw ConveneError.duplicate(field: .code, value: code, reason: "another meeting already has the code")
                }
            }
        }
        if let timeZone = draft.timeZone {
            meeting.timeZone = try FieldValidation.timeZone(timeZone)
        } else {
            meeting.timeZone = try FieldValidation.timeZone(meeting.timeZone, field: .storedTimeZone)
        }
        if let start = draft.start {
            meeting.start = try MeetingTime.parse(start, field: .start)
        }
        if let end = draft.end {
            meeting.end = try FieldValidation.optionalText(end).map { try MeetingTime.parseEnd($0, start: meeting.start) }
        } else if let end = meeting.end, end < meeting.start {
            throw ConveneError.invalid(field: .start, value: meeting.start, reason: "start after the end \(end)")
        }
        if draft.start != nil || draft.end != nil || draft.timeZone != nil {
            try MeetingTime.requireExisting(meeting.start, timeZone: meeting.timeZone, field: .start)
            if let end = meeting.end {
                try MeetingTime.requireExisting(end, timeZone: meeting.timeZone, field: .end)
            }
        }
        if let level = draft.level {
            meeting.level = try MeetingLevel.parseToken(level, field: .level, what: "level")
        }
        if let region = draft.region {
            meeting.region = try FieldValidation.optionalText(region).map { try ITURegion.parse($0).rawValue }
        }
        if let venue = draft.venue {
            meeting.venue = FieldValidation.optionalText(try FieldValidation.singleLine(venue, field: .venue))
        }
        if let online = draft.onlineLink {
            meeting.onlineLink = try FieldValidation.optionalText(online).map { try FieldValidation.link($0) }
        }
        if let symbol = draft.symbol {
            meeting.symbol = FieldValidation.optionalText(try FieldValidation.singleLine(symbol, field: .symbol))
        }
        if let pattern = draft.symbolPattern {
            meeting.symbolPattern = try FieldValidation.optionalText(pattern).map(DocumentSymbol.parsePattern)
        }
        if let status = draft.status {
            let parsed = try MeetingStatus.parseToken(status, field: .status, what: "status")
            // One approval state (issue 10): only approving the minutes makes a meeting minutes-approved.
            if parsed == .minutesApproved, meeting.status != .minutesApproved {
                throw ConveneError.invalid(field: .status, value: status,
                                           reason: "not a status to set (approve the minutes: `convene minutes approve`)")
            }
            meeting.status = parsed
        }
        if let speakingMinutes = draft.speakingMinutes {
            meeting.speakingMinutes = try SpeakingBudget.parse(speakingMinutes)
        }
    }
}

/// Finding a meeting by id, or from what a user typed: an id, its code, or words of its title
/// (`NameLookup`).
enum MeetingReference {
    static func resolve(_ reference: RecordReference, _ db: Database) throws -> Meeting {
        var found: Meeting?
        if let id = reference.key {
            found = try Meeting.fetchOne(db, key: id)
        } else {
            found = try Meeting.fetchOne(db, sql: "SELECT * FROM meeting WHERE code = ? COLLATE NOCASE",
                                         arguments: [reference.trimmedText])
            if found == nil, let id = try NameLookup.meeting(named: reference.trimmedText, db) {
                found = try Meeting.fetchOne(db, key: id)
            }
        }
        guard let found else { throw ConveneError.notFound(kind: "meeting", reference: reference.description) }
        return found
    }
}
