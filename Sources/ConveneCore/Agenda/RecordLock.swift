import GRDB

/// The lock approved minutes put on the record (issue 10, item 2): once the meeting has
/// approved its minutes, everything they were rendered from (agenda items and their order,
/// notes, decisions, action point texts, attendance, speakers, session times) is refused,
/// until the minutes are reopened or a corrigendum says what changed. Every write path that
/// changes the record calls one of these inside its transaction, before it writes; action
/// point status is follow-up, not record, and is not locked.
public enum RecordLock {
    /// Refuses a change to the record of `meeting` when its minutes are approved.
    public static func requireDraft(_ meeting: Meeting) throws {
        guard meeting.minutesStatus == .approved else { return }
        throw refusal(meeting)
    }

    /// The meeting `reference` names, refused when its minutes are approved: the first step
    /// of a write to its record.
    public static func resolveDraft(_ reference: RecordReference, _ db: Database) throws -> Meeting {
        let meeting = try MeetingReference.resolve(reference, db)
        try requireDraft(meeting)
        return meeting
    }

    /// Refuses a change to the record of the meeting with this id when its minutes are approved.
    public static func requireDraft(meetingId: Int64, _ db: Database) throws {
        guard let meeting = try Meeting.fetchOne(db, key: meetingId) else { return }
        try requireDraft(meeting)
    }

    /// Refuses a change to an agenda item (its notes, decisions, clauses, speakers) of a meeting
    /// whose minutes are approved.
    public static func requireDraft(itemId: Int64, _ db: Database) throws {
        guard let meetingId = try Int64.fetchOne(db, sql: "SELECT meetingId FROM agendaItem WHERE id = ?", arguments: [itemId]) else {
            return
        }
        try requireDraft(meetingId: meetingId, db)
    }

    /// Whether an edit of a meeting changes what its minutes print (title, dates, place,
    /// symbols) or its status, which approved minutes fix at minutes-approved.
    public static func changesRecord(from stored: Meeting, to edited: Meeting) -> Bool {
        stored.title != edited.title || stored.start != edited.start || stored.end != edited.end
            || stored.timeZone != edited.timeZone || stored.venue != edited.venue || stored.onlineLink != edited.onlineLink
            || stored.symbol != edited.symbol || stored.symbolPattern != edited.symbolPattern || stored.status != edited.status
    }

    /// "the minutes of RD-2027 are approved; `convene minutes reopen RD-2027` or issue a corrigendum".
    public static func refusal(_ meeting: Meeting) -> ConveneError {
        let name = meeting.code ?? "\(meeting.id ?? 0)"
        let shown = meeting.code ?? "#\(meeting.id ?? 0)"
        return .refused("the minutes of \(shown) are approved; `convene minutes reopen \(name)` or issue a corrigendum")
    }
}
