import ConveneCore
import Testing
@testable import ConveneTUI

@Suite("A store error is shown beside the form field that shows its Field")
struct FormStoreErrorTests {
    static let forms: [String: FormModel] = [
        "participant": Forms.participant(nil),
        "organisation": Forms.organisation(nil),
        "meeting": Forms.meeting(nil, defaultTimeZone: "UTC"),
        "agenda": Forms.agendaItem(meeting: 1, row: nil, after: nil),
    ]

    @Test("the error goes beside the field and focuses it", arguments: [
        ("participant", Field.email, "email"),
        ("participant", .personName, "given"),
        ("participant", .organisation, "org"),
        ("organisation", .organisationName, "name"),
        ("organisation", .organisationNameZh, "name-zh"),
        ("meeting", .storedTimeZone, "tz"),
        ("meeting", .onlineLink, "online"),
        ("agenda", .document, "documents"),
        ("meeting", .speakingMinutes, "speaking"),
        ("agenda", .speakingMinutes, "speaking"),
    ])
    func besideItsField(form name: String, field: Field, expected: String) throws {
        var form = try #require(Self.forms[name])
        form.show(.invalid(field: field, value: "x", reason: "a reason"))
        let shown = try #require(form.fields.firstIndex { $0.error != nil })
        #expect(form.fields[shown].id == expected)
        #expect(form.fields[shown].error == "a reason")
        #expect(form.fields.filter { $0.error != nil }.count == 1)
        #expect(form.focus == shown)
        #expect(form.error == nil)
    }

    @Test("a duplicate or an unknown value is shown beside its field too, like an invalid one", arguments: [
        ConveneError.duplicate(field: .email, value: "x", reason: "a reason"),
        ConveneError.unknown(field: .email, value: "x", reason: "a reason"),
    ])
    func otherKindsBesideTheField(error: ConveneError) throws {
        var form = try #require(Self.forms["participant"])
        form.show(error)
        let shown = try #require(form.fields.firstIndex { $0.error != nil })
        #expect(form.fields[shown].id == "email")
        #expect(form.fields[shown].error == "a reason")
        #expect(form.error == nil)
    }

    @Test("an error no field shows is shown above the fields, naming the field in words")
    func aboveTheFields() {
        var form = Forms.agendaItem(meeting: 1, row: nil, after: nil)
        form.show(.unknown(field: .after, value: "7", reason: "no agenda item numbered"))
        #expect(form.fields.allSatisfy { $0.error == nil })
        #expect(form.error == "no agenda item numbered '7' for item to follow")
    }
}
