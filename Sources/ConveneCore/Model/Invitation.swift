import GRDB

public enum InvitationRole: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case chair
    case viceChair = "vice-chair"
    case secretariat, rapporteur, speaker, delegate, observer
}

public enum Reply: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case invited, accepted, tentative, declined
}

public enum Attendance: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case present, remote, apologies, absent
}

/// A participant invited to a meeting, whom they represent, and what happened.
public struct Invitation: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "invitation"

    public var id: Int64?
    public var meetingId: Int64
    public var participantId: Int64
    public var role: InvitationRole
    /// The Member State or body the participant represents.
    public var delegationId: Int64?
    public var reply: Reply
    /// Nil until presence is marked.
    public var attendance: Attendance?

    public init(id: Int64? = nil, meetingId: Int64, participantId: Int64, role: InvitationRole = .delegate,
                delegationId: Int64? = nil, reply: Reply = .invited, attendance: Attendance? = nil) {
        self.id = id
        self.meetingId = meetingId
        self.participantId = participantId
        self.role = role
        self.delegationId = delegationId
        self.reply = reply
        self.attendance = attendance
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// Parses a token such as "vice-chair", naming the field and the allowed values on failure.
    public static func parseToken(_ token: String, field: Field, what: String) throws -> Self {
        if let value = allCases.first(where: { $0.rawValue == token.lowercased() }) { return value }
        throw ConveneError.invalid(
            field: field, value: token,
            reason: "unknown \(what) (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
    }
}
