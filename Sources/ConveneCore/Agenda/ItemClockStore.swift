import Foundation
import GRDB

/// The item clock (issue 10 item 9): `start` and `stop` on the item being discussed.
public enum ItemClockAction: String, CaseIterable, Sendable {
    case start, stop
}

/// What a clock command did, for its message.
public struct ItemClockStamp: Sendable, Equatable {
    /// The item's number ("3", or "B1" for a break).
    public var number: String
    /// The local time stamped, "2027-03-02T09:32".
    public var at: String
    /// After a stop: the minutes from the item's first start to this stop.
    public var seconds: Int?
    /// The item whose clock a start stopped, if another was running.
    public var stopped: String?
}

extension Store {
    /// Starting the clock on an item stamps the item's actual start (the first time only) and
    /// the meeting's opening (if not yet set), and stops the clock of any other item of the
    /// meeting, as the chair moving on would; stopping it stamps how long the item ran, from
    /// its first start to this stop, and the meeting's closing. Times are the meeting's local
    /// wall-clock minutes, as the record prints them ("from 0932 to 1705 hours"). A running
    /// clock is an item with an actual start and no duration yet.
    @discardableResult
    public func itemClock(meeting reference: RecordReference, item itemReference: AgendaItemReference, _ action: ItemClockAction,
                          at now: Date = Date()) throws -> ItemClockStamp {
        try perform("agenda clock") { db, summary in
            // The clock's stamps are the record's session and item times: an approved record refuses them.
            var meeting = try RecordLock.resolveDraft(reference, db)
            let meetingId = try meeting.requireId()
            let tree = try AgendaTree.load(meetingId: meetingId, db)
            let entry = try tree.require(itemReference, field: .itemNumber)
            var item = entry.item
            let local = MeetingTime.local(now, timeZone: meeting.timeZone)
            var stamp = ItemClockStamp(number: entry.number, at: local)
            switch action {
            case .start:
                if item.actualStart != nil, item.actualSeconds == nil {
                    throw ConveneError.refused("the clock of item \(entry.number) is already running")
                }
                for other in tree.entries where other.item.id != item.id && other.item.actualStart != nil && other.item.actualSeconds == nil {
                    var running = other.item
                    running.actualSeconds = Self.seconds(from: running.actualStart, to: local)
                    try running.update(db)
                    stamp.stopped = other.number
                }
                if item.actualStart == nil { item.actualStart = local }
                item.actualSeconds = nil
                if meeting.openedAt == nil {
                    meeting.openedAt = local
                    try meeting.update(db)
                }
                summary = "agenda clock start \(entry.number) at #\(meetingId)"
            case .stop:
                guard item.actualStart != nil, item.actualSeconds == nil else {
                    throw ConveneError.refused("the clock of item \(entry.number) is not running")
                }
                item.actualSeconds = Self.seconds(from: item.actualStart, to: local)
                stamp.seconds = item.actualSeconds
                meeting.closedAt = local
                try meeting.update(db)
                summary = "agenda clock stop \(entry.number) at #\(meetingId)"
            }
            try item.update(db)
            return stamp
        }
    }

    /// Whole minutes, in seconds, between two local times of one meeting.
    static func seconds(from start: String?, to end: String) -> Int {
        guard let start, let a = MeetingTime.date(start, timeZone: "UTC"), let b = MeetingTime.date(end, timeZone: "UTC") else { return 0 }
        return max(0, Int(b.timeIntervalSince(a)))
    }
}

extension MeetingTime {
    /// The local wall-clock minute of an instant in a time zone, "2027-03-02T09:32".
    public static func local(_ instant: Date, timeZone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return String(format: "%04d-%02d-%02dT%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }
}
