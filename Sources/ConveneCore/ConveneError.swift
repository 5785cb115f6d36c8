import Foundation

/// Every failure a user can cause, with a sentence written for them.
public enum ConveneError: Error, Equatable, CustomStringConvertible {
    /// Input that fails validation: names the field and the value.
    case invalid(field: Field, value: String, reason: String)
    /// Values the input lacks and the user must give: `reason` says why they are needed.
    case missing(fields: [Field], reason: String)
    /// A reference (id, code, name) that matches nothing.
    case notFound(kind: String, reference: String)
    /// A reference that matches more than one record.
    case ambiguous(kind: String, reference: String, candidates: [String])
    /// The database file cannot be used; it has not been modified.
    case unusableDatabase(path: String, reason: String)
    /// Another convene held the write lock for longer than the busy timeout: try again.
    case busy(path: String)
    /// Shipped reference data could not be found or read.
    case missingData(String)
    /// Anything else worth a sentence (nothing to undo, impossible move, ...).
    case refused(String)

    /// The sentence with an invalid value's field named in words.
    public var description: String {
        message(naming: \.label)
    }

    /// The sentence, naming an invalid value's field as `name` says it: the command line says
    /// `--given`, where the app says "given name".
    public func message(naming name: (Field) -> String) -> String {
        switch self {
        case let .invalid(field, value, reason):
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
