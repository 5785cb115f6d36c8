import GRDB

/// What to set on several invitations at once; nil leaves a value as it is.
public struct InvitationChange: Sendable, Equatable {
    public var role: InvitationRole?
    public var reply: Reply?
    public var attendance: Attendance?

    public init(role: InvitationRole? = nil, reply: Reply? = nil, attendance: Attendance? = nil) {
        self.role = role
        self.reply = reply
        self.attendance = attendance
    }

    /// "role rapporteur", "reply accepted", "attend present".
    var summary: String {
        [role.map { "role \($0.rawValue)" }, reply.map { "reply \($0.rawValue)" }, attendance.map { "attend \($0.rawValue)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

extension Store {
    /// Sets role, reply or attendance of several invitations of a meeting as one action (one
    /// history entry, so one undo): the app's marked rows.
    public func changeInvitations(meeting reference: RecordReference, participants: [RecordReference],
                                  _ change: InvitationChange) throws {
        try perform("invitations") { db, summary in
            let meeting = try MeetingReference.resolve(reference, db)
            // Replies alone are not part of the minutes; roles and attendance are.
            if change.role != nil || change.attendance != nil { try RecordLock.requireDraft(meeting) }
            let invitations = try participants.map { try Self.invitation(of: $0, at: meeting, db) }
            for var invitation in invitations {
                if let role = change.role { invitation.role = role }
                if let reply = change.reply { invitation.reply = reply }
                if let attendance = change.attendance { invitation.attendance = attendance }
                try invitation.update(db)
            }
            summary = "\(change.summary): \(invitations.count) at #\(meeting.id ?? 0) \(meeting.title)"
        }
    }

    /// Withdraws the invitations of several participants as one action.
    public func uninvite(meeting reference: RecordReference, participants: [RecordReference]) throws {
        try perform("uninvite") { db, summary in
            let meeting = try RecordLock.resolveDraft(reference, db)
            let invitations = try participants.map { try Self.invitation(of: $0, at: meeting, db) }
            for invitation in invitations { try invitation.delete(db) }
            summary = "uninvite \(invitations.count) from #\(meeting.id ?? 0) \(meeting.title)"
        }
    }

    private static func invitation(of reference: RecordReference, at meeting: Meeting, _ db: Database) throws -> Invitation {
        let participant = try ParticipantReference.resolve(reference, db)
        guard let invitation = try Invitation
            .filter(Column("meetingId") == meeting.id && Column("participantId") == participant.id).fetchOne(db) else {
            throw ConveneError.refused("\(participant.displayName) (#\(participant.id ?? 0)) is not invited to meeting #\(meeting.id ?? 0)")
        }
        return invitation
    }
}
