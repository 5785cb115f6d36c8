import Foundation

/// What a summary record says under its title, as ITU summary records have it: the session
/// ("Tuesday, 2 March 2027, from 0935 to 1710 hours"), the chair with their delegation and the
/// other officers, then the "Subjects discussed | Documents" table.
enum SummaryRecordHeader {
    /// The lines under the title, one per fact; a line about the record's state (approved,
    /// revised) goes here too.
    static func lines(_ record: MeetingRecord) -> [[MarkdownSpan]] {
        var lines: [[MarkdownSpan]] = [[.text(session(record.meeting))]]
        for (role, label) in [(InvitationRole.chair, "Chair"), (.viceChair, "Vice-chair"), (.rapporteur, "Rapporteur"), (.secretariat, "Secretariat")] {
            let people = record.invitations.filter { $0.role == role }.map(personWithDelegation)
            if !people.isEmpty {
                lines.append([.strong(label + (people.count > 1 && role != .secretariat ? "s:" : ":")), .text(" " + people.joined(separator: "; "))])
            }
        }
        return lines
    }

    /// "Tuesday, 2 March 2027, from 0935 to 1710 hours" from the times the chair opened and
    /// closed the meeting; only the day (the meeting's first) when they were not recorded.
    static func session(_ meeting: Meeting) -> String {
        guard let opened = meeting.openedAt else { return day(meeting.start) }
        guard let closed = meeting.closedAt else { return "\(day(opened)), from \(hours(opened)) hours" }
        if closed.prefix(10) == opened.prefix(10) {
            return "\(day(opened)), from \(hours(opened)) to \(hours(closed)) hours"
        }
        return "\(day(opened)), from \(hours(opened)) hours, to \(day(closed)), \(hours(closed)) hours"
    }

    /// "0935" from "2027-03-02T09:35": ITU writes the time of day as four digits.
    static func hours(_ local: String) -> String {
        MeetingTime.clock(local).replacingOccurrences(of: ":", with: "")
    }

    /// "Tuesday, 2 March 2027" from a local date or date-time.
    static func day(_ local: String) -> String {
        let parts = local.prefix(10).split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard parts.count == 3,
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return DocumentHeader.longDate(local)
        }
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return weekdays[calendar.component(.weekday, from: date) - 1] + ", " + DocumentHeader.longDate(local)
    }

    /// Every agenda item with its number and the documents it considers.
    static func subjects(_ record: MeetingRecord) -> MarkdownTable {
        var table = MarkdownTable(columns: [.init("Subjects discussed"), .init("Documents")])
        for row in record.agenda {
            table.addRow(["\(row.number) \(row.title)", row.documents.isEmpty ? "–" : row.documents.joined(separator: ", ")])
        }
        return table
    }

    private static func personWithDelegation(_ invitation: InvitationListing) -> String {
        invitation.delegation.map { "\(invitation.name) (\($0))" } ?? invitation.name
    }
}
