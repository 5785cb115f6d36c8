import Foundation

/// Whom `export invitations` writes to.
public enum InvitationRecipients: String, CaseIterable, Sendable {
    /// Everyone invited.
    case all
    /// Those who have not answered yet.
    case pending
}

/// The invitations of a meeting as an mbox (mboxrd): one RFC 5322 message per invitee with
/// an e-mail address, a UTF-8 plain-text body from the template and the meeting's calendar
/// attached as `text/calendar; method=REQUEST`, ready for `neomutt -f` to send.
public enum InvitationMailbox {
    public struct Output: Sendable {
        public var mbox: String
        public var messages: Int
        /// Invitees left out because they have no e-mail address.
        public var withoutEmail: [String]
    }

    public static func write(_ record: MeetingRecord, calendar: String, organiser: Organiser, template: InvitationTemplate,
                             recipients: InvitationRecipients, date: Date = Date()) throws -> Output {
        let meeting = record.meeting
        let meetingId = try meeting.requireId()
        var mbox = ""
        var messages = 0
        var withoutEmail: [String] = []
        let code = meeting.code.map { $0 + " " } ?? ""
        let values: [String: String] = [
            "code": meeting.code ?? "", "title": meeting.title,
            "date": dateText(meeting), "time": timeText(meeting), "time_zone": meeting.timeZone,
            "venue": meeting.venue ?? "—", "link": meeting.onlineLink ?? "—",
            "agenda": MeetingCalendar.agendaText(record).isEmpty ? "(to follow)" : MeetingCalendar.agendaText(record),
            "organiser": organiser.name,
        ]
        let calendarPart = MailEncoding.base64Lines(Data(calendar.utf8))
        for invitation in record.invitations where recipients == .all || invitation.reply == .invited {
            guard let email = invitation.email else {
                withoutEmail.append(invitation.name)
                continue
            }
            let boundary = "convene-\(meetingId)-\(invitation.participantId)-boundary"
            var body = values
            body["name"] = invitation.name
            var message = [
                "From: \(MailEncoding.mailbox(name: organiser.name, email: organiser.email))",
                "To: \(MailEncoding.mailbox(name: invitation.name, email: email))",
                "Subject: \(MailEncoding.headerText("Invitation: \(code)\(meeting.title)"))",
                "Date: \(rfc5322Date(date))",
                "Message-ID: <meeting-\(meetingId)-participant-\(invitation.participantId)-\(Int(date.timeIntervalSince1970))@convene>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
                "",
                "--\(boundary)",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                MailEncoding.quotedPrintable(template.render(body)),
                "--\(boundary)",
                "Content-Type: text/calendar; charset=UTF-8; method=REQUEST",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"\(fileName(meeting)).ics\"",
                "",
                calendarPart,
                "--\(boundary)--",
                "",
            ].joined(separator: "\r\n")
            // mbox stores LF line ends; a line starting with (quoted) "From " is quoted once more (mboxrd).
            message = message.replacingOccurrences(of: "\r\n", with: "\n")
            mbox += "From convene@localhost \(asctimeDate(date))\n"
            for line in message.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                mbox += (line.drop(while: { $0 == ">" }).hasPrefix("From ") ? ">" : "") + line + "\n"
            }
            mbox += "\n"
            messages += 1
        }
        return Output(mbox: mbox, messages: messages, withoutEmail: withoutEmail)
    }

    private static func fileName(_ meeting: Meeting) -> String {
        let base = (meeting.code ?? "meeting-\(meeting.id ?? 0)").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return base.isEmpty ? "meeting" : base
    }

    static func dateText(_ meeting: Meeting) -> String {
        let start = String(meeting.start.prefix(10))
        guard let end = meeting.end?.prefix(10), end != start else { return start }
        return "\(start) to \(end)"
    }

    static func timeText(_ meeting: Meeting) -> String {
        let start = MeetingTime.clock(meeting.start)
        return meeting.end.map { "\(start)–\(MeetingTime.clock($0))" } ?? start
    }

    private static func rfc5322Date(_ date: Date) -> String {
        formatted(date, "EEE, dd MMM yyyy HH:mm:ss '+0000'")
    }

    private static func asctimeDate(_ date: Date) -> String {
        formatted(date, "EEE MMM dd HH:mm:ss yyyy")
    }

    private static func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}
