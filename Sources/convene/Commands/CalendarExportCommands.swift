import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

extension CalendarMethod: ExpressibleByArgument {}
extension InvitationRecipients: ExpressibleByArgument {}

/// The organiser and the e-mail template, from the config folder.
enum MailSettings {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func organiser() -> Organiser? {
        AppConfig.load(environment: environment).organiser
    }

    /// `invitation.txt` in the config folder, else the standard text.
    static func template() throws -> InvitationTemplate {
        let path = AppConfig.folder(environment: environment) + "/invitation.txt"
        guard FileManager.default.fileExists(atPath: path) else { return .standard }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConveneError.fileFailure(field: .output, path: path, reason: "cannot read the invitation template (UTF-8 text)")
        }
        return InvitationTemplate(text: text)
    }
}

extension ExportCommand {
    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "The meeting as an iCalendar file (RFC 5545) for Outlook, Thunderbird, khal and other calendars.",
            discussion: """
                The event keeps the same UID in every export, so that a calendar updates its entry. \
                With --method request it lists every invitee with an e-mail address as ATTENDEE; the \
                ORGANIZER comes from [organiser] in config.toml (see convene(5)).
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Flag(help: "Add one event per agenda item, at its computed time.") var items = false
        @Option(parsing: .unconditional, help: ArgumentHelp("publish (the default: no attendees) or request (an invitation listing them).", valueName: "method"))
        var method: CalendarMethod = .publish
        @OptionGroup var destination: FileDestination

        func run() throws {
            let store = try store.open()
            let record = try store.meetingRecord(.text(meeting))
            let options = CalendarOptions(method: method, items: items, organiser: MailSettings.organiser())
            try destination.write(try MeetingCalendar.text(record, options: options))
        }
    }

    struct Invitations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One invitation e-mail per invitee, as an mbox that 'neomutt -f FILE' opens and sends.",
            discussion: """
                Each message is from [organiser] in config.toml, to the invitee, with a plain-text body \
                (the template invitation.txt in the config folder when there is one; see convene(5)) and \
                the meeting's calendar attached as text/calendar; method=REQUEST. Invitees without an \
                e-mail address are named on standard error and left out.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "Meeting id or code.") var meeting: String
        @Option(parsing: .unconditional, help: ArgumentHelp("all (the default) or pending: those who have not replied.", valueName: "who"))
        var to: InvitationRecipients = .all
        @OptionGroup var destination: FileDestination

        func run() throws {
            guard let organiser = MailSettings.organiser() else {
                throw ConveneError.refused("invitation e-mails need a sender: set name and email under [organiser] in \(AppConfig.path(environment: MailSettings.environment))")
            }
            let template = try MailSettings.template()
            let store = try store.open()
            let record = try store.meetingRecord(.text(meeting))
            let calendar = try MeetingCalendar.text(record,
                                                    options: CalendarOptions(method: .request, organiser: organiser))
            let output = try InvitationMailbox.write(record, calendar: calendar, organiser: organiser, template: template, recipients: to)
            for name in output.withoutEmail { Output.notice("left out \(name): no e-mail address") }
            try destination.write(output.mbox)
            Output.notice("\(output.messages) invitation\(output.messages == 1 ? "" : "s")")
        }
    }

    struct Aliases: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The directory as a mutt/neomutt alias file: one 'alias key \"Name\" <email>' line per participant with an e-mail address.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var destination: FileDestination

        func run() throws {
            try destination.write(MuttAliases.text(try store.open().participants()))
        }
    }
}
