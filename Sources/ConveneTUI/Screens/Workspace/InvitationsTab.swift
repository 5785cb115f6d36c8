import ConveneCore

/// The workspace's Participants tab: the invitations, filtered with `/`; invite with `a`
/// (through the participant picker), withdraw with `d`; mark with Space (`*` marks every
/// row shown) and set role, reply or attendance of all the marked at once; fast presence
/// marking by number.
extension Workspace {
    /// The invitations shown, in the order of the data.
    var shownInvitations: [InvitationListing] {
        guard let invitations = data?.invitations else { return [] }
        return (0..<invitationList.count(total: invitations.count)).compactMap { row in
            invitationList.index(ofRow: row).flatMap { invitations.indices.contains($0) ? invitations[$0] : nil }
        }
    }

    var selectedInvitation: InvitationListing? {
        guard let invitations = data?.invitations, let index = invitationList.index(ofRow: invitationList.cursor.selected),
              invitations.indices.contains(index) else { return nil }
        return invitations[index]
    }

    /// Who a change applies to: the marked, else the selected.
    var invitationTargets: [Int64] {
        marked.isEmpty ? selectedInvitation.map { [$0.participantId] } ?? [] : marked.sorted()
    }

    /// What `/` searches: name, organisation, email, role, delegation, reply, attendance.
    static func searchKey(_ invitation: InvitationListing) -> String {
        TextFolding.fold([invitation.name, invitation.organisation ?? "", invitation.email ?? "", invitation.role.rawValue,
                          invitation.delegation ?? "", invitation.reply.rawValue, invitation.attendance?.rawValue ?? ""]
            .joined(separator: "\u{1}"))
    }

    mutating func updateInvitations(_ action: Action, key: Key, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        let count = invitationList.count(total: data.invitations.count)
        if invitationList.cursor.handle(action, count: count, page: context.page) { return .handled }
        let meeting = meetingId
        switch action {
        case .invitationsJump:
            guard case let .character(digit) = key, digit.isNumber else { return .handled }
            return jump(to: digit)
        case .invitationsFilter:
            invitationList.isEditing = true
            return .handled
        case .invitationsAdd:
            return .open(.form(Forms.invitation(meeting: meeting)))
        case .invitationsImport:
            return .open(.prompt(Prompt.importPath(meeting: meeting)))
        case .invitationsMarkAll:
            let shown = Set(shownInvitations.map(\.participantId))
            marked = marked.isSuperset(of: shown) ? marked.subtracting(shown) : marked.union(shown)
            return .say("\(marked.count) marked")
        default:
            break
        }
        guard let invitation = selectedInvitation else { return action.group == "invitations" ? .handled : nil }
        switch action {
        case .invitationsMark:
            if marked.contains(invitation.participantId) { marked.remove(invitation.participantId) } else { marked.insert(invitation.participantId) }
            invitationList.cursor.move(by: 1, count: count)
            return .handled
        case .invitationsRemove:
            let targets = invitationTargets
            let who = targets.count == 1 ? invitation.name : "\(targets.count) marked participants"
            return .open(.confirm(message: "Withdraw the invitation of \(who)?", yes: [.write(.uninvite(meeting: meeting, participants: targets))]))
        case .invitationsRole:
            return .open(.choice(ChoiceMenu(purpose: .invitations(meeting: meeting, participants: invitationTargets, field: .role),
                                            current: marked.isEmpty ? invitation.role.rawValue : nil)))
        case .invitationsAttendance where !marked.isEmpty:
            return .open(.choice(ChoiceMenu(purpose: .invitations(meeting: meeting, participants: invitationTargets, field: .attendance))))
        case .invitationsReply where !marked.isEmpty:
            return .open(.choice(ChoiceMenu(purpose: .invitations(meeting: meeting, participants: invitationTargets, field: .reply))))
        case .invitationsAttendance:
            // Nothing marked: one press cycles the selected participant, for marking presence at the door.
            let all = Attendance.allCases
            let next = invitation.attendance.flatMap { all.firstIndex(of: $0) }.map { all[($0 + 1) % all.count] } ?? all[0]
            return .perform(.write(.setAttendance(meeting: meeting, participant: invitation.participantId, next)))
        case .invitationsReply:
            let all = Reply.allCases
            let next = all[((all.firstIndex(of: invitation.reply) ?? 0) + 1) % all.count]
            return .perform(.write(.setReply(meeting: meeting, participant: invitation.participantId, next)))
        default:
            return nil
        }
    }

    /// Type-ahead by participant number: each digit extends the number while some participant's
    /// number starts with it, else starts a new number.
    private mutating func jump(to digit: Character) -> Outcome {
        let shown = shownInvitations
        func find(_ number: String) -> Int? {
            shown.firstIndex { "\($0.participantId)" == number } ?? shown.firstIndex { "\($0.participantId)".hasPrefix(number) }
        }
        let extended = jump + String(digit)
        if let row = find(extended) {
            jump = extended
            invitationList.cursor.selected = row
        } else if let row = find(String(digit)) {
            jump = String(digit)
            invitationList.cursor.selected = row
        } else {
            jump = ""
            return .say("no participant #\(extended) in this meeting", error: true)
        }
        return .say("#\(jump)")
    }

    func renderInvitations(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let invitations = data.invitations
        let list = invitationList
        let marked = marked
        let rowCount = list.count(total: invitations.count)
        let marks = Set((list.cursor.offset..<min(rowCount, list.cursor.offset + area.height)).filter { row in
            list.index(ofRow: row).map { invitations.indices.contains($0) && marked.contains(invitations[$0].participantId) } ?? false
        })
        TableView(
            columns: [
                TableColumn("#", width: .fixed(5), alignment: .right),
                TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Role", width: .fixed(11)),
                TableColumn("Delegation", width: .flexible(minimum: 8, weight: 2)),
                TableColumn("Reply", width: .fixed(9)),
                TableColumn("Attendance", width: .fixed(10)),
            ],
            rowCount: rowCount,
            row: { row in
                guard let index = list.index(ofRow: row), invitations.indices.contains(index) else { return [] }
                let invitation = invitations[index]
                return ["\(invitation.participantId)", invitation.name, invitation.role.rawValue, invitation.delegation ?? "",
                        invitation.reply.rawValue, invitation.attendance?.rawValue ?? "–"]
            },
            selected: list.cursor.selected, marked: marks, offset: list.cursor.offset
        ).render(into: &buffer, area: area)
        if invitations.isEmpty {
            EmptyNotice("Nobody invited yet: press \(context.keyMap.hint(.invitationsAdd) ?? "a") to invite someone, or mark participants on screen 2 and press i.")
                .render(into: &buffer, area: area)
        }
    }
}
