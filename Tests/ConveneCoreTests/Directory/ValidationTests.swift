import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("Field validation")
struct ValidationTests {
    @Test("email addresses", arguments: [
        ("ana@anatel.gov.br", true), ("a.b+c@itu.int", true), ("no-at-sign", false), ("two@@x.org", false),
        ("a@nodot", false), ("a b@x.org", false), ("@x.org", false), ("a@x..org", false), ("a@x.org.", false),
    ])
    func emails(address: String, valid: Bool) {
        #expect(((try? FieldValidation.email(address)) != nil) == valid)
    }

    @Test("meeting times are real calendar dates in the canonical form")
    func times() throws {
        #expect(try MeetingTime.parse("2027-03-02 09:30", field: .start) == "2027-03-02T09:30")
        #expect(try MeetingTime.parse("2028-02-29T09:30", field: .start) == "2028-02-29T09:30")
        #expect(throws: ConveneError.self) { try MeetingTime.parse("2027-02-29T09:30", field: .start) }
        #expect(throws: ConveneError.self) { try MeetingTime.parse("2027-03-02T24:00", field: .start) }
        #expect(throws: ConveneError.self) { try MeetingTime.parse("2027-3-2T9:30", field: .start) }
        #expect(throws: ConveneError.invalid(field: .start, value: "0000-03-02T09:30", reason: "year out of range (1900 to 2999)")) {
            try MeetingTime.parse("0000-03-02T09:30", field: .start)
        }
        #expect(try MeetingTime.parseEnd("17:30", start: "2027-03-02T09:30") == "2027-03-02T17:30")
        #expect(throws: ConveneError.self) { try MeetingTime.parseEnd("2027-03-01T17:30", start: "2027-03-02T09:30") }
    }

    @Test("a local time in Geneva is the right instant")
    func instant() throws {
        let date = try #require(MeetingTime.date("2027-03-02T09:30", timeZone: "Europe/Zurich"))
        #expect(date.timeIntervalSince1970 == 1_803_976_200)  // 2027-03-02T08:30Z: CET is UTC+1
    }

    @Test("country codes: alpha-3, alpha-2 and lower case are accepted; unknown ones named")
    func countries() throws {
        let store = try TestSupport.memoryStore()
        try store.read { db throws in
            #expect(try FieldValidation.country("che", db) == "CHE")
            #expect(try FieldValidation.country("CN", db) == "CHN")
            #expect(throws: ConveneError.invalid(field: .country, value: "ZZZ", reason: "unknown country code")) {
                try FieldValidation.country("ZZZ", db)
            }
        }
    }

    @Test("a local time the clocks skip is refused; the hour repeated in autumn and other days are kept")
    func daylightSavingGap() throws {
        #expect(throws: ConveneError.invalid(field: .start, value: "2027-03-28T02:30",
                                             reason: "no such local time in Europe/Zurich (the clocks skip it that day)")) {
            try MeetingTime.requireExisting("2027-03-28T02:30", timeZone: "Europe/Zurich", field: .start)
        }
        try MeetingTime.requireExisting("2027-03-28T03:30", timeZone: "Europe/Zurich", field: .start)
        try MeetingTime.requireExisting("2027-10-31T02:30", timeZone: "Europe/Zurich", field: .start)
        try MeetingTime.requireExisting("2027-03-28T02:30", timeZone: "Asia/Shanghai", field: .start)
        let store = try TestSupport.memoryStore()
        #expect(throws: ConveneError.self) {
            try store.addMeeting(MeetingDraft(title: "Gap", start: "2027-03-28T02:30", timeZone: "Europe/Zurich"),
                                 defaultTimeZone: "UTC")
        }
        #expect(try store.meetings().isEmpty)
    }
}
