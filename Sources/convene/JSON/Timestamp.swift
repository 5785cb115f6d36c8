import ConveneCore
import Foundation

/// Meeting times are stored as local wall-clock times ("2027-03-02T09:30") with the
/// meeting's IANA time zone; JSON gives them as RFC 3339 with the offset in force then
/// ("2027-03-02T09:30:00+01:00"), so a script needs no time-zone database to order them.
enum Timestamp {
    static func rfc3339(local: String, timeZone: String) -> String {
        // Stored zones were checked when saved; UTC only stands in for one a newer system dropped.
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        guard let instant = MeetingTime.date(local, timeZone: zone.identifier) else { return local }
        let seconds = zone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return local + ":00" + sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    static func rfc3339(local: String?, timeZone: String) -> String? {
        local.map { rfc3339(local: $0, timeZone: timeZone) }
    }
}
