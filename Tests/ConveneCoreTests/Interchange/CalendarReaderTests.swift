import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

/// A meeting over two days in Zurich with a comma, semicolon and backslash in its title,
/// invitees in Latin, Chinese and Arabic script, and an agenda.
func interchangeMeeting() throws -> (Store, MeetingRecord) {
    let store = try TestSupport.memoryStore()
    _ = try store.addMeeting(MeetingDraft(code: "RD-2027", title: "Regional dialogue; Genève, 2027 \\ day 1", start: "2027-03-29T09:30",
                                          end: "2027-03-30T17:00", timeZone: "Europe/Zurich", venue: "CICG, Genève",
                                          onlineLink: "https://meet.example.org/rd"), defaultTimeZone: "UTC")
    let ana = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "Ana", familyName: "Souza", organisation: "BRA", email: "ana@example.org"))
    let wang = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "王", organisation: "CHN", email: "wang@example.cn"))
    let layla = try store.addParticipant(ParticipantDraft(givenName: "ليلى", familyName: "حداد", email: "layla@example.eg"))
    _ = try store.addParticipant(ParticipantDraft(givenName: "No", familyName: "Address"))
    _ = try store.invite(meeting: .text("RD-2027"), participants: [.id(ana)], role: .chair, delegation: nil)
    _ = try store.invite(meeting: .text("RD-2027"), participants: [.id(wang)], role: .delegate, delegation: nil)
    _ = try store.invite(meeting: .text("RD-2027"), participants: [.id(layla)], role: .observer, delegation: nil)
    _ = try store.invite(meeting: .text("RD-2027"), participants: [.text("4")], role: nil, delegation: nil)
    try store.setReply(meeting: .text("RD-2027"), participant: .id(wang), reply: .accepted)
    _ = try store.addAgendaItem(meeting: .text("RD-2027"), AgendaItemDraft(title: "Opening, welcome; \"agenda\"", minutes: 15))
    _ = try store.addAgendaItem(meeting: .text("RD-2027"), AgendaItemDraft(title: "预算", minutes: 45))
    return (store, try store.meetingRecord(.text("RD-2027")))
}

