import ConveneCore
import Foundation

/// Screen 1: the meetings; Enter opens one in the workspace.
extension ConveneApp {
    var selectedMeeting: Meeting? {
        meetings.indices.contains(meetingsList.selected) ? meetings[meetingsList.selected].meeting : nil
    }

    mutating func handleMeetingsAction(_ action: String) -> [AppEffect]? {
        if meetingsList.handle(action, count: meetings.count, page: page) { return [] }
        switch action {
        case "meetings.open":
            guard let id = selectedMeeting?.id else { return [] }
            workspace = WorkspaceState(meetingId: id)
            workspaceData = nil
        case "meetings.add":
            modal = .form(Forms.meeting(nil, defaultTimeZone: TimeZone.current.identifier))
        case "meetings.edit":
            guard let meeting = selectedMeeting else { return [] }
            modal = .form(Forms.meeting(meeting, defaultTimeZone: meeting.timeZone))
        case "meetings.delete":
            guard let meeting = selectedMeeting, let id = meeting.id else { return [] }
            modal = .confirm(message: "Delete meeting \(meeting.code ?? "#\(id)") with its agenda and invitations?",
                             yes: [.write(.removeMeeting(id))])
        default:
            return nil
        }
        return []
    }

    static func statusLabel(_ status: MeetingStatus) -> String {
        status == .minutesApproved ? "approved" : status.rawValue
    }

    func renderMeetings(into buffer: inout ScreenBuffer, area: Rect) {
        let listings = meetings
        TableView(
            columns: [
                TableColumn("Code", width: .flexible(minimum: 6, weight: 1)),
                TableColumn("Date", width: .fixed(10)),
                TableColumn("Title", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Level", width: .fixed(13)),
                TableColumn("Region", width: .fixed(12)),
                TableColumn("Status", width: .fixed(8)),
                TableColumn("Inv/Acc", width: .fixed(7), alignment: .right),
            ],
            rowCount: listings.count,
            row: { index in
                let listing = listings[index]
                let meeting = listing.meeting
                return [meeting.code ?? "#\(meeting.id ?? 0)", String(meeting.start.prefix(10)), meeting.title,
                        meeting.level.rawValue, meeting.region ?? "", Self.statusLabel(meeting.status),
                        "\(listing.invited)/\(listing.accepted)"]
            },
            selected: meetingsList.selected, offset: meetingsList.offset
        ).render(into: &buffer, area: area)
        if listings.isEmpty {
            emptyNotice("No meetings yet. Press \(keyMap.hint("meetings.add") ?? "a") to add one.", into: &buffer, area: area)
        }
    }
}
