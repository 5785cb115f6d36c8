import Foundation

/// Every failure a user can cause, with a sentence written for them. The cases are the kinds
/// a script can tell apart: the command line gives each kind its own exit status.
public enum ConveneError: Error, Equatable, CustomStringConvertible {
    /// Input that fails validation: names the field and the value.
    case invalid(field: Field, value: String, reason: String)
    /// Values the input lacks and the user must give: `reason` says why they are needed.
    case missing(fields: [Field], reason: String)
    /// A reference (id, code, name) that matches nothing.
    case notFound(kind: String, reference: String)
    /// A value that names a record which does not exist: an unknown participant for --owner,
    /// no agenda item numbered 7. Names the field and the value, as `invalid` does.
    case unknown(field: Field, value: String, reason: String)
    /// A reference that matches more than one record.
    case ambiguous(kind: String, reference: String, candidates: [String])
    /// A value another record already has where it must be unique (an email, a meeting code).
    case duplicate(field: Field, value: String, reason: String)
    /// A file that cannot be read or written: names the field it was given for and its path.
    case fileFailure(field: Field, path: String, reason: String)
    /// The database file cannot be used; it has not been modified.
    case unusableDatabase(path: String, reason: String)
    /// Another convene held the write lock for longer than the busy timeout: try again.
    case busy(path: String)
    /// Shipped reference data could not be found or read.
    case missingData(String)
    /// An action the data refuses (nothing to undo, impossible move, minutes already approved).
    case refused(String)

    /// The sentence with an invalid value's field named in words.
    public var description: String {
        message(naming: \.label)
    }

    /// The field a failure is about and why, for a form that shows it beside the field.
    public var fieldFailure: (field: Field, reason: String)? {
        switch self {
        case let .invalid(field, _, reason), let .unknown(field, _, reason), let .duplicate(field, _, reason),
             let .fileFailure(field, _, reason):
            (field, reason)
        default:
            nil
        }
    }

    /// The sentence, naming an invalid value's field as `name` says it: the command line says
    /// `--given`, where the app says "given name".
    public func message(naming name: (Field) -> String) -> String {
        switch self {
        case let .invalid(field, value, reason), let .unknown(field, value, reason), let .duplicate(field, value, reason),
             let .fileFailure(field, value, reason):
            if case .invalid = self, field.namesFileContent { return "\(value): \(reason)" }
            // A parenthesised hint at the end of the reason reads better after the value.
            if reason.hasSuffix(")"), let open = reason.range(of: " (") {
                return "\(reason[..<open.lowerBound]) '\(value)' for \(name(field))\(reason[open.lowerBound...])"
            }
            return "\(reason) '\(value)' for \(name(field))"
        case let .missing(fields, reason):
            return "\(reason); give \(Self.listed(fields.map(name)))"
        case let .notFound(kind, reference):
            return "no \(kind) '\(reference)'"
        case let .ambiguous(kind, reference, candidates):
            return "'\(reference)' matches several \(kind)s: \(candidates.joined(separator: ", "))"
        case let .unusableDatabase(path, reason):
            return "cannot use database \(path): \(reason) (the file was not changed)"
        case let .busy(path):
            return "the database \(path) is busy: another convene is writing to it; try again"
        case let .missingData(message):
            return message
        case let .refused(message):
            return message
        }
    }

    /// "a, b and c".
    private static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
