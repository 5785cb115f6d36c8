import Foundation
import GRDB

/// What an approved record says of its approval: the day, and which revision it is.
public struct MinutesApproval: Sendable, Equatable {
    /// YYYY-MM-DD; nil for minutes approved before convene froze versions (migration v9).
    public var approvedOn: String?
    /// 0 for the record as first approved, 1 for Rev.1, …
    public var revision: Int

    public init(approvedOn: String?, revision: Int = 0) {
        self.approvedOn = approvedOn
        self.revision = revision
    }

    /// "Approved on 2 April 2027 by the meeting."
    public var sentence: String {
        "Approved" + (approvedOn.map { " on " + DocumentHeader.longDate($0) } ?? "") + " by the meeting."
    }

    /// The approval the current record of `meeting` carries: nil while its minutes are a draft.
    static func current(of meeting: Meeting, _ db: Database) throws -> MinutesApproval? {
        guard meeting.minutesStatus == .approved else { return nil }
        let versions = try MinutesVersion.filter(Column("meetingId") == meeting.id).order(Column("number")).fetchAll(db)
        guard let approved = versions.last(where: { $0.kind != .corrigendum }) else { return MinutesApproval(approvedOn: nil) }
        return MinutesApproval(approvedOn: approved.approvedOn, revision: versions.filter { $0.kind == .revision }.count)
    }
}

/// The data a frozen version was rendered from, kept beside its Markdown as JSON in the
/// vocabulary of convene(5) (the history shows it): snake_case names, every field present
/// (null when empty), local times with their offsets.
struct RecordData {
    struct Citation {
        var key: String
        var citation: String
    }

    var meeting: Meeting
    var agenda: [AgendaRow]
    var invitations: [InvitationListing]
    var decisions: [DecisionRow]
    var actions: [ActionRow]
    var speakers: [SpeakerRow]
    /// The cited clauses as the record cites them, in key order.
    var clauses: [Citation]

    init(_ record: MeetingRecord) {
        meeting = record.meeting
        agenda = record.agenda
        invitations = record.invitations
        decisions = record.decisions
        actions = record.actions
        speakers = record.speakers
        clauses = record.clauses.keys.sorted().map { Citation(key: $0, citation: record.clauses[$0]?.plainCitation ?? $0) }
    }

    /// Sorted keys, so that the same data gives the same text.
    static func json(_ record: MeetingRecord) throws -> String {
        let object = plain(RecordData(record), timeZone: record.meeting.timeZone)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A value as JSON objects, arrays, strings, numbers and nulls, read from its stored
    /// properties (so that an empty one is null rather than left out, as Codable would).
    private static func plain(_ value: Any, timeZone: String) -> Any {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return NSNull() }
            return plain(wrapped, timeZone: timeZone)
        }
        switch value {
        case let text as String: return text.isEmpty ? NSNull() : withOffset(text, timeZone: timeZone)
        case let number as Int: return number
        case let number as Int64: return number
        case let flag as Bool: return flag
        case let token as any RawRepresentable: return token.rawValue
        case let array as [Any]: return array.map { plain($0, timeZone: timeZone) }
        default:
            var object: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                object[snakeCase(label)] = plain(child.value, timeZone: timeZone)
            }
            return object
        }
    }

    /// "calendarSequence" → "calendar_sequence".
    private static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { result, character in
            result += character.isUppercase ? "_" + character.lowercased() : String(character)
        }
    }

    /// A local date-time ("2027-03-02T09:30") as RFC 3339 with the offset in force then.
    private static func withOffset(_ text: String, timeZone: String) -> String {
        guard text.count == 16, text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/) != nil,
              let instant = MeetingTime.date(text, timeZone: timeZone), let zone = TimeZone(identifier: timeZone) else { return text }
        let minutes = zone.secondsFromGMT(for: instant) / 60
        return text + ":00" + (minutes < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(minutes) / 60, abs(minutes) % 60)
    }
}

