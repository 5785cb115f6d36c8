import Foundation
import GRDB

/// Checks of single user-typed values, shared by the CLI and the terminal UI's forms.
public enum FieldValidation {
    /// Trims and turns "" into nil, for optional text fields.
    public static func optionalText(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static let forbiddenInEmail = CharacterSet.whitespacesAndNewlines
        .union(.controlCharacters).union(CharacterSet(charactersIn: "<>(),;:\\\"[]"))

    /// A pragmatic address check: one @, a non-empty local part, a dotted domain, no spaces.
    public static func email(_ text: String, field: Field = .email) throws -> String {
        let email = text.trimmingCharacters(in: .whitespaces)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2
            && !parts[0].isEmpty
            && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !parts[1].contains("..")
            && email.rangeOfCharacter(from: forbiddenInEmail) == nil
        guard valid else { throw ConveneError.invalid(field: field, value: text, reason: "invalid email address") }
        return email
    }

    /// An ISO 3166-1 code (alpha-3, or alpha-2 for convenience) known to the database → alpha-3.
    public static func country(_ code: String, field: Field = .country, _ db: Database) throws -> String {
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        let column = upper.count == 2 ? "alpha2" : "alpha3"
        let byCode = (upper.count == 2 || upper.count == 3)
            ? try String.fetchOne(db, sql: "SELECT alpha3 FROM country WHERE \(column) = ?", arguments: [upper]) : nil
        guard let alpha3 = try byCode ?? NameLookup.country(named: code, db) else {
            throw ConveneError.invalid(field: field, value: code, reason: "unknown country code")
        }
        return alpha3
    }

    public static func timeZone(_ identifier: String, field: Field = .timeZone) throws -> String {
        guard TimeZone(identifier: identifier) != nil, identifier.contains("/") || identifier == "UTC" || identifier == "GMT" else {
            throw ConveneError.invalid(field: field, value: identifier, reason: "unknown time zone (use an IANA name such as Europe/Zurich)")
        }
        return identifier
    }

    /// Text for names and titles: no control characters except in notes.
    public static func singleLine(_ text: String, field: Field) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ConveneError.invalid(field: field, value: text.debugDescription, reason: "control characters are not allowed")
        }
        return trimmed
    }
}

extension FieldValidation {
    /// An online meeting link: an http(s) URL with a host.
    public static func link(_ text: String, field: Field = .onlineLink) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", url.host?.isEmpty == false else {
            throw ConveneError.invalid(field: field, value: text, reason: "invalid link (expected an https:// URL)")
        }
        return trimmed
    }
}
