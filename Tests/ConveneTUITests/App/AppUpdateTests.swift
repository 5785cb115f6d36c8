import ConveneCore
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneTUI

@Suite("The app's update: keys, forms, undo, quitting")
struct AppUpdateTests {
    @Test("the number keys switch screens and the status line names the screen and the database")
    func switchesScreens() throws {
        var harness = try AppHarness()
        try harness.press("2")
        #expect(harness.app.screen == .participants)
        #expect(harness.lines.last?.contains("Participants") == true)
        #expect(harness.lines.last?.contains("/data/convene.sqlite") == true)
        try harness.press("3")
        #expect(harness.app.screen == .organisations)
        #expect(harness.screen.contains("Afghanistan"))
    }

    @Test("single letters are typed into the filter instead of running their commands")
    func lettersGoIntoTheFilter() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore(), screen: .participants)
        try harness.press("/adq2")
        #expect(harness.app.screen == .participants)
        #expect(harness.app.modal == nil)
        #expect(!harness.app.isFinished)
        #expect(harness.app.participantsList.query == "adq2")
    }

    @Test("the filter narrows as you type, accents folded, and Esc clears it")
    func filterNarrowsAndClears() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore(), screen: .participants)
        try harness.press("/sao")
        #expect(harness.screen.contains("São Tomé"))
        #expect(!harness.screen.contains("Ana Souza"))
        try harness.press("<Enter>")
        #expect(harness.messageLine.contains("filter 'sao': 1 of 4"))
        try harness.press("/<Backspace><Backspace><Backspace>张")
        #expect(harness.screen.contains("张伟"))
        #expect(!harness.screen.contains("São Tomé"))
        try harness.press("<Esc>")
        #expect(harness.app.participantsList.query.isEmpty)
        #expect(harness.screen.contains("Ana Souza") && harness.screen.contains("山田太郎"))
    }

    @Test("adding a participant through the form saves it at once and selects it")
    func addParticipant() throws {
        var harness = try AppHarness(screen: .participants)
        try harness.press("a")
        guard case .form = harness.app.modal else { Issue.record("no form"); return }
        // The organisation field opens its picker on typing; Enter takes the first match.
        try harness.press("<Tab>明<Tab>李<Tab>中国<Enter><Tab><Tab>li.ming@example.org<Enter>")
        #expect(harness.app.modal == nil)
        let listings = try harness.store.participants()
        #expect(listings.map(\.name) == ["李明"])
        #expect(listings.first?.organisation == "China")
        #expect(harness.app.selectedParticipant?.email == "li.ming@example.org")
        #expect(harness.messageLine.contains("participant add"))
    }

    @Test("organisations are edited through the form and deleted after y, unless people belong to them")
    func editAndDeleteOrganisation() throws {
        let store = try Store.inMemory(reference: AppHarness.reference)
        _ = try store.addOrganisation(OrganisationDraft(name: "Geo Services", category: "geospatial-provider"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", organisation: "BRA"))
        var harness = try AppHarness(store: store, screen: .organisations)
        try harness.press("/geo serv<Enter>e<Tab><C-u>GEO<Enter>")
        #expect(harness.app.modal == nil)
        #expect(try harness.store.organisations(OrganisationQuery(filter: "geo services")).first?.shortName == "GEO")
        try harness.press("dy")
        #expect(try harness.store.organisations(OrganisationQuery(filter: "geo services")).isEmpty)
        try harness.press("/<C-u>brazil<Enter>dy")
        #expect(harness.messageLine.contains("Brazil has 1 participant"))
        #expect(try harness.store.organisations(OrganisationQuery(filter: "brazil")).count == 1)
    }

    @Test("an invalid email is shown beside the field and nothing is saved")
    func invalidEmailInline() throws {
        var harness = try AppHarness(screen: .participants)
        try harness.press("a<Tab>Ana<Tab><Tab><Tab><Tab>ana-at-example<Tab>")
        #expect(harness.screen.contains("✗ invalid email address"))
        try harness.press("<Enter>")
        guard case let .form(form) = harness.app.modal else { Issue.record("the form closed"); return }
        #expect(form.fields[form.focus].id == "email")
        #expect(try harness.store.participants().isEmpty)
    }

    @Test("a value the store refuses is reported beside its field")
    func storeErrorBesideField() throws {
        var harness = try AppHarness(screen: .participants)
        _ = try harness.store.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza", email: "ana@example.org"))
        try harness.press("a<Tab>Ana<Tab>Sousa<Tab><Tab><Tab>ana@example.org<Enter>")
        guard case let .form(form) = harness.app.modal else { Issue.record("the form closed"); return }
        #expect(form.field("email")?.error == "another participant already has the email")
        #expect(harness.screen.contains("Email: another participant already has the email"))
        #expect(try harness.store.participants().count == 1)
    }

    @Test("Esc on a form with unsaved edits asks before discarding them")
    func discardAsks() throws {
        var harness = try AppHarness(screen: .participants)
        try harness.press("a<Tab>Ana<Esc>")
        guard case .discard = harness.app.modal else { Issue.record("no question"); return }
        #expect(harness.screen.contains("Discard the changes"))
        try harness.press("n")
        guard case .form = harness.app.modal else { Issue.record("the form was lost"); return }
        try harness.press("<Esc>y")
        #expect(harness.app.modal == nil)
        try harness.press("a<Esc>")
        #expect(harness.app.modal == nil)
    }

    @Test("q goes back from the meeting workspace and quits from the top")
    func quitting() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        try harness.press("<Enter>")
        #expect(harness.app.workspace != nil)
        #expect(harness.screen.contains("Regional dialogue on Resolution 174"))
        try harness.press("q")
        #expect(harness.app.workspace == nil)
        #expect(!harness.app.isFinished)
        try harness.press("q")
        #expect(harness.app.isFinished)
    }

    @Test(":q quits and unknown commands are reported")
    func commandLine() throws {
        var harness = try AppHarness()
        try harness.press(":frobnicate<Enter>")
        #expect(harness.messageLine.contains("unknown command ':frobnicate'"))
        try harness.press(":q<Enter>")
        #expect(harness.app.isFinished)
    }

    @Test("u undoes the last change through the store's history")
    func undo() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store, screen: .participants)
        try harness.press("/ana<Enter>d")
        #expect(harness.screen.contains("Delete participant #2 Ms Ana Souza"))
        try harness.press("y")
        #expect(try store.participants().count == 3)
        #expect(!harness.lines.dropLast(2).joined().contains("Ana Souza"))
        try harness.press("<Esc>u")
        #expect(try store.participants().count == 4)
        #expect(harness.messageLine.contains("Undone: participant remove #2"))
        #expect(harness.screen.contains("Ana Souza"))
        #expect(try store.history(limit: 1).first?.summary.hasPrefix("undo:") == true)
    }

    @Test("deleting a participant offers p to erase their personal data from the history too")
    func deleteWithPurge() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store, screen: .participants)
        try harness.press("/ana<Enter>d")
        #expect(harness.screen.contains("p yes, and erase their contact details and notes from the history"))
        try harness.press("p")
        #expect(try store.participants().count == 3)
        let removal = try #require(try store.history(limit: 1).first)
        #expect(removal.summary.contains("purged"))
    }

    @Test("help lists every binding of the current screen from the live key map")
    func help() throws {
        var map = AppKeys.defaults
        #expect(map.applyOverrides(["participants.add": ["n"]]).isEmpty)
        var harness = try AppHarness(screen: .participants, size: Size(width: 100, height: 60), keyMap: map)
        try harness.press("?")
        let screen = harness.screen
        #expect(screen.split(separator: "\n").contains { $0.contains(" n ") && $0.contains("add a participant") })
        #expect(screen.contains("invite the marked (or selected) to a meeting  (participants.invite)"))
        #expect(screen.contains("undo the last change"))
        #expect(!screen.contains("cycle attendance"))
        try harness.press("<Esc>n")
        guard case .form = harness.app.modal else { Issue.record("the overridden key did not open the form"); return }
    }

    @Test("p cycles attendance, r the reply, and typing a number jumps to that participant")
    func presenceMarking() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab>3")
        #expect(harness.app.workspace?.jump == "3")
        try harness.press("pp")
        let zhang = try store.invitations(meeting: .text("RD-2027")).first { $0.participantId == 3 }
        #expect(zhang?.attendance == .remote)
        try harness.press("1r")
        let yamada = try store.invitations(meeting: .text("RD-2027")).first { $0.participantId == 1 }
        #expect(yamada?.reply == .accepted)
        #expect(harness.app.screen == .meetings)
        #expect(harness.screen.contains("remote"))
    }

    @Test("J, K, > and < move agenda items and the selection follows the item")
    func agendaMoves() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab>jK")
        #expect(try store.agenda(meeting: .text("RD-2027")).items.map(\.title).prefix(2) == ["Approval of the agenda", "Opening of the meeting"])
        #expect(harness.app.selectedAgendaRow?.title == "Approval of the agenda")
        try harness.press("j>")
        #expect(try store.agenda(meeting: .text("RD-2027")).items.map(\.number).prefix(2) == ["1", "1.1"])
        #expect(harness.app.selectedAgendaRow?.number == "1.1")
        try harness.press("<lt>")
        #expect(harness.app.selectedAgendaRow?.number == "2")
        try harness.press("gK")
        #expect(harness.messageLine.contains("already the first"))
    }

    @Test("the clause picker searches the corpus as you type; Space only toggles in the list")
    func clausePicker() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        try harness.press("<Enter><Tab><Tab>c")
        guard case let .clausePicker(picker) = harness.app.modal else { Issue.record("no picker"); return }
        #expect(picker.results.count > 20)
        try harness.press("geospatial information")
        guard case let .clausePicker(narrowed) = harness.app.modal else { Issue.record("picker closed"); return }
        #expect(narrowed.field.text == "geospatial information")
        #expect(!narrowed.results.isEmpty && narrowed.results.count < picker.results.count)
        #expect(narrowed.results.allSatisfy { $0.text.lowercased().contains("geospatial") || $0.key.contains("geospatial") })
        try harness.press("<Enter>")
        #expect(harness.app.modal == nil)
    }

    @Test("E asks for the editor on the item's notes and saves what comes back")
    func notesEditor() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store, environment: ["EDITOR": "true"])
        try harness.press("<Enter><Tab><Tab><Tab>E")
        #expect(harness.performed.contains { if case .editNotes(_, "1", "") = $0 { true } else { false } })
        #expect(harness.messageLine.contains("Notes unchanged"))
        harness.send(.app(.edited(meeting: 1, number: "1", text: "Opened at 09:35 by the chair.\n")))
        #expect(try store.agenda(meeting: .text("RD-2027")).items.first?.notes == "Opened at 09:35 by the chair.")
        #expect(harness.screen.contains("Opened at 09:35 by the chair."))
    }

    @Test("a change made by another connection shows after the next tick")
    func externalChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("convene.sqlite").path
        let mine = try Store.open(path: path, reference: AppHarness.reference)
        var harness = try AppHarness(store: mine, screen: .participants)
        harness.send(.tick)
        #expect(!harness.screen.contains("Souza"))
        let other = try Store.open(path: path, reference: AppHarness.reference)
        _ = try other.addParticipant(ParticipantDraft(givenName: "Ana", familyName: "Souza"))
        harness.send(.tick)
        #expect(harness.screen.contains("Ana Souza"))
        #expect(harness.messageLine.contains("another convene process"))
    }

    @Test(":export minutes FILE writes the summary record and says where")
    func exportMinutes() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        let path = try TestSupport.temporaryFolder(prefix: "export").appendingPathComponent("minutes.md").path
        try harness.press(":export minutes \(path)<Enter>")
        #expect(harness.messageLine.contains("written to"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("summary record"))
        #expect(written.contains("## Action points"))
        try harness.press("5<Enter><Enter>")
        guard case let .prompt(prompt) = harness.app.modal else { Issue.record("no file prompt"); return }
        #expect(prompt.field.text == "R174-RD-1.md", "the agenda's symbol, R174-RD/1, names the file")
    }

    @Test(":export takes --date and --symbol as convene export does, before or after the file")
    func exportChoices() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        let folder = try TestSupport.temporaryFolder(prefix: "export")
        let path = folder.appendingPathComponent("minutes.md").path
        try harness.press(":export minutes --date 2027-03-09 \(path) --symbol=R174-RD/2-E<Enter>")
        #expect(harness.messageLine.contains("written to"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("Document R174-RD/2-E\\\n9 March 2027\\\n"))
        #expect(written.contains("symbol: \"R174-RD/2-E\""))

        try harness.press(":export minutes --date 2027-13-01 \(path)<Enter>")
        #expect(harness.messageLine.contains("2027-13-01"), "\(harness.messageLine)")
        try harness.press(":export minutes --symbol<Enter>")
        #expect(harness.messageLine.contains("usage: :export"))
        try harness.press(":export minutes --lang E \(path)<Enter>")
        #expect(harness.messageLine.contains("usage: :export"))
        try harness.press(":export report --symbol X \(path)<Enter>")
        #expect(harness.messageLine.contains("no document symbol"))
    }

    @Test("the meeting form sets the symbol pattern, checks it inline, and the export file offered follows it")
    func symbolPatternForm() throws {
        let store = try AppHarness.sampleStore()
        let meeting = try store.meeting(.text("RD-2027"))
        var form = Forms.meeting(meeting, defaultTimeZone: "UTC")
        #expect(form.value("pattern") == "")
        form.focus = try #require(form.fields.firstIndex { $0.id == "pattern" })
        for character in "{series}-{n}-E" { _ = form.handle(.character(character)) }
        try store.editMeeting(.id(try #require(meeting.id)), Forms.meetingDraft(form, isNew: false))
        let edited = try store.meeting(.text("RD-2027"))
        #expect(edited.symbolPattern == "{series}-{n}-E")
        #expect(ExportKind.minutes.suggestedFile(meeting: edited) == "R174-RD-2-E.md")
        #expect(Forms.checkSymbolPattern("{series}/{num}") != nil)
        #expect(Forms.checkSymbolPattern("") == nil && Forms.checkSymbolPattern("{series}/{n}-E") == nil)
    }

    @Test("the file offered for an export is the document's symbol, else the meeting's code and the kind")
    func suggestedFiles() {
        var meeting = Meeting(code: "RD-2027", title: "T", start: "2027-03-02T09:30", timeZone: "UTC", symbol: "R174-RD")
        #expect(ExportKind.agenda.suggestedFile(meeting: meeting) == "R174-RD-1.md")
        #expect(ExportKind.minutes.suggestedFile(meeting: meeting) == "R174-RD-2.md")
        #expect(ExportKind.report.suggestedFile(meeting: nil) == "res174-report.md")
        meeting.symbol = nil
        #expect(ExportKind.minutes.suggestedFile(meeting: meeting) == "RD-2027-minutes.md")
        #expect(ExportKind.fileSafe("C17/130(Rev.1)-E") == "C17-130-Rev.1-E")
        #expect(ExportKind.fileSafe("../R 174") == "R-174")
    }

    @Test("every screen and overlay draws at every size within the width and without splitting a wide character, and comes back after a tiny size")
    func anySize() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        let states = ["", "<Enter>", "<Enter><Tab>", "<Enter><Tab><Tab>c", "<Enter><Tab><Tab><Tab>", "2a", "2?", "3/", "4ll", "5<Enter>"]
        let sizes = [(0, 0), (1, 1), (10, 3), (50, 12), (59, 15), (60, 16), (80, 24), (133, 41)]
        var drawn = 0
        for keys in states {
            harness = try AppHarness(store: harness.store)
            try harness.press(keys)
            for (width, height) in sizes {
                harness.resize(width, height)
                let buffer = harness.app.view(size: harness.size)
                #expect(buffer.lines().count == height, "'\(keys)' at \(width)×\(height)")
                #expect(AppHarness.damage(in: buffer) == [], "'\(keys)' at \(width)×\(height):\n\(buffer.text())")
                drawn += 1
            }
        }
        #expect(drawn == states.count * sizes.count)
        harness = try AppHarness(store: harness.store)
        harness.resize(50, 12)
        #expect(harness.screen.contains("Terminal too small"))
        try harness.press("2")
        harness.resize(80, 24)
        #expect(harness.screen.contains("Code") && harness.app.screen == .meetings)
    }
}

