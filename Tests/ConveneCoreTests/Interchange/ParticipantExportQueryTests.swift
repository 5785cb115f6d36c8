import ConveneTestSupport
import GRDB
import Testing
@testable import ConveneCore

/// The directory export once joined the invitations with `LEFT JOIN … ON 0`, and SQLite then
/// scanned every invitation for every participant: minutes on a database with many meetings.
/// Its query plan must not touch the invitations; a meeting's must look them up by index.
@Suite("The participants CSV export reads the invitations only for a meeting")
struct ParticipantExportQueryTests {
    private func plan(_ sql: String, _ arguments: StatementArguments) throws -> [String] {
        let store = try TestSupport.memoryStore()
        return try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String? ?? "" }
        }
    }

    @Test("the directory export does not read the invitation table")
    func directoryPlan() throws {
        let steps = try plan(Store.participantsCSVQuery(forMeeting: false), [])
        #expect(!steps.isEmpty)
        #expect(!steps.contains { $0.contains("invitation") }, "\(steps)")
    }

    @Test("a meeting's export finds its invitations through an index, never by scanning them")
    func meetingPlan() throws {
        let steps = try plan(Store.participantsCSVQuery(forMeeting: true), [1])
        let invitationSteps = steps.filter { $0.contains("invitation") }
        #expect(!invitationSteps.isEmpty, "\(steps)")
        #expect(invitationSteps.allSatisfy { $0.contains("USING") && $0.contains("INDEX") }, "\(steps)")
    }
}
