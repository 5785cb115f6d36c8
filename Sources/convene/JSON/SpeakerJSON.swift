import ConveneCore
import Foundation

/// One speaker of `speaker list --json`: who, on which item, where they stand, how long
/// they spoke and the speaking time in force on the item.
struct SpeakerJSON: Encodable {
    var id: Int64
    var meetingId: Int64
    var itemId: Int64
    var itemNumber: String
    @Nullable var participantId: Int64?
    var name: String
    @Nullable var delegationId: Int64?
    @Nullable var delegation: String?
    var state: SpeakerRow.State
    /// UTC, like the history's times: the floor is given at an instant, not a local time.
    @Nullable var startedAt: String?
    @Nullable var endedAt: String?
    /// How long they spoke, so far for the one speaking.
    @Nullable var seconds: Int?
    /// The budget in force: the item's own, else the meeting's, else 3.
    var speakingMinutes: Int

    init(_ row: SpeakerRow, now: Date) {
        id = row.id
        meetingId = row.meetingId
        itemId = row.itemId
        itemNumber = row.itemNumber
        participantId = row.participantId
        name = row.name
        delegationId = row.delegationId
        delegation = row.delegation
        state = row.state
        startedAt = row.startedAt
        endedAt = row.endedAt
        seconds = row.seconds(now: now)
        speakingMinutes = row.budgetMinutes
    }
}
