import GRDB

/// One invitation as the meeting's participant list shows it.
public struct InvitationListing: Codable, Sendable, Equatable {
    public var participantId: Int64
    public var name: String
    public var organisation: String?
    public var email: String?
    public var role: InvitationRole
    public var delegationId: Int64?
    public var delegation: String?
    /// The delegation's category, which decides Member State vs. other stakeholder groupings.
    public var delegationCategory: StakeholderCategory?
    public var reply: Reply
    public var attendance: Attendance?
}

/// What `invite` did: who was newly invited and whose existing invitation was updated.
public struct InviteOutcome: Sendable, Equatable {
    public var invited: [Int64] = []
    public var updated: [Int64] = []
}

extension Store {
    /// Invites participants to a meeting in one action. The delegation defaults to the
    /// participant's organisation; inviting someone again updates role and delegation.
    public func invite(meeting meetingReference: RecordReference, participants references: [RecordReference],
                       role: InvitationRole?, delegation: RecordReference?) throws -> InviteOutcome {
        try perform("invite") { db, summary in
            let meeting = try RecordLock.resolveDraft(meetingReference, db)
            let meetingId = try meeting.requireId()
            let delegationId = try delegation.map { try OrganisationReference.resolve($0, field: .delegation, db).id }
            var outcome = InviteOutcome()
            for reference in references {
                let participant = try ParticipantReference.resolve(reference, db)
                guard let participantId = participant.id else { continue }
                if var existing = try Invitation.filter(Column("meetingId") == meetingId && Column("participantId") == participantId).fetchOne(db) {
                    if let role { existing.role = role }
                    if let delegationId { existing.delegationId = delegationId }
                    try existing.update(db)
                    outcome.updated.append(participantId)
                } else {
                    var invitation = Invitation(meetingId: meetingId, participantId: participantId,
                                                role: role ?? .delegate,
                                                delegationId: delegationId ?? participant.organisationId)
                    try invitation.insert(db)
                    outcome.invited.append(participantId)
                }
            }
            summary = "invite \(outcome.invited.count + outcome.updated.count) to #\(meetingId) \(meeting.title)"
            return outcome
        }
    }

    public func setReply(meeting: RecordReference, participant: RecordReference, reply: Reply) throws {
        try updateInvitation(meeting: meeting, participant: participant, action: "reply \(reply.rawValue)", isRecord: false) {
            $0.reply = reply
        }
    }

    public func setAttendance(meeting: RecordReference, participant: RecordReference, attendance: Attendance) throws {
        try updateInvitation(meeting: meeting, participant: participant, action: "attend \(attendance.rawValue)") {
            $0.attendance = attendance
        }
    }

    private func updateInvitation(meeting meetingReference: RecordReference, participant participantReference: RecordReference,
                                  action: String, isRecord: Bool = true, change: (inout Invitation) -> Void) throws {
        try perform(action) { db, summary in
            let meeting = try MeetingReference.resolve(meetingReference, db)
            // A reply is not part of the minutes; attendance is.
            if isRecord { try RecordLock.requireDraft(meeting) }
            let participant = try ParticipantReference.resolve(participantReference, db)
            guard var invitation = try Invitation
                .filter(Column("meetingId") == meeting.id && Column("participantId") == participant.id)
                .fetchOne(db) else {
                throw ConveneError.refused("\(participant.displayName) (#\(participant.id ?? 0)) is not invited to meeting #\(meeting.id ?? 0)")
            }
            change(&invitation)
            try invitation.update(db)
            summary = "\(action): \(participant.displayName) at #\(meeting.id ?? 0) \(meeting.title)"
        }
    }

    /// The meeting's invitations, ordered by delegation then name.
    public func invitations(meeting reference: RecordReference) throws -> [InvitationListing] {
        try read { db in try invitationListings(meetingId: MeetingReference.resolve(reference, db).requireId(), db) }
    }

    func invitationListings(meetingId: Int64, _ db: Database) throws -> [InvitationListing] {
        // Columns read by position: a meeting may have a thousand invitations.
        try Row.fetchAll(db, sql: """
            SELECT i.participantId, p.honorific, p.givenName, p.familyName, p.email, po.name, po.shortName,
                   i.role, i.delegationId, d.name, d.shortName, d.category, i.reply, i.attendance
            FROM invitation i
            JOIN participant p ON p.id = i.participantId
            LEFT JOIN organisation po ON po.id = p.organisationId
            LEFT JOIN organisation d ON d.id = i.delegationId
            WHERE i.meetingId = ?
            ORDER BY d.name COLLATE NOCASE, p.familyName COLLATE NOCASE, p.givenName COLLATE NOCASE
            """, arguments: [meetingId]).map { row in
            let orgShort: String? = row[6]
            let delegationShort: String? = row[10]
            return InvitationListing(
                participantId: row[0],
                name: PersonName.display(honorific: row[1], given: row[2], family: row[3]),
                organisation: orgShort ?? row[5], email: row[4], role: row[7], delegationId: row[8],
                delegation: delegationShort ?? row[9], delegationCategory: row[11], reply: row[12], attendance: row[13])
        }
    }
}
