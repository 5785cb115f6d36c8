import Foundation

extension ActionRow {
    /// Still open after its due date; `today` is YYYY-MM-DD.
    public func isOverdue(today: String) -> Bool {
        guard status == .open, let due else { return false }
        return due < today
    }
}

/// Action points followed across meetings, as the Actions screen and `convene action list`
/// show them: what is overdue first, then what is due soonest.
public enum ActionTracker {
    /// Overdue first, then by due date (undated last), then open before done and dropped,
    /// then in the order the store gave (meeting start, then id).
    public static func ordered(_ rows: [ActionRow], today: String) -> [ActionRow] {
        rows.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            let (aOverdue, bOverdue) = (a.isOverdue(today: today), b.isOverdue(today: today))
            if aOverdue != bOverdue { return aOverdue }
            let (aOpen, bOpen) = (a.status == .open, b.status == .open)
            if aOpen != bOpen { return aOpen }
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// Today's date where the user is, YYYY-MM-DD, the form due dates are written in.
    public static func today(_ now: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
