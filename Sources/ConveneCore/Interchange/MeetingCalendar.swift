import Foundation

/// RFC 5546's methods: `publish` shows the meeting in a calendar; `request` invites the
/// attendees it lists.
public enum CalendarMethod: String, CaseIterable, Sendable {
    case publish, request
}

/// What the calendar of a meeting holds besides the meeting.
public struct CalendarOptions: Sendable {
    public var method: CalendarMethod
    /// One more event per agenda item, at its computed time.
    public var items: Bool
    public var organiser: Organiser?
    /// `DTSTAMP`: when the calendar was written.
    public var stamp: Date

    public init(method: CalendarMethod = .publish, items: Bool = false, organiser: Organiser? = nil, stamp: Date = Date()) {
        self.method = method
        self.items = items
        self.organiser = organiser
        self.stamp = stamp
    }
}

/// A meeting as an iCalendar (RFC 5545) object.
public enum MeetingCalendar {
    /// The meeting's `UID`: the same in every export of this database, so that a re-sent
    /// invitation updates the calendar entry instead of adding one.
    public static func uid(meetingId: Int64) -> String { "meeting-\(meetingId)@convene" }

    public static func text(_ record: MeetingRecord, options: CalendarOptions) throws -> String {
        let meeting = record.meeting
        let meetingId = try meeting.requireId()
        if options.method == .request, options.organiser == nil {
            throw ConveneError.refused("an invitation (--method request) needs an organiser: set name and email under [organiser] in config.toml")
        }
        var calendar = ICalendarText()
        calendar.line("BEGIN", "VCALENDAR")
        calendar.line("VERSION", "2.0")
        calendar.line("PRODID", "-//convene//convene//EN")
        calendar.line("CALSCALE", "GREGORIAN")
        calendar.line("METHOD", options.method.rawValue.uppercased())
        let end = meeting.end ?? MeetingTime.adding(minutes: max(record.totalMinutes, 60), to: meeting.start)
        let years = (Int(meeting.start.prefix(4)) ?? 2000)...(Int(end.prefix(4)) ?? 2000)
        VTimeZoneBuilder.write(meeting.timeZone, years: years, into: &calendar)

        calendar.line("BEGIN", "VEVENT")
        calendar.line("UID", uid(meetingId: meetingId))
        calendar.line("SEQUENCE", String(meeting.calendarSequence))
        calendar.line("DTSTAMP", ICalendarText.utcDateTime(options.stamp))
        calendar.line("DTSTART", ICalendarText.localDateTime(meeting.start), parameters: [("TZID", meeting.timeZone)])
        calendar.line("DTEND", ICalendarText.localDateTime(end), parameters: [("TZID", meeting.timeZone)])
        calendar.textLine("SUMMARY", [meeting.code, meeting.title].compactMap { $0 }.joined(separator: " — "))
        if let venue = meeting.venue ?? meeting.onlineLink { calendar.textLine("LOCATION", venue) }
        if let link = meeting.onlineLink { calendar.line("URL", link.filter { !$0.isWhitespace && $0 != "\"" }) }
        let agenda = agendaText(record)
        if !agenda.isEmpty { calendar.textLine("DESCRIPTION", agenda) }
        calendar.line("STATUS", meeting.status == .draft ? "TENTATIVE" : "CONFIRMED")
        if let organiser = options.organiser {
            calendar.line("ORGANIZER", "mailto:" + organiser.email, parameters: [("CN", organiser.name)])
        }
        if options.method == .request {
            for invitation in record.invitations {
                guard let email = invitation.email else { continue }
                calendar.line("ATTENDEE", "mailto:" + email, parameters: [
                    ("CN", invitation.name), ("CUTYPE", "INDIVIDUAL"), ("ROLE", role(invitation.role)),
                    ("PARTSTAT", partstat(invitation.reply)), ("RSVP", invitation.reply == .invited ? "TRUE" : "FALSE"),
                ])
            }
        }
        calendar.line("END", "VEVENT")

        if options.items {
            for item in record.agenda {
                calendar.line("BEGIN", "VEVENT")
                calendar.line("UID", "meeting-\(meetingId)-item-\(item.id)@convene")
                calendar.line("SEQUENCE", String(meeting.calendarSequence))
                calendar.line("DTSTAMP", ICalendarText.utcDateTime(options.stamp))
                calendar.line("DTSTART", ICalendarText.localDateTime(item.start), parameters: [("TZID", meeting.timeZone)])
                calendar.line("DTEND", ICalendarText.localDateTime(item.end), parameters: [("TZID", meeting.timeZone)])
                calendar.textLine("SUMMARY", item.isBreak ? item.title : "\(item.number) \(item.title)")
                if let description = item.description { calendar.textLine("DESCRIPTION", description) }
                if let venue = meeting.venue ?? meeting.onlineLink { calendar.textLine("LOCATION", venue) }
                calendar.line("RELATED-TO", uid(meetingId: meetingId))
                if let organiser = options.organiser {
                    calendar.line("ORGANIZER", "mailto:" + organiser.email, parameters: [("CN", organiser.name)])
                }
                calendar.line("END", "VEVENT")
            }
        }
        calendar.line("END", "VCALENDAR")
        return calendar.text
    }

    /// The agenda as lines "2.1  10:15–10:45  Budget" (a break without number; a later day
    /// with its date), for the event's description. The times are `agenda list`'s.
    public static func agendaText(_ record: MeetingRecord) -> String {
        var day = 1
        return record.agenda.flatMap { item -> [String] in
            var lines: [String] = []
            if item.day != day {
                day = item.day
                lines.append("Day \(day), \(DocumentHeader.longDate(item.start))")
            }
            let number = item.isBreak ? "" : "\(item.number)  "
            lines.append(String(repeating: "  ", count: item.depth)
                         + "\(number)\(MeetingTime.clock(item.start))–\(MeetingTime.clock(item.end))  \(item.title)")
            return lines
        }.joined(separator: "\n")
    }

    static func role(_ role: InvitationRole) -> String {
        switch role {
        case .chair: "CHAIR"
        case .observer: "OPT-PARTICIPANT"
        default: "REQ-PARTICIPANT"
        }
    }

    static func partstat(_ reply: Reply) -> String {
        switch reply {
        case .invited: "NEEDS-ACTION"
        case .accepted: "ACCEPTED"
        case .tentative: "TENTATIVE"
        case .declined: "DECLINED"
        }
    }
}