extension Store {
    /// Approves the minutes, the only way to `minutes-approved`: the meeting's minutes and
    /// status become approved, and the record as it now reads is frozen as a new version
    /// (a revision when earlier minutes were approved and reopened). Refused when they are
    /// approved already. `date` is the day the meeting approved them (default: today).
    @discardableResult
    public func approveMinutes(meeting reference: RecordReference, date: String? = nil, now: Date = Date()) throws -> MinutesVersion {
        let approvedOn = try date.map { try MeetingTime.parseDate($0, field: .date) } ?? MeetingTime.today(now)
        return try perform("minutes approve") { db, summary in
            var meeting = try MeetingReference.resolve(reference, db)
            let versions = try MinutesVersion.filter(Column("meetingId") == meeting.id).order(Column("number")).fetchAll(db)
            guard meeting.minutesStatus != .approved else {
                let approved = versions.last { $0.kind != .corrigendum }
                throw ConveneError.refused("the minutes of \(Self.shown(meeting)) are already approved"
                    + (approved.map { " (version \($0.number), \($0.approvedOn))" } ?? ""))
            }
            meeting.minutesStatus = .approved
            meeting.status = .minutesApproved
            try meeting.update(db)
            let previous = versions.last { $0.kind != .corrigendum }
            let revision = previous == nil ? 0 : versions.filter { $0.kind == .revision }.count + 1
            var record = try meetingRecord(meeting, db)
            record.approval = MinutesApproval(approvedOn: approvedOn, revision: revision)
            let options = ExportOptions(date: approvedOn)
            var version = MinutesVersion(
                meetingId: try meeting.requireId(), number: (versions.last?.number ?? 0) + 1,
                kind: revision == 0 ? .approval : .revision, approvedOn: approvedOn, createdAt: Self.timestamp(now),
                symbol: MinutesExport.symbol(record, options: options), markdown: MinutesExport.markdown(record, options: options),
                data: try RecordData.json(record), note: revision == 0 ? nil : previous?.reopenReason)
            try version.insert(db)
            summary = "minutes approve \(Self.shown(meeting)): version \(version.number)"
                + (revision == 0 ? "" : ", revision \(revision)") + ", \(approvedOn)"
            return version
        }
    }

    /// Returns approved minutes to a draft, so that the record can be changed and approved
    /// again as a revision; the reason is kept with the version it ends and in the history.
    public func reopenMinutes(meeting reference: RecordReference, reason: String, now: Date = Date()) throws {
        try perform("minutes reopen") { db, summary in
            var meeting = try MeetingReference.resolve(reference, db)
            let why = try StoredText.check(reason, field: .reason).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !why.isEmpty else { throw ConveneError.invalid(field: .reason, value: reason, reason: "say why the minutes are reopened; empty reason") }
            guard meeting.minutesStatus == .approved else {
                throw ConveneError.refused("the minutes of \(Self.shown(meeting)) are a draft, not approved; there is nothing to reopen")
            }
            meeting.minutesStatus = .draft
            meeting.status = .held
            try meeting.update(db)
            if var approved = try MinutesVersion.filter(Column("meetingId") == meeting.id && Column("kind") != MinutesVersionKind.corrigendum.rawValue)
                .order(Column("number").desc).fetchOne(db) {
                approved.reopenedAt = Self.timestamp(now)
                approved.reopenReason = why
                try approved.update(db)
            }
            summary = "minutes reopen \(Self.shown(meeting)): \(why)"
        }
    }