/// `interchangeMeeting` with a value in every column migration v9 added and one frozen
/// version of its minutes, so that backups are seen to carry them.
func officialRecordMeeting() throws -> Store {
    let (store, record) = try interchangeMeeting()
    let meetingId = try #require(record.meeting.id)
    try store.perform("official record") { db, _ in
        try db.execute(sql: """
            UPDATE participant SET latinName = 'Wang Wei' WHERE email = 'wang@example.cn';
            UPDATE organisation SET nameFr = 'Brésil', nameEs = 'Brasil', nameAr = 'البرازيل', nameRu = 'Бразилия'
              WHERE id = (SELECT organisationId FROM participant WHERE email = 'ana@example.org');
            UPDATE meeting SET symbolPattern = '{series}/{n}-E';
            UPDATE agendaItem SET actualStart = '2027-03-29T09:34', actualSeconds = 905 WHERE position = 0;
            """)
        var version = MinutesVersion(meetingId: meetingId, number: 1, kind: .approval, approvedOn: "2027-03-30",
                                     createdAt: "2027-03-30T15:00:00Z", symbol: "RD-2027/2", markdown: "# Summary record\n\n1 \"Opening\"\n",
                                     data: #"{"items":["预算"]}"#)
        try version.insert(db)
    }
    return store
}

@Suite("iCalendar read back by python3-icalendar", .enabled(if: PythonReader.enabled, Comment(rawValue: PythonReader.skipMessage)))
struct CalendarReaderTests {
    static let reader = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.read())
        out = {"method": str(cal["METHOD"]), "version": str(cal["VERSION"]), "events": [],
               "timezones": [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]}
        for ev in cal.walk("VEVENT"):
            att = ev.get("ATTENDEE") or []
            if not isinstance(att, list): att = [att]
            out["events"].append({"uid": str(ev["UID"]), "summary": str(ev["SUMMARY"]),
              "start": ev["DTSTART"].dt.isoformat(), "end": ev["DTEND"].dt.isoformat(),
              "location": str(ev.get("LOCATION", "")), "description": str(ev.get("DESCRIPTION", "")),
              "url": str(ev.get("URL", "")), "organizer": str(ev.get("ORGANIZER", "")),
              "attendees": [[str(a), str(a.params.get("CN")), str(a.params.get("ROLE")), str(a.params.get("PARTSTAT"))] for a in att]})
        print(json.dumps(out))
        """

    let organiser = Organiser(name: "Olga Łukasiewicz", email: "olga@itu.example")

    @Test("a request: events, times in the meeting's zone, attendees with role and reply, escaped text come back as stored")
    func request() throws {
        let (_, record) = try interchangeMeeting()
        let text = try MeetingCalendar.text(record, options: CalendarOptions(method: .request, items: true, organiser: organiser))
        let parsed = try #require(try PythonReader.json(Self.reader, input: text) as? [String: Any])
        #expect(parsed["method"] as? String == "REQUEST")
        #expect(parsed["timezones"] as? [String] == ["Europe/Zurich"])
        let events = try #require(parsed["events"] as? [[String: Any]])
        #expect(events.count == 3)
        let meeting = events[0]
        #expect(meeting["uid"] as? String == "meeting-1@convene")
        #expect(meeting["summary"] as? String == "RD-2027 — Regional dialogue; Genève, 2027 \\ day 1")
        #expect(meeting["start"] as? String == "2027-03-29T09:30:00+02:00")
        #expect(meeting["end"] as? String == "2027-03-30T17:00:00+02:00")
        #expect(meeting["location"] as? String == "CICG, Genève")
        #expect(meeting["url"] as? String == "https://meet.example.org/rd")
        #expect((meeting["description"] as? String)?.contains("Opening, welcome; \"agenda\"\n2  09:45–10:30  预算") == true)
        #expect(meeting["organizer"] as? String == "mailto:olga@itu.example")
        let attendees = try #require(meeting["attendees"] as? [[String]])
        #expect(Set(attendees) == [
            ["mailto:ana@example.org", "Ms Ana Souza", "CHAIR", "NEEDS-ACTION"],
            ["mailto:wang@example.cn", "王伟", "REQ-PARTICIPANT", "ACCEPTED"],
            ["mailto:layla@example.eg", "ليلى حداد", "OPT-PARTICIPANT", "NEEDS-ACTION"],
        ])
        #expect(events[2]["summary"] as? String == "2 预算")
        #expect(events[2]["start"] as? String == "2027-03-29T09:45:00+02:00")
    }

    @Test("publish carries no attendees; the UID is the same in every export")
    func publish() throws {
        let (_, record) = try interchangeMeeting()
        let first = try MeetingCalendar.text(record, options: CalendarOptions(stamp: Date(timeIntervalSince1970: 0)))
        let second = try MeetingCalendar.text(record, options: CalendarOptions(stamp: Date(timeIntervalSince1970: 86400)))
        let parsed = try #require(try PythonReader.json(Self.reader, input: first) as? [String: Any])
        let events = try #require(parsed["events"] as? [[String: Any]])
        #expect(parsed["method"] as? String == "PUBLISH")
        #expect(events.count == 1)
        #expect((events[0]["attendees"] as? [Any])?.isEmpty == true)
        #expect(first.contains("UID:meeting-1@convene\r\n") && second.contains("UID:meeting-1@convene\r\n"))
        #expect(first != second)
    }
}

@Suite("iCalendar lines")
struct ICalendarTextTests {
    @Test("lines are folded at 75 octets between UTF-8 characters, end in CRLF, and unfold to the line")
    func folding() throws {
        let value = String(repeating: "预算é", count: 40)
        let folded = ICalendarText.folded("DESCRIPTION:" + value)
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.first.map { String($0) } ?? "" != "")
        #expect(lines.enumerated().map { $0.offset == 0 ? String($0.element) : String($0.element.dropFirst()) }.joined() == "DESCRIPTION:" + value)
        #expect(folded.hasSuffix("\r\n"))
    }

    @Test("TEXT escapes backslash, semicolon, comma and line breaks")
    func escaping() {
        #expect(ICalendarText.escaped("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
    }
}
