import ConveneCore

/// Approved minutes lock the record. The store refuses every change to it, but a form or the
/// editor opened first would let the user type text that is then refused; so the keys that
/// open them say so at once instead.
extension Workspace {
    /// The lock's notice when the meeting's minutes are approved, else nil.
    static func approvedRecordNotice(_ data: WorkspaceData) -> Outcome? {
        guard data.meeting.minutesStatus == .approved,
              let notice = RecordLock.appNotice(RecordLock.refusal(data.meeting)) else { return nil }
        return .say(notice, error: true)
    }
}
