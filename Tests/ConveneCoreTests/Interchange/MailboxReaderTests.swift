import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Invitation mbox read back by Python's mailbox and email", .enabled(if: PythonReader.enabled, Comment(rawValue: PythonReader.skipMessage)))
struct MailboxReaderTests {
    static let reader = """
        import sys, json, mailbox, email.header, icalendar
        out = []
        for message in mailbox.mbox(sys.argv[1]):
            decode = lambda v: str(email.header.make_header(email.header.decode_header(v)))
            parts = {p.get_content_type(): p for p in message.walk()}
            cal = parts["text/calendar"]
            events = icalendar.Calendar.from_ical(cal.get_payload(decode=True)).walk("VEVENT")
            out.append({"from": decode(message["From"]), "to": decode(message["To"]), "subject": decode(message["Subject"]),
                        "body": parts["text/plain"].get_payload(decode=True).decode(parts["text/plain"].get_content_charset()),
                        "method": cal.get_param("method"), "events": len(events),
                        "attendees": len(events[0].get("ATTENDEE") or [])})
        print(json.dumps(out))
        """

    @Test("one message per invitee with an address: headers, decoded names, UTF-8 body, a calendar part that parses")
    func messages() throws {
        let (_, record) = try interchangeMeeting()
        let organiser = Organiser(name: "Olga Łukasiewicz", email: "olga@itu.example")
        let calendar = try MeetingCalendar.text(record, options: CalendarOptions(method: .request, organiser: organiser))
        let template = InvitationTemplate(text: "Dear {name},\nFrom the start: {title} on {date} at {venue}.\n{agenda}\n{unknown}\n")
        let output = try InvitationMailbox.write(record, calendar: calendar, organiser: organiser, template: template, recipients: .all)
        #expect(output.messages == 3)
        #expect(output.withoutEmail == ["No Address"])
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rd.mbox").path
        try Data(output.mbox.utf8).write(to: URL(fileURLWithPath: path))
        let messages = try #require(try PythonReader.json(Self.reader, input: "", arguments: [path]) as? [[String: Any]])
        #expect(messages.count == 3)
        #expect(Set(messages.compactMap { $0["to"] as? String }) == [
            "\"Ms Ana Souza\" <ana@example.org>", "王伟 <wang@example.cn>", "ليلى حداد <layla@example.eg>",
        ])
        for message in messages {
            #expect(message["from"] as? String == "Olga Łukasiewicz <olga@itu.example>")
            #expect(message["subject"] as? String == "Invitation: RD-2027 Regional dialogue; Genève, 2027 \\ day 1")
            #expect(message["method"] as? String == "REQUEST")
            #expect(message["events"] as? Int == 1)
            #expect(message["attendees"] as? Int == 3)
            let body = try #require(message["body"] as? String)
            #expect(body.contains("From the start: Regional dialogue; Genève, 2027 \\ day 1 on 2027-03-29 to 2027-03-30 at CICG, Genève."))
            #expect(body.contains("{unknown}"))
            #expect(body.contains("预算"))
        }
        let chinese = messages.first { ($0["to"] as? String)?.contains("王伟") == true }
        #expect((chinese?["body"] as? String)?.hasPrefix("Dear 王伟,") == true)
    }

    @Test("--to pending leaves out those who replied")
    func pending() throws {
        let (_, record) = try interchangeMeeting()
        let organiser = Organiser(name: "Olga", email: "olga@itu.example")
        let output = try InvitationMailbox.write(record, calendar: "", organiser: organiser, template: .standard, recipients: .pending)
        #expect(output.messages == 2)
        #expect(!output.mbox.contains("wang@example.cn"))
    }
}

@Suite("Mail encodings")
struct MailEncodingTests {
    @Test("non-ASCII header text becomes encoded words of at most 75 characters")
    func encodedWords() {
        let encoded = MailEncoding.headerText("Invitation: " + String(repeating: "区域对话 ", count: 10))
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        #expect(MailEncoding.headerText("Plain ASCII") == "Plain ASCII")
    }

    @Test("quoted-printable: lines of at most 76, '=' and UTF-8 bytes encoded, a line starting 'From ' encoded")
    func quotedPrintable() {
        let encoded = MailEncoding.quotedPrintable("From here\na=b é\n" + String(repeating: "x", count: 100) + " ")
        #expect(encoded.hasPrefix("=46rom here\r\na=3Db =C3=A9\r\n"))
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(encoded.hasSuffix("=20"))
    }

    @Test("mutt aliases: ASCII keys from names, the address's local part for other scripts, unique")
    func aliases() throws {
        let (store, _) = try interchangeMeeting()
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana2@example.org"))
        let text = MuttAliases.text(try store.participants())
        #expect(text.contains("alias ana.souza \"Ms Ana Souza\" <ana@example.org>\n"))
        #expect(text.contains("alias ana.souza-2 \"Ana Souza\" <ana2@example.org>\n"))
        #expect(text.contains("alias wang \"王伟\" <wang@example.cn>\n"))
        #expect(!text.contains("No Address"))
    }
}
