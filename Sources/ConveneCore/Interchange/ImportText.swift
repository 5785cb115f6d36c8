import Foundation

/// The checks of a cell, on its UTF-8 bytes: an import checks a million cells, and
/// Foundation's trimming and Unicode property look-ups per cell cost seconds.
enum ImportText {
    /// Without surrounding white space; nearly every cell has none, and is returned as it is.
    static func trimmed(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last else { return cell }
        if !mayBeWhiteSpace(first), !mayBeWhiteSpace(last) { return cell }
        return cell.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// False for a scalar `trimmingCharacters(in: .whitespacesAndNewlines)` certainly keeps:
    /// printable ASCII, and any other scalar that is neither white space nor a separator.
    /// Names in Chinese, Arabic or with diacritics end in such letters.
    private static func mayBeWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Printable ASCII; Latin, Greek, Cyrillic, Hebrew, Arabic, Indic letters; CJK and Hangul.
        case 0x21..<0x7F, 0xA1..<0x1680, 0x3001..<0xFEFF: return false
        case 0..<0xA1: return true
        default:
            let properties = scalar.properties
            switch properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return true
            default: return properties.isWhitespace
            }
        }
    }

    /// `lowercased()`, returning the text itself (no copy) when it has no capital: nearly
    /// every email address.
    static func lowercased(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return text }
        return text.lowercased()
    }

    /// `FieldValidation.email` for a trimmed cell, the same rules on ASCII bytes; other
    /// addresses go to it.
    static func email(_ cell: String) throws -> String {
        let bytes = Array(cell.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return try FieldValidation.email(cell) }
        let at = UInt8(ascii: "@"), dot = UInt8(ascii: ".")
        let forbidden = Set("<>(),;:\\\"[] ".utf8)
        let parts = bytes.split(separator: at, omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(dot)
            && parts[1].first != dot && parts[1].last != dot
            && !zip(parts[1], parts[1].dropFirst()).contains { $0 == dot && $1 == dot }
            && !bytes.contains { $0 < 0x20 || $0 == 0x7F || forbidden.contains($0) }
        guard valid else { throw ConveneError.invalid(field: .email, value: cell, reason: "invalid email address") }
        return cell
    }

    /// `FieldValidation.singleLine` for a trimmed cell: refuses control characters (C0, DEL
    /// and C1, which UTF-8 writes as C2 80 to C2 9F).
    static func singleLine(_ cell: String, field: Field) throws -> String {
        var previous: UInt8 = 0
        for byte in cell.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                throw ConveneError.invalid(field: field, value: cell.debugDescription, reason: "control characters are not allowed")
            }
            previous = byte
        }
        return cell
    }
}
