import Foundation
import Testing

/// The meeting day in a real terminal (tmux, 80×24): a presenter picked by typing part of a
/// name, and an overdue action point marked done from the Actions screen.
@Suite("The meeting day in tmux", .serialized)
struct MeetingDayTerminalTests {
    @Test("pick a presenter by part of a name; mark an overdue action done on the Actions screen",
          .enabled(if: TerminalAppTests.tmuxAvailable))
    func meetingDay() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        for arguments in [
            ["participant", "add", "--given", "Kwame", "--family", "Mensah", "--org", "Ghana"],
            ["participant", "add", "--given", "伟", "--family", "张", "--org", "中国"],
            ["participant", "add", "--given", "ليلى", "--family", "حداد", "--org", "Egypt"],
            ["meeting", "add", "--title", "Regional dialogue", "--start", "2027-03-02T09:30", "--tz", "UTC", "--code", "RD"],
            ["invite", "RD", "Mensah", "张伟", "حداد"],
            ["agenda", "add", "RD", "--title", "Opening of the meeting", "--minutes", "10"],
            ["action", "add", "RD", "--text", "Circulate the regional report", "--owner", "حداد", "--item", "1", "--due", "2001-01-15"],
        ] {
            _ = try convene.ok(arguments)
        }
        let statusFile = convene.home.appendingPathComponent("status")
        let tmux = TmuxSession(environment: convene.environment, folder: convene.home)
        defer { tmux.kill() }
        try tmux.start("\(ConveneProcess.binary.path); echo $? > \(statusFile.path)", width: 80, height: 24)

        try tmux.waitFor("1 meeting")
        try tmux.press("Enter")
        try tmux.waitFor("Regional dialogue")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.waitFor("Opening of the meeting")
        try tmux.type("e")
        try tmux.waitFor("Edit item 1")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("mens")
        try tmux.waitFor("Presenter: which participant?")
        try tmux.waitFor("1 of 3")
        try tmux.press("Enter")
        try tmux.waitFor("Kwame Mensah (Ghana)")
        try tmux.press("Enter")
        try tmux.waitFor("Saved")

        // A speakers' list with two speakers: a delegation, then a participant; each gets the floor.
        try tmux.press("Tab")
        try tmux.waitFor("t starts the clock")
        try tmux.type("s")
        try tmux.waitFor("Speaker under item 1")
        try tmux.type("ghana")
        try tmux.waitFor("Speaker: which delegation or participant?")
        try tmux.press("Enter")
        try tmux.waitUntil("the picker to close") { !$0.contains("which delegation or participant?") }
        try tmux.press("Enter")
        try tmux.waitFor("Saved: speaker add Ghana")
        try tmux.type("s")
        try tmux.waitFor("Speaker under item 1")
        try tmux.type("حداد")
        try tmux.waitFor("Speaker: which delegation or participant?")
        try tmux.press("Enter")
        try tmux.waitUntil("the picker to close") { !$0.contains("which delegation or participant?") }
        try tmux.press("Enter")
        try tmux.waitFor("Saved: speaker add")
        try tmux.type("n")
        try tmux.waitFor("The floor: Ghana")
        try tmux.type("n")
        try tmux.waitFor("The floor: ليلى حداد")
        try tmux.type("n")
        try tmux.waitFor("is done")
        try tmux.type("q")
        try tmux.waitFor("1 meeting")

        try tmux.type("6")
        try tmux.waitFor("OVERDUE")
        try tmux.type("x")
        try tmux.waitFor("Saved: action done #1")
        try tmux.type("q")
        try tmux.waitUntil("the app to exit and its status to be written") { _ in
            FileManager.default.fileExists(atPath: statusFile.path)
        }

        let agenda = try #require(try convene.json("agenda", "list", "RD", "--json") as? [[String: Any]])
        #expect(agenda.first?["presenter_id"] as? Int == 1)
        let minutes = try convene.ok("export", "minutes", "RD", "--date", "2027-03-04", "-o", "-")
        #expect(minutes.contains("Statements were made by the delegations of Ghana and Egypt."), "\(minutes)")
        let actions = try #require(try convene.json("action", "list", "--json") as? [[String: Any]])
        #expect(actions.first?["status"] as? String == "done")
    }
}
