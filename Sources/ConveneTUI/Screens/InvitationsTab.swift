import ConveneCore

/// The workspace's Participants tab: invitations, fast presence marking by number.
extension ConveneApp {
    mutating func handleInvitationsAction(_ action: String, key: Key, data: WorkspaceData) -> [AppEffect]? {
        guard var workspace else { return nil }
        let invitations = data.invitations
        if workspace.invitations.handle(action, count: invitations.count, page: page) {
            self.workspace = workspace
            return []
        }
        if action == "invitations.jump", case let .character(digit) = key, digit.isNumber {
            jump(to: digit, in: invitations, workspace: &workspace)
            self.workspace = workspace
            return []
        }
        guard invitations.indices.contains(workspace.invitations.selected) else { return action.hasPrefix("invitations.") ? [] : nil }
        let invitation = invitations[workspace.invitations.selected]
        let meeting = workspace.meetingId
        switch action {
        case "invitations.attendance":
            let all = Attendance.allCases
            let next = invitation.attendance.flatMap { all.firstIndex(of: $0) }.map { all[($0 + 1) % all.count] } ?? all[0]
            return [.write(.setAttendance(meeting: meeting, participant: invitation.participantId, next))]
        case "invitations.reply":
            let all = Reply.allCases
            let next = all[((all.firstIndex(of: invitation.reply) ?? 0) + 1) % all.count]
            return [.write(.setReply(meeting: meeting, participant: invitation.participantId, next))]
        case "invitations.role":
            let all = InvitationRole.allCases
            let next = all[((all.firstIndex(of: invitation.role) ?? 0) + 1) % all.count]
            return [.write(.invite(meeting: meeting, participants: [invitation.participantId], role: next.rawValue))]
        default:
            return nil
        }
    }

    /// Type-ahead by participant number: each digit extends the number while some participant's
    /// number starts with it, else starts a new number.
    private mutating func jump(to digit: Character, in invitations: [InvitationListing], workspace: inout WorkspaceState) {
        func find(_ number: String) -> Int? {
            invitations.firstIndex { "\($0.participantId)" == number }
                ?? invitations.firstIndex { "\($0.participantId)".hasPrefix(number) }
        }
        let extended = workspace.jump + String(digit)
        if let index = find(extended) {
            workspace.jump = extended
            workspace.invitations.selected = index
        } else if let index = find(String(digit)) {
            workspace.jump = String(digit)
            workspace.invitations.selected = index
        } else {
            workspace.jump = ""
            say("no participant #\(extended) in this meeting", error: true)
            return
        }
        say("#\(workspace.jump)")
    }

    func renderInvitations(_ data: WorkspaceData, workspace: WorkspaceState, into buffer: inout ScreenBuffer, area: Rect) {
        let invitations = data.invitations
        TableView(
            columns: [
                TableColumn("#", width: .fixed(5), alignment: .right),
                TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Role", width: .fixed(11)),
                TableColumn("Delegation", width: .flexible(minimum: 8, weight: 2)),
                TableColumn("Reply", width: .fixed(9)),
                TableColumn("Attendance", width: .fixed(10)),
            ],
            rowCount: invitations.count,
            row: { index in
                let invitation = invitations[index]
                return ["\(invitation.participantId)", invitation.name, invitation.role.rawValue, invitation.delegation ?? "",
                        invitation.reply.rawValue, invitation.attendance?.rawValue ?? "–"]
            },
            selected: workspace.invitations.selected, offset: workspace.invitations.offset
        ).render(into: &buffer, area: area)
        if invitations.isEmpty {
            emptyNotice("Nobody invited yet: mark participants on screen 2 with Space, then press i.", into: &buffer, area: area)
        }
    }
}
