import ConveneCore

/// One version of `minutes versions --json`: a frozen approval, revision or corrigendum.
struct MinutesVersionJSON: Encodable {
    var id: Int64
    var meetingId: Int64
    @Nullable var meetingCode: String?
    var meetingTitle: String
    /// 1, 2, … within the meeting, as `export minutes --version` and `minutes diff` take it.
    var number: Int
    var kind: MinutesVersionKind
    /// "Summary record", "Revision 1", "Corrigendum 1".
    var title: String
    /// 1 for Rev.1; null for the first approval and corrigenda.
    @Nullable var revision: Int?
    /// 1 for Corrigendum 1; null for approvals and revisions.
    @Nullable var corrigendum: Int?
    @Nullable var symbol: String?
    /// The day the meeting approved it, or the corrigendum's date.
    var date: String
    /// When it was frozen (UTC).
    var createdAt: String
    /// A corrigendum's text; a revision's reason.
    @Nullable var note: String?
    @Nullable var reopenedAt: String?
    @Nullable var reopenReason: String?

    /// The versions of one meeting, numbering revisions and corrigenda as they were issued.
    static func list(_ versions: [MinutesVersion], of meeting: Meeting) -> [MinutesVersionJSON] {
        var revisions = 0, corrigenda = 0
        return versions.map { version in
            var revision: Int?, corrigendum: Int?
            switch version.kind {
            case .approval: corrigenda = 0
            case .revision:
                revisions += 1
                corrigenda = 0
                revision = revisions
            case .corrigendum:
                corrigenda += 1
                corrigendum = corrigenda
            }
            let title = revision.map { "Revision \($0)" } ?? corrigendum.map { "Corrigendum \($0)" } ?? "Summary record"
            return MinutesVersionJSON(
                id: version.id ?? 0, meetingId: version.meetingId, meetingCode: meeting.code, meetingTitle: meeting.title,
                number: version.number, kind: version.kind, title: title, revision: revision, corrigendum: corrigendum,
                symbol: version.symbol, date: version.approvedOn, createdAt: version.createdAt, note: version.note,
                reopenedAt: version.reopenedAt, reopenReason: version.reopenReason)
        }
    }
}
