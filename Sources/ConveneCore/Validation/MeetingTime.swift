import Foundation

/// Local wall-clock times of meetings, written "2027-03-02T09:30" in the meeting's time zone.
public enum MeetingTime {
    public static let example = "2027-03-02T09:30"

    /// Accepts "2027-03-02T09:30" or "2027-03-02 09:30" and returns the canonical form.
    public static func parse(_ text: String, field: Field) throws -> String {
        guard let parts = components(text) else {
            throw ConveneError.invalid(field: field, value: text, reason: "malformed date-time (expected YYYY-MM-DDTHH:MM)")
        }
        guard yearsOfMeetings.contains(parts.year) else {
            throw ConveneError.invalid(field: field, value: text, reason: "year out of range (\(yearsOfMeetings.lowerBound) to \(yearsOfMeetings.upperBound))")
        }
        return format(parts)
    }

    /// Years a meeting can be held in; outside them a date is a typo (0000, 20277).
    public static let yearsOfMeetings = 1900...2999

    /// Refuses a local time the time zone skips when its clocks go forward
    /// (2027-03-28T02:30 in Europe/Zurich): no instant has it, so no calendar can show it.
    public static func requireExisting(_ local: String, timeZone: String, field: Field) throws {
        guard let parts = components(local), let zone = TimeZone(identifier: timeZone) else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let instant = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day,
                                                               hour: parts.hour, minute: parts.minute)) else { return }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        if back.year != parts.year || back.month != parts.month || back.day != parts.day
            || back.hour != parts.hour || back.minute != parts.minute {
            throw ConveneError.invalid(field: field, value: local,
                                       reason: "no such local time in \(timeZone) (the clocks skip it that day)")
        }
    }

    /// An end may be a full date-time or just "17:30" on the start's day; it may not precede the start.
    public static func parseEnd(_ text: String, start: String, field: Field = .end) throws -> String {
        let end: String
        if text.count == 5, text.dropFirst(2).first == ":" {
            end = try parse(String(start.prefix(10)) + "T" + text, field: field)
        } else {
            end = try parse(text, field: field)
        }
        guard end >= start else {
            throw ConveneError.invalid(field: field, value: text, reason: "end before the start \(start)")
        }
        return end
    }

    /// The instant a local time denotes in a time zone (for calendars and clocks).
    public static func date(_ local: String, timeZone: String) -> Date? {
        guard let parts = components(local), let zone = TimeZone(identifier: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day,
                                                  hour: parts.hour, minute: parts.minute))
    }

    fileprivate struct Parts { var year, month, day, hour, minute: Int }

    fileprivate static func components(_ text: String) -> Parts? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let chars = Array(trimmed)
        guard chars.count == 16, chars[4] == "-", chars[7] == "-", chars[10] == "T" || chars[10] == " ", chars[13] == ":"
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            let slice = chars[range]
            guard slice.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(slice))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16),
              (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
              day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return Parts(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    fileprivate static func format(_ p: Parts) -> String {
        String(format: "%04d-%02d-%02dT%02d:%02d", p.year, p.month, p.day, p.hour, p.minute)
    }
}

extension MeetingTime {
    /// Wall-clock arithmetic on a local time: agendas run by the clock on the wall.
    public static func adding(minutes: Int, to local: String) -> String {
        guard let parts = components(local) else { return local }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let base = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day,
                                                            hour: parts.hour, minute: parts.minute)) else { return local }
        let shifted = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: base.addingTimeInterval(Double(minutes) * 60))
        return format(Parts(year: shifted.year ?? 0, month: shifted.month ?? 0, day: shifted.day ?? 0,
                            hour: shifted.hour ?? 0, minute: shifted.minute ?? 0))
    }

    /// How many calendar days a meeting spans: 1 without an end or when it ends on its first day.
    public static func days(from start: String, to end: String?) -> Int {
        guard let end, let first = components(String(start.prefix(10)) + "T00:00"),
              let last = components(String(end.prefix(10)) + "T00:00") else { return 1 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let a = calendar.date(from: DateComponents(year: first.year, month: first.month, day: first.day)),
              let b = calendar.date(from: DateComponents(year: last.year, month: last.month, day: last.day)) else { return 1 }
        return max(1, (calendar.dateComponents([.day], from: a, to: b).day ?? 0) + 1)
    }

    /// "09:30" of "2027-03-02T09:30".
    public static func clock(_ local: String) -> String {
        String(local.suffix(5))
    }

    /// A calendar date "2027-04-30": checked, canonical.
    public static func parseDate(_ text: String, field: Field) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 10, let parts = components(trimmed + "T00:00") else {
            throw ConveneError.invalid(field: field, value: text, reason: "not a date (expected YYYY-MM-DD)")
        }
        return String(format(parts).prefix(10))
    }
}

extension MeetingTime {
    /// Today's date in the system's time zone, YYYY-MM-DD.
    public static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
