/// The plain-text body of an invitation e-mail. `{name}` and the like are replaced by the
/// invitee's and the meeting's values; an unknown placeholder stays as it is, so that a typo
/// shows in the message rather than vanishing. The file `invitation.txt` in the config folder
/// replaces the default (convene(5), INVITATION TEMPLATE).
public struct InvitationTemplate: Sendable, Equatable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    public static let placeholders = ["name", "code", "title", "date", "time", "time_zone", "venue", "link", "agenda", "organiser"]

    public static let standard = InvitationTemplate(text: """
        Dear {name},

        You are invited to {code} {title}.

        Date:   {date}
        Time:   {time} ({time_zone})
        Venue:  {venue}
        Online: {link}

        Agenda:
        {agenda}

        The calendar invitation is attached; accepting it in your calendar answers it.

        {organiser}

        """)

    public func render(_ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
