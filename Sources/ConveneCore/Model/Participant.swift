import GRDB

/// A person in the directory. Either name may be empty; CJK names are shown family name first.
public struct Participant: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "participant"

    public var id: Int64?
    public var honorific: String?
    public var givenName: String
    public var familyName: String
    public var organisationId: Int64?
    public var function: String?
    public var email: String?
    public var phone: String?
    /// ISO 3166-1 alpha-3 code.
    public var country: String?
    public var notes: String?
    /// The name in Latin script, for English documents, when the name is written in another.
    public var latinName: String?

    public init(id: Int64? = nil, honorific: String? = nil, givenName: String, familyName: String,
                organisationId: Int64? = nil, function: String? = nil, email: String? = nil,
                phone: String? = nil, country: String? = nil, notes: String? = nil, latinName: String? = nil) {
        self.id = id
        self.honorific = honorific
        self.givenName = givenName
        self.familyName = familyName
        self.organisationId = organisationId
        self.function = function
        self.email = email
        self.phone = phone
        self.country = country
        self.notes = notes
        self.latinName = latinName
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The columns, with the search key computed from the fields being written: every
    /// insert and update through this type keeps the stored key up to date.
    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["honorific"] = honorific
        container["givenName"] = givenName
        container["familyName"] = familyName
        container["organisationId"] = organisationId
        container["function"] = function
        container["email"] = email
        container["phone"] = phone
        container["country"] = country
        container["notes"] = notes
        container["latinName"] = latinName
        container[SearchKey.column] = searchKey
    }

    /// The folded text the directory filter searches in this participant's own fields.
    public var searchKey: String {
        SearchKey.participant(honorific: honorific, givenName: givenName, familyName: familyName,
                              email: email, function: function, latinName: latinName)
    }

    /// "Ms Ana Souza", or "山田太郎" for names written in CJK script.
    public var displayName: String {
        PersonName.display(honorific: honorific, given: givenName, family: familyName)
    }
}

public enum PersonName {
    /// A person as English documents name them: the honorific (kept whatever the script),
    /// the name in Latin script, then the name in its own script in brackets:
    /// "Ms Fatima El-Sayed (فاطمة السيد)". Every export names people through this function.
    public static func inRecord(honorific: String?, given: String, family: String, latinName: String?) -> String {
        let own = display(honorific: nil, given: given, family: family)
        let latin = latinName.flatMap { $0.isEmpty || $0 == own ? nil : $0 }
        let name = latin.map { "\($0) (\(own))" } ?? own
        return [honorific ?? "", name].filter { !$0.isEmpty }.joined(separator: " ")
    }

    public static func display(honorific: String?, given: String, family: String) -> String {
        if isCJK(given) || isCJK(family) {
            return family + given
        }
        return [honorific ?? "", given, family].filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
                return true
            default:
                return false
            }
        }
    }
}
