import Foundation
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

    /// Refuses to undo or redo a logged change that would alter the record of a meeting whose
    /// minutes are approved: someone else's approval may have come after it. A change that
    /// approves or reopens the minutes itself is let through, as are the follow-up columns
    /// (an action point's status, a reply).
    static func requireRevertible(changeId: Int64, _ db: Database) throws {
        var touched: Set<Int64> = [], approving: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: "SELECT tableName, rowKey, before, after FROM changeRow WHERE changeId = ?",
                                    arguments: [changeId]) {
            let before = columns(row["before"]), after = columns(row["after"])
            let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
            let image = after.isEmpty ? before : after
            func id(_ column: String) -> Int64? { (image[column] as? NSNumber)?.int64Value }
            switch row["tableName"] as String {
            case "meeting":
                if changed.contains("minutesStatus") { approving.insert(row["rowKey"]) }
                else if !changed.isDisjoint(with: printedMeetingColumns) { touched.insert(row["rowKey"]) }
            case "agendaItem":
                if let meeting = id("meetingId") { touched.insert(meeting) }
            case "invitation":
                if !changed.isSubset(of: ["reply"]), let meeting = id("meetingId") { touched.insert(meeting) }
            case "actionPoint":
                if !changed.isSubset(of: ["status"]), let meeting = id("meetingId") { touched.insert(meeting) }
            case "decision", "agendaClause", "speaker":
                if let item = id("itemId"),
                   let meeting = try Int64.fetchOne(db, sql: "SELECT meetingId FROM agendaItem WHERE id = ?", arguments: [item]) {
                    touched.insert(meeting)
                }
            default:
                break
            }
        }
        for meeting in touched.subtracting(approving).sorted() { try requireDraft(meetingId: meeting, db) }
    }

    /// The meeting's columns the record prints, or that fix its approval: those of
    /// `changesRecord`, and the session times.
    static let printedMeetingColumns: Set<String> = ["title", "start", "end", "timeZone", "venue", "onlineLink", "symbol",
                                                     "symbolPattern", "status", "openedAt", "closedAt"]

    /// A logged row image's columns, as JSON values compare.
    private static func columns(_ json: String?) -> [String: NSObject] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: NSObject] else { return [:] }
        return object
    }

    /// The lock's refusal as the app says it, pointing to its own `:reopen`; nil for any other error.
    public static func appNotice(_ error: ConveneError) -> String? {
        guard case let .refused(message) = error, message.hasPrefix("the minutes of "),
              let end = message.range(of: " are approved; `convene minutes reopen ") else { return nil }
        return message[..<end.lowerBound] + " are approved; :reopen REASON, or issue a corrigendum"
    }

    /// "the minutes of RD-2027 are approved; `convene minutes reopen RD-2027` or issue a corrigendum".
    public static func refusal(_ meeting: Meeting) -> ConveneError {
        let name = meeting.code ?? "\(meeting.id ?? 0)"
        let shown = meeting.code ?? "#\(meeting.id ?? 0)"
        return .refused("the minutes of \(shown) are approved; `convene minutes reopen \(name)` or issue a corrigendum")
    }
}