@Suite("The item clock in the Minutes tab")
struct ItemClockTests {
    @Test("t starts the clock on the item; elapsed time is shown against the allotted time, then over time")
    func clock() throws {
        var harness = try AppHarness(store: AppHarness.sampleStore())
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        harness.send(.app(.polled(now: start, dataVersion: nil)))
        try harness.press("<Enter><Tab><Tab><Tab>t")
        #expect(harness.screen.contains("⏱ 00:00 of 10:00"))
        harness.send(.app(.polled(now: start.addingTimeInterval(95), dataVersion: nil)))
        #expect(harness.screen.contains("⏱ 01:35 of 10:00"))
        try harness.press("t")
        harness.send(.app(.polled(now: start.addingTimeInterval(300), dataVersion: nil)))
        #expect(harness.screen.contains("⏱ 01:35 of 10:00 (stopped)"))
        try harness.press("t")
        harness.send(.app(.polled(now: start.addingTimeInterval(300 + 600), dataVersion: nil)))
        #expect(harness.screen.contains("⏱ 11:35 of 10:00  over time"))
        try harness.press("j")
        #expect(harness.screen.contains("running on item 1"))
    }
}

@Suite("Stored text on screen")
struct StoredTextTests {
    @Test("control characters in stored notes are drawn as visible stand-ins")
    func controlCharacters() throws {
        let store = try AppHarness.sampleStore()
        try store.setNotes(meeting: .text("RD-2027"), item: "1", .replace("\u{1B}[2Jwiped\u{7} and \u{202E}reversed"))
        var harness = try AppHarness(store: store)
        try harness.press("<Enter><Tab><Tab><Tab>")
        #expect(harness.screen.contains("␛[2Jwiped␇ and �reversed"))
        #expect(!harness.screen.contains("\u{1B}"))
    }
}

