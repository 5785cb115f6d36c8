import ConveneCore

/// A meeting with how many were invited and accepted: `meeting list --json` and
/// `meeting show --json`'s `meeting` have the same fields.
struct MeetingJSON: Encodable {
    var id: Int64
    @Nullable var code: String?
    var title: String
    var level: MeetingLevel
    @Nullable var region: String?
    var start: String
    @Nullable var end: String?
    var timeZone: String
    @Nullable var venue: String?
    @Nullable var onlineLink: String?
    @Nullable var symbol: String?
    @Nullable var symbolPattern: String?
    /// The symbols the agenda and the summary record take (null without a series).
    @Nullable var agendaSymbol: String?
    @Nullable var minutesSymbol: String?
    var status: MeetingStatus
    @Nullable var openedAt: String?
    @Nullable var closedAt: String?
    var minutesStatus: MinutesStatus
    var invited: Int
    var accepted: Int

    init(_ meeting: Meeting, invited: Int, accepted: Int) {
        id = meeting.id ?? 0
        code = meeting.code
        title = meeting.title
        level = meeting.level
        region = meeting.region
        start = Timestamp.rfc3339(local: meeting.start, timeZone: meeting.timeZone)
        end = Timestamp.rfc3339(local: meeting.end, timeZone: meeting.timeZone)
        timeZone = meeting.timeZone
        venue = meeting.venue
        onlineLink = meeting.onlineLink
        symbol = meeting.symbol
        symbolPattern = meeting.symbolPattern
        agendaSymbol = DocumentSymbol.symbol(.agenda, meeting: meeting)
        minutesSymbol = DocumentSymbol.symbol(.minutes, meeting: meeting)
        status = meeting.status
        openedAt = Timestamp.rfc3339(local: meeting.openedAt, timeZone: meeting.timeZone)
        closedAt = Timestamp.rfc3339(local: meeting.closedAt, timeZone: meeting.timeZone)
        minutesStatus = meeting.minutesStatus
        self.invited = invited
        self.accepted = accepted
    }

    init(_ listing: MeetingListing) {
        self.init(listing.meeting, invited: listing.invited, accepted: listing.accepted)
    }
}

/// `meeting show --json`: the meeting and its invitations.
struct MeetingShowJSON: Encodable {
    var meeting: MeetingJSON
    var invitations: [InvitationJSON]

    init(_ meeting: Meeting, invitations: [InvitationListing]) {
        self.meeting = MeetingJSON(meeting, invited: invitations.count,
                                   accepted: invitations.filter { $0.reply == .accepted }.count)
        self.invitations = invitations.map { InvitationJSON($0, meetingId: meeting.id ?? 0) }
    }
}

struct InvitationJSON: Encodable {
    var meetingId: Int64
    var participantId: Int64
    var name: String
    @Nullable var organisation: String?
    @Nullable var email: String?
    var role: InvitationRole
    @Nullable var delegationId: Int64?
    @Nullable var delegation: String?
    @Nullable var delegationCategory: StakeholderCategory?
    var reply: Reply
    @Nullable var attendance: Attendance?

    init(_ invitation: InvitationListing, meetingId: Int64) {
        self.meetingId = meetingId
        participantId = invitation.participantId
        name = invitation.name
        organisation = invitation.organisation
        email = invitation.email
        role = invitation.role
        delegationId = invitation.delegationId
        delegation = invitation.delegation
        delegationCategory = invitation.delegationCategory
        reply = invitation.reply
        attendance = invitation.attendance
    }
}