    /// Issues a corrigendum to the approved minutes: its own document, "Corrigendum N to
    /// Document …", saying in `text` what is corrected. The record itself stays as approved.
    @discardableResult
    public func issueCorrigendum(meeting reference: RecordReference, text: String, date: String? = nil, now: Date = Date()) throws -> MinutesVersion {
        let issuedOn = try date.map { try MeetingTime.parseDate($0, field: .date) } ?? MeetingTime.today(now)
        return try perform("minutes corrigendum") { db, summary in
            let meeting = try MeetingReference.resolve(reference, db)
            let body = try StoredText.check(text, field: .text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !body.isEmpty else { throw ConveneError.invalid(field: .text, value: text, reason: "say what the corrigendum corrects; empty text") }
            guard meeting.minutesStatus == .approved else {
                throw ConveneError.refused("the minutes of \(Self.shown(meeting)) are a draft; a corrigendum corrects approved minutes: change the draft, or approve it first")
            }
            let versions = try MinutesVersion.filter(Column("meetingId") == meeting.id).order(Column("number")).fetchAll(db)
            let corrected = versions.last { $0.kind != .corrigendum }
            let number = versions.filter { $0.kind == .corrigendum && $0.number > (corrected?.number ?? 0) }.count + 1
            let document = corrected?.symbol ?? DocumentSymbol.symbol(.minutes, meeting: meeting)
            var version = MinutesVersion(
                meetingId: try meeting.requireId(), number: (versions.last?.number ?? 0) + 1, kind: .corrigendum,
                approvedOn: issuedOn, createdAt: Self.timestamp(now), symbol: document.map { RecordSymbol.corrigendum($0, number) },
                markdown: CorrigendumExport.markdown(meeting: meeting, number: number, document: document, date: issuedOn, text: body),
                data: try RecordData.json(try meetingRecord(meeting, db)), note: body)
            try version.insert(db)
            summary = "minutes corrigendum \(Self.shown(meeting)): corrigendum \(number), version \(version.number)"
            return version
        }
    }

    /// The frozen versions of a meeting's minutes, in the order issued.
    public func minutesVersions(meeting reference: RecordReference) throws -> (meeting: Meeting, versions: [MinutesVersion]) {
        try read { db in
            let meeting = try MeetingReference.resolve(reference, db)
            return (meeting, try MinutesVersion.filter(Column("meetingId") == meeting.id).order(Column("number")).fetchAll(db))
        }
    }

    /// One frozen version, by its number within the meeting.
    public func minutesVersion(meeting reference: RecordReference, number: Int) throws -> MinutesVersion {
        let (meeting, versions) = try minutesVersions(meeting: reference)
        guard let version = versions.first(where: { $0.number == number }) else {
            throw ConveneError.notFound(kind: "version \(number) of the minutes of", reference: meeting.code ?? "\(meeting.id ?? 0)")
        }
        return version
    }

    /// A unified diff between two versions of the minutes (`minutes diff`): `first` and
    /// `second` by number; without them, the two latest approved records (corrigenda are
    /// documents of their own), or the only one against the minutes as they read now (dated
    /// `today`).
    public func minutesDiff(meeting reference: RecordReference, first: Int? = nil, second: Int? = nil,
                            today: String = MeetingTime.today()) throws -> [String] {
        let (meeting, versions) = try minutesVersions(meeting: reference)
        let code = meeting.code ?? "\(meeting.id ?? 0)"
        func label(_ version: MinutesVersion) -> String {
            let kind = version.kind == .revision
                ? "revision \(versions.filter { $0.kind == .revision && $0.number <= version.number }.count)"
                : version.kind.rawValue
            return "\(code) minutes version \(version.number) (\(kind), \(version.approvedOn))"
        }
        if let first, let second {
            let old = try minutesVersion(meeting: .id(meeting.id ?? 0), number: first)
            let new = try minutesVersion(meeting: .id(meeting.id ?? 0), number: second)
            return LineDiff.unified(old.markdown, new.markdown, oldLabel: label(old), newLabel: label(new))
        }
        let records = versions.filter { $0.kind != .corrigendum }
        guard let latest = records.last else {
            throw ConveneError.notFound(kind: "approved version of the minutes of", reference: code)
        }
        if records.count >= 2 {
            let previous = records[records.count - 2]
            return LineDiff.unified(previous.markdown, latest.markdown, oldLabel: label(previous), newLabel: label(latest))
        }
        let now = try export(.minutes, meeting: .id(meeting.id ?? 0), options: ExportOptions(date: today))
        let state = meeting.minutesStatus == .approved ? "approved" : "draft"
        return LineDiff.unified(latest.markdown, now, oldLabel: label(latest), newLabel: "\(code) minutes as they read now (\(state), \(today))")
    }

    /// The meeting as messages name it: its code, else its id.
    static func shown(_ meeting: Meeting) -> String {
        meeting.code ?? "#\(meeting.id ?? 0)"
    }
}
