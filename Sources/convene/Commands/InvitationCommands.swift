import ArgumentParser
import ConveneCore

struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Invite participants to a meeting (inviting again updates role and delegation).")
    @OptionGroup var store: StoreOptions
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: "Participant ids, emails or names.") var participants: [String]
    @Option(parsing: .unconditional, help: ArgumentHelp("Role at the meeting (default: delegate).", valueName: "role"))
    var role: InvitationRole?
    @Option(parsing: .unconditional, help: ArgumentHelp("Member State or body represented (default: the participant's organisation).", valueName: "org"))
    var delegation: String?

    func validate() throws {
        if participants.isEmpty { throw ValidationError("Missing expected argument '<participants> ...'") }
    }

    func run() throws {
        let outcome = try store.open().invite(meeting: .text(meeting), participants: participants.map(RecordReference.text),
                                              role: role, delegation: delegation.map(RecordReference.text))
        var parts = ["invited \(outcome.invited.count)"]
        if !outcome.updated.isEmpty { parts.append("updated \(outcome.updated.count) already invited") }
        Output.notice(parts.joined(separator: ", "))
    }
}

/// The meeting and the participant whose invitation `reply` and `attend` change.
struct InvitationArguments: ParsableArguments {
    @Argument(help: "Meeting id or code.") var meeting: String
    @Argument(help: "Participant id, email or name.") var participant: String
}

struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply", abstract: "Record a participant's reply: invited, accepted, tentative or declined.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var invitation: InvitationArguments
    @Argument(help: "The participant's reply.") var reply: Reply

    func run() throws {
        try store.open().setReply(meeting: .text(invitation.meeting), participant: .text(invitation.participant), reply: reply)
    }
}

struct AttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend", abstract: "Mark attendance: present, remote, apologies or absent.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var invitation: InvitationArguments
    @Argument(help: "Whether and how the participant attended.") var attendance: Attendance

    func run() throws {
        try store.open().setAttendance(meeting: .text(invitation.meeting), participant: .text(invitation.participant),
                                       attendance: attendance)
    }
}
