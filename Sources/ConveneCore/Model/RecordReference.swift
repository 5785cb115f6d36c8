import Foundation

/// How a caller names the record a store method acts on. The app holds ids and passes
/// `.id`, which only looks up the primary key; the command line passes what the user typed
/// as `.text`, which each kind of record resolves by its own rules (a meeting by id or code,
/// a participant by id or email, an organisation by id, name, short name or ISO code).
public enum RecordReference: Sendable, Hashable, CustomStringConvertible {
    case id(Int64)
    case text(String)

    /// As a user would have typed it, for messages.
    public var description: String {
        switch self {
        case let .id(id): "\(id)"
        case let .text(text): text
        }
    }
}

extension RecordReference {
    /// The primary key named: `.id`, or `.text` that is a number, as users type ids.
    var key: Int64? {
        switch self {
        case let .id(id): id
        case .text: Int64(trimmedText)
        }
    }

    /// The text without surrounding spaces, to look up by code, email or name.
    var trimmedText: String {
        description.trimmingCharacters(in: .whitespaces)
    }
}
