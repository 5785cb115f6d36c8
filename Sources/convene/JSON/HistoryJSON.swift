import ConveneCore
import Foundation

/// One entry of `history --json`: the action and every row it changed, the rows as objects
/// with the same snake_case names as the rest of the JSON. A field the history gains is
/// one more property here and one more line in convene(5).
struct HistoryEntryJSON: Encodable {
    var id: Int64
    /// UTC, RFC 3339 (`2027-03-02T08:12:45Z`).
    var at: String
    var summary: String
    /// The operating-system user and host that made the change; null before convene recorded them.
    @Nullable var user: String?
    @Nullable var host: String?
    @Nullable var undoes: Int64?
    @Nullable var undoneBy: Int64?
    var rows: [RowChangeJSON]

    init(_ entry: HistoryEntry) {
        id = entry.id
        at = entry.at
        summary = entry.summary
        user = entry.user
        host = entry.host
        undoes = entry.undoes
        undoneBy = entry.undoneBy
        rows = entry.rows.map(RowChangeJSON.init)
    }
}

/// A row before and after the change: null before an insert and after a delete.
struct RowChangeJSON: Encodable {
    var table: String
    var rowKey: Int64
    @Nullable var before: JSONValue?
    @Nullable var after: JSONValue?

    init(_ change: RowChange) {
        table = SnakeCase.of(change.table)
        rowKey = change.rowKey
        before = change.before.map { Self.row($0, table: change.table) }
        after = change.after.map { Self.row($0, table: change.table) }
    }

    /// Columns that hold JSON text in the database, given as the arrays they are.
    static let jsonColumns: [String: Set<String>] = ["agendaItem": ["documents"], "clause": ["footnotes"], "minutesVersion": ["data"]]
    /// Columns that hold a meeting's local times, given with their offsets as elsewhere.
    static let localTimeColumns: [String: Set<String>] = ["meeting": ["start", "end", "openedAt", "closedAt"]]

    /// A stored row image (a JSON object of its columns) as an object in the JSON vocabulary.
    static func row(_ text: String, table: String) -> JSONValue {
        guard case let .object(columns)? = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
            return .string(text)
        }
        let timeZone: String? = if case let .string(zone)? = columns["timeZone"] { zone } else { nil }
        var converted: [String: JSONValue] = [:]
        for (column, value) in columns {
            var value = value
            if case let .string(text) = value {
                if text.isEmpty {
                    value = .null
                } else if jsonColumns[table]?.contains(column) == true,
                          let decoded = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) {
                    value = decoded
                } else if localTimeColumns[table]?.contains(column) == true, let timeZone {
                    value = .string(Timestamp.rfc3339(local: text, timeZone: timeZone))
                }
            }
            converted[SnakeCase.of(column)] = value
        }
        return .object(converted)
    }
}

/// Any JSON value, for the row images of the history, whose columns differ by table.
enum JSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .number(value): try container.encode(value)
        case let .string(value): try container.encode(value)
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        }
    }
}

/// The database's camelCase names (`agendaItem`, `meetingId`) as the JSON writes them.
enum SnakeCase {
    static func of(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }
}
