import ConveneCore
import Testing
@testable import ConveneTUI

@Suite("Form validation and key config")
struct FormValidationTests {
    @Test("inline checks give the store's sentences", arguments: [
        ("email", "ana@anatel.gov.br", nil), ("email", "ana-at-anatel", "invalid email address"), ("email", "", nil),
        ("country", "CHN", nil), ("country", "cn", nil), ("country", "China", "expected an ISO code such as CHN or CN"),
        ("start", "2027-03-02T09:30", nil), ("start", "2027-02-30T09:30", "malformed date-time (expected YYYY-MM-DDTHH:MM)"),
        ("end", "17:30", nil), ("end", "5pm", "malformed date-time (expected YYYY-MM-DDTHH:MM)"),
        ("tz", "Europe/Zurich", nil), ("tz", "Mars/Olympus", "unknown time zone (use an IANA name such as Europe/Zurich)"),
        ("due", "2027-04-30", nil), ("due", "30/04/2027", "not a date (expected YYYY-MM-DD)"),
        ("minutes", "20", nil), ("minutes", "twenty", "minutes from 0 to 1440"),
        ("speaking", "", nil), ("speaking", "5", nil), ("speaking", "0", "1 to 60 whole minutes"), ("speaking", "61", "1 to 60 whole minutes"),
    ] as [(String, String, String?)])
    func inlineChecks(field: String, value: String, reason: String?) {
        let checks: [String: @Sendable (String) -> String?] = [
            "email": Forms.checkEmail, "country": Forms.checkCountry, "start": Forms.checkDateTime, "end": Forms.checkEnd,
            "tz": Forms.checkTimeZone, "due": Forms.checkDate, "minutes": Forms.checkMinutes,
            "speaking": Forms.checkSpeakingMinutes,
        ]
        #expect(checks[field]?(value) == reason)
    }

    @Test("Tab and Shift-Tab move between fields and wrap; Enter with an error focuses it")
    func focusMoves() {
        var form = Forms.meeting(nil, defaultTimeZone: "UTC")
        #expect(form.handle(.backTab) == .stay)
        #expect(form.fields[form.focus].id == "status")
        #expect(form.handle(.tab) == .stay)
        #expect(form.fields[form.focus].id == "code")
        #expect(form.handle(.enter) == .stay)
        #expect(form.fields[form.focus].id == "title")
        #expect(form.fields[form.focus].error == "required")
    }

    @Test("choice fields cycle with the arrows and jump by first letter")
    func choices() {
        var form = Forms.meeting(nil, defaultTimeZone: "UTC")
        form.focus = form.fields.firstIndex { $0.id == "level" } ?? 0
        _ = form.handle(.right)
        #expect(form.value("level") == "regional")
        _ = form.handle(.character("n"))
        #expect(form.value("level") == "national")
        _ = form.handle(.left)
        #expect(form.value("level") == "regional")
    }

    @Test("Backspace removes one grapheme, so a CJK name is edited a character at a time")
    func graphemes() {
        var form = Forms.participant(nil)
        form.focus = 1
        for character in "山田太郎" { _ = form.handle(.character(character)) }
        _ = form.handle(.backspace)
        #expect(form.value("given") == "山田太")
    }

    @Test("an edit sends only the fields that changed")
    func editSendsChanges() throws {
        let store = try AppHarness.sampleStore()
        let listing = try store.participant(.id(2))
        var form = Forms.participant(listing)
        form.focus = form.fields.firstIndex { $0.id == "phone" } ?? 0
        for character in "+41 22 730 5111" { _ = form.handle(.character(character)) }
        let draft = Forms.participantDraft(form, isNew: false)
        #expect(draft.phone == "+41 22 730 5111")
        #expect(draft.email == nil && draft.organisation == nil && draft.givenName == nil)
    }

    @Test("config.toml rebinds actions, nested tables name actions with dots, conflicts are reported")
    func config() {
        let config = AppConfig.parse("""
            # my keys
            [keys]
            "participants.add" = ["n", "<Insert>"]
            undo = "U"
            [keys.agenda]
            clauses = ["J"]
            """)
        #expect(config.problems.isEmpty)
        #expect(config.keyOverrides["participants.add"] == ["n", "<Insert>"])
        #expect(config.keyOverrides["undo"] == ["U"])
        let (map, messages) = config.keyMap()
        #expect(map.action(for: .character("n"), in: AppKeys.participants) == "participants.add")
        #expect(map.action(for: .character("U")) == "undo")
        #expect(messages.contains { $0.contains("'agenda.clauses'") && $0.contains("agenda.down") })
    }

    @Test("a broken config file is reported and the default keys stay")
    func brokenConfig() {
        let config = AppConfig.parse("[keys\nundo = ", source: "config.toml")
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.hasPrefix("config.toml:") == true)
        let unknown = AppConfig.parse("[keys]\nfly = [\"f\"]\nundo = [1]").keyMap().1
        #expect(unknown.contains("unknown action 'fly' in key overrides"))
        #expect(unknown.contains { $0.contains("'undo' must be strings") })
    }
}