@Suite("The screen check used by the size test")
struct ScreenDamageTests {
    @Test("an intact screen with wide characters passes, a lone right half is found")
    func findsDamage() {
        var intact = ScreenBuffer(size: Size(width: 6, height: 1))
        intact.write("张伟ab", at: Point(x: 0, y: 0))
        #expect(AppHarness.damage(in: intact) == [])
        let broken = ScreenBuffer(size: Size(width: 2, height: 1), fill: .continuation(.plain))
        #expect(AppHarness.damage(in: broken).count == 2)
    }
}

@Suite("Changes made by others")
struct ChangedElsewhereTests {
    @Test("a change another organiser makes is reloaded and the notice names them")
    func namesTheAuthor() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-tui-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let mine = try Store.open(path: path, reference: AppHarness.reference)
        var harness = try AppHarness(store: mine, screen: .participants)
        harness.send(.tick)
        let olga = try Store.open(path: path, reference: AppHarness.reference,
                                  options: Store.Options(author: ChangeAuthor(user: "olga", host: "registry-1")))
        _ = try olga.addParticipant(ParticipantDraft(givenName: "Amina", familyName: "Diallo"))
        harness.send(.tick)
        #expect(harness.messageLine.contains("Changed by olga@registry-1: reloaded"))
        #expect(harness.screen.contains("Amina Diallo"))
    }
}
