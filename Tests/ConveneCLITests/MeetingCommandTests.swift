import Foundation
import Testing

@Suite("Meetings, invitations, history and undo on the real binary")
struct MeetingCommandTests {
    @Test("a meeting is planned, participants invited, replies and attendance recorded")
    func meetingFlow() throws {
        let convene = try ConveneProcess()
        let meeting = try convene.ok("meeting", "add", "--title", "Regional dialogue on Resolution 174",
                                     "--start", "2027-03-02T09:30", "--end", "17:30", "--tz", "Europe/Zurich",
                                     "--level", "regional", "--region", "Europe", "--code", "RD-2027", "--symbol", "R174-RD")
        let ana = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza", "--org", "BRA")
        let taro = try convene.ok("participant", "add", "--given", "太郎", "--family", "山田", "--org", "JPN")
        let invited = try convene.succeeded("invite", "RD-2027", ana, taro, "--role", "delegate")
        #expect(invited.stdout.isEmpty)
        #expect(invited.stderr == "invited 2\n")
        #expect(try convene.succeeded("invite", meeting, taro, "--role", "chair").stderr.contains("updated 1"))
        _ = try convene.ok("reply", "RD-2027", ana, "accepted")
        _ = try convene.ok("attend", "RD-2027", taro, "present")

        let shown = try #require(try convene.json("meeting", "show", "RD-2027", "--json") as? [String: Any])
        let details = try #require(shown["meeting"] as? [String: Any])
        #expect(details["end"] as? String == "2027-03-02T17:30:00+01:00")
        #expect(details["time_zone"] as? String == "Europe/Zurich")
        let invitations = try #require(shown["invitations"] as? [[String: Any]])
        #expect(invitations.count == 2)
        let taroInvitation = try #require(invitations.first { $0["name"] as? String == "山田太郎" })
        #expect(taroInvitation["role"] as? String == "chair")
        #expect(taroInvitation["attendance"] as? String == "present")
        #expect(taroInvitation["delegation"] as? String == "Japan")

        let list = try #require(try convene.json("meeting", "list", "--json") as? [[String: Any]])
        #expect(list.first?["invited"] as? Int == 2)
        #expect(list.first?["accepted"] as? Int == 1)
        #expect(list.first?["code"] as? String == "RD-2027")
    }

    @Test("undo reverts the last change and history lists what changed")
    func undoAndHistory() throws {
        let convene = try ConveneProcess()
        let id = try convene.ok("participant", "add", "--given", "Ana", "--family", "Souza")
        _ = try convene.ok("participant", "edit", id, "--family", "Sousa")
        let history = try convene.ok("history", "--limit", "1")
        #expect(history.contains("participant edit"))
        #expect(history.contains("familyName: Souza → Sousa"))
        let undone = try convene.succeeded("undo")
        #expect(undone.stdout.isEmpty)
        #expect(undone.stderr.contains("undone: participant edit"))
        #expect(try convene.ok("participant", "show", id).contains("Ana Souza"))
        _ = try convene.ok("undo")
        let nothing = try convene.run("undo")
        #expect(nothing.status == 6)
        #expect(nothing.stderr == "convene: nothing to undo\n")
        let entries = try #require(try convene.json("history", "--json") as? [[String: Any]])
        #expect(entries.count == 4)
    }

    @Test("with no arguments and no terminal convene says why and exits 2; --version prints the version")
    func noArguments() throws {
        let convene = try ConveneProcess()
        let result = try convene.run()
        #expect(result.status == 2)
        #expect(result.stderr.contains("convene needs an interactive terminal: standard input is not a terminal"))
        #expect(result.stdout.isEmpty)
        #expect(try convene.ok("--version").first?.isNumber == true)
        #expect(try convene.ok("--help").contains("participant"))
    }
}
