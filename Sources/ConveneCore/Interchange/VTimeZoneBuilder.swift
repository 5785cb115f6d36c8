import Foundation

/// The `VTIMEZONE` of a meeting's IANA zone, built from the system's time zone data: the
/// offset changes in the years the events span (with a year either side), or the one
/// standard offset of a zone without daylight saving. Calendars then show the local times
/// the meeting was set in, wherever the reader is.
enum VTimeZoneBuilder {
    static func write(_ identifier: String, years: ClosedRange<Int>, into calendar: inout ICalendarText) {
        guard let zone = TimeZone(identifier: identifier) else { return }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC") ?? .current
        let from = gregorian.date(from: DateComponents(year: years.lowerBound - 1, month: 1, day: 1)) ?? Date()
        let to = gregorian.date(from: DateComponents(year: years.upperBound + 2, month: 1, day: 1)) ?? Date()
        calendar.line("BEGIN", "VTIMEZONE")
        calendar.line("TZID", identifier)
        var moment = from
        var transitions: [Date] = []
        while let next = zone.nextDaylightSavingTimeTransition(after: moment), next < to {
            transitions.append(next)
            moment = next
        }
        if transitions.isEmpty {
            let offset = zone.secondsFromGMT(for: from)
            component("STANDARD", start: "19700101T000000", from: offset, to: offset,
                      name: zone.abbreviation(for: from), into: &calendar)
        }
        for transition in transitions {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            // The onset in the local time in force before it, as RFC 5545 3.6.5 asks.
            let local = ICalendarText.utcDateTime(transition.addingTimeInterval(Double(before))).dropLast()
            component(zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD", start: String(local),
                      from: before, to: after, name: zone.abbreviation(for: transition), into: &calendar)
        }
        calendar.line("END", "VTIMEZONE")
    }

    private static func component(_ kind: String, start: String, from: Int, to: Int, name: String?,
                                  into calendar: inout ICalendarText) {
        calendar.line("BEGIN", kind)
        calendar.line("DTSTART", start)
        calendar.line("TZOFFSETFROM", offset(from))
        calendar.line("TZOFFSETTO", offset(to))
        if let name { calendar.textLine("TZNAME", name) }
        calendar.line("END", kind)
    }

    /// +0100, -0330.
    private static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d%02d", sign, minutes / 60, minutes % 60)
    }
}
