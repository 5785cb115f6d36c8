import ConveneCore

/// The workspace's Overview tab: the meeting's details and counts; e edits the meeting.
extension Workspace {
    func updateOverview(_ action: Action, data: WorkspaceData) -> Outcome? {
        guard action == .overviewEdit else { return nil }
        return .open(.form(Forms.meeting(data.meeting, defaultTimeZone: data.meeting.timeZone)))
    }

    /// "approved 2027-03-04 (version 1)", "approved 2027-03-20 (version 2, Rev.1), 1 corrigendum",
    /// "draft, reopened: why", or "draft".
    static func minutesState(_ meeting: Meeting, versions: [MinutesVersion]) -> String {
        let records = versions.filter { $0.kind != .corrigendum }
        guard let latest = records.last else { return meeting.minutesStatus.rawValue }
        guard meeting.minutesStatus == .approved else { return "draft, reopened: " + (latest.reopenReason ?? "") }
        let revision = records.count > 1 ? ", Rev.\(records.count - 1)" : ""
        let corrigenda = versions.filter { $0.kind == .corrigendum && $0.number > latest.number }.count
        return "approved \(latest.approvedOn) (version \(latest.number)\(revision))"
            + (corrigenda == 0 ? "" : ", \(corrigenda) corrigend\(corrigenda == 1 ? "um" : "a")")
    }

    func renderOverview(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect) {
        let meeting = data.meeting
        let accepted = data.invitations.filter { $0.reply == .accepted }.count
        let present = data.invitations.filter { $0.attendance == .present || $0.attendance == .remote }.count
        let pairs: [(String, String)] = [
            ("Code", meeting.code ?? ""), ("Title", meeting.title),
            ("Start", meeting.start.replacingOccurrences(of: "T", with: " ")),
            ("End", meeting.end?.replacingOccurrences(of: "T", with: " ") ?? ""),
            ("Time zone", meeting.timeZone), ("Level", meeting.level.rawValue), ("Region", meeting.region ?? ""),
            ("Venue", meeting.venue ?? ""), ("Online link", meeting.onlineLink ?? ""), ("Doc. symbol", meeting.symbol ?? ""),
            ("Status", meeting.status.rawValue), ("Minutes", Self.minutesState(meeting, versions: data.versions)),
            ("Invited", "\(data.invitations.count), \(accepted) accepted, \(present) present or remote"),
            ("Agenda", "\(data.agenda.items.count) items, \(data.agenda.totalMinutes) minutes allotted"),
            ("Decisions", "\(data.decisions.count)"),
            ("Actions", "\(data.actions.count), \(data.actions.filter { $0.status == .open }.count) open"),
        ]
        let inner = area.inset(horizontal: 2, vertical: 1)
        for (index, pair) in pairs.prefix(inner.height).enumerated() {
            let y = inner.y + index
            buffer.write(DisplayWidth.pad(pair.0, toWidth: 13), at: Point(x: inner.x, y: y), style: .bold, clip: inner)
            buffer.write(pair.1, at: Point(x: inner.x + 14, y: y), clip: inner)
        }
    }
}
