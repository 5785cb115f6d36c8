import ConveneCore

/// The workspace's Participants tab: invitations, fast presence marking by number.
extension Workspace {
    mutating func updateInvitations(_ action: Action, key: Key, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        let invitations = data.invitations
        if self.invitations.handle(action, count: invitations.count, page: context.page) { return .handled }
        if action == .invitationsImport { return .open(.prompt(Prompt.importPath(meeting: meetingId))) }
        if action == .invitationsJump, case let .character(digit) = key, digit.isNumber {
            return jump(to: digit, in: invitations)
        }
        guard invitations.indices.contains(self.invitations.selected) else { return action.group == "invitations" ? .handled : nil }
        let invitation = invitations[self.invitations.selected]
        let meeting = meetingId
        switch action {
        case .invitationsAttendance:
            let all = Attendance.allCases
            let next = invitation.attendance.flatMap { all.firstIndex(of: $0) }.map { all[($0 + 1) % all.count] } ?? all[0]
            return .perform(.write(.setAttendance(meeting: meeting, participant: invitation.participantId, next)))
        case .invitationsReply:
            let all = Reply.allCases
            let next = all[((all.firstIndex(of: invitation.reply) ?? 0) + 1) % all.count]
            return .perform(.write(.setReply(meeting: meeting, participant: invitation.participantId, next)))
        case .invitationsRole:
            let all = InvitationRole.allCases
            let next = all[((all.firstIndex(of: invitation.role) ?? 0) + 1) % all.count]
            return .perform(.write(.invite(meeting: meeting, participants: [invitation.participantId], role: next)))
        default:
            return nil
        }
    }

    /// Type-ahead by participant number: each digit extends the number while some participant's
    /// number starts with it, else starts a new number.
    private mutating func jump(to digit: Character, in invitations: [InvitationListing]) -> Outcome {
        func find(_ number: String) -> Int? {
            invitations.firstIndex { "\($0.participantId)" == number }
                ?? invitations.firstIndex { "\($0.participantId)".hasPrefix(number) }
        }
        let extended = jump + String(digit)
        if let index = find(extended) {
            jump = extended
            self.invitations.selected = index
        } else if let index = find(String(digit)) {
            jump = String(digit)
            self.invitations.selected = index
        } else {
            jump = ""
            return .say("no participant #\(extended) in this meeting", error: true)
        }
        return .say("#\(jump)")
    }

    func renderInvitations(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
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
            selected: self.invitations.selected, offset: self.invitations.offset
        ).render(into: &buffer, area: area)
        if invitations.isEmpty {
            EmptyNotice("Nobody invited yet: mark participants on screen 2 with Space, then press i.").render(into: &buffer, area: area)
        }
    }
}
