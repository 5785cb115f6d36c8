/// How a caller names an agenda item of a meeting: by its current number ("2.1"), which
/// shifts when items are added, moved or removed, or by its stable database id (the `id` of
/// `agenda list --json`), which a script can save and use after a renumbering. Either is
/// looked up within the meeting: the id of another meeting's item names nothing.
public enum AgendaItemReference: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    case number(String)
    case id(Int64)

    public init(stringLiteral number: String) {
        self = .number(number)
    }

    /// Of the two fields that can name an item, the one this reference came from.
    func field(number numberField: Field, id idField: Field) -> Field {
        switch self {
        case .number: numberField
        case .id: idField
        }
    }

    /// As a user would have typed it, for messages.
    public var description: String {
        switch self {
        case let .number(number): number
        case let .id(id): "\(id)"
        }
    }
}

extension AgendaTree {
    /// The entry a reference names. `field` is what names it by number (NUMBER, --parent) and
    /// `idField` what names it by id (--item-id, --parent-id), so a message points at the
    /// option the user typed.
    func require(_ reference: AgendaItemReference, field: Field, idField: Field = .itemId) throws -> Entry {
        switch reference {
        case let .number(number):
            guard let entry = entry(number: number.trimmingCharacters(in: .whitespaces)) else {
                throw ConveneError.unknown(field: field, value: number, reason: "no agenda item numbered")
            }
            return entry
        case let .id(id):
            guard let entry = entry(id: id) else {
                throw ConveneError.unknown(field: idField, value: "\(id)", reason: "no agenda item with id (in this meeting)")
            }
            return entry
        }
    }
}
