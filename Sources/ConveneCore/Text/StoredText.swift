import Foundation

/// The one gate for text that comes from outside as bytes or as free text: a file given to
/// `note --file`, standard input, what `$EDITOR` saved, a value typed in an option or a form.
/// Every stored text is valid UTF-8 without NUL; SQLite and C strings end text at a NUL, so
/// letting one through would store "before" for "before\0after".
///
/// Bytes are decoded when they say what they are (a byte order mark: UTF-8, UTF-16 or UTF-32,
/// either byte order) and must otherwise be UTF-8; anything else is refused with the place
/// where it goes wrong, never cut or guessed at.
public enum StoredText {
    /// Text from bytes. `source` names them for the message (a path, "standard input").
    public static func decode(_ data: Data, source: String, field: Field) throws -> String {
        let bytes = [UInt8](data)
        let text: String
        if let (encoding, bomLength) = byteOrderMark(of: bytes) {
            guard let decoded = String(data: Data(bytes[bomLength...]), encoding: encoding) else {
                throw refusal(source, field, "not valid \(name(of: encoding)) text although it starts with a byte order mark for it")
            }
            text = decoded
        } else {
            if let offset = bytes.firstIndex(of: 0) {
                throw refusal(source, field, "not UTF-8 text (a NUL byte at byte \(offset + 1): UTF-16 without a byte order mark, "
                    + "or not text at all; convert the file with iconv -t UTF-8)")
            }
            if let offset = invalidUTF8Offset(bytes) {
                throw refusal(source, field, "not UTF-8 text (byte \(offset + 1) is not UTF-8; convert the file with iconv -t UTF-8)")
            }
            text = String(decoding: bytes, as: UTF8.self)
        }
        return try check(text, source: source, field: field)
    }

    /// The text itself when it has no NUL; `source` names it for the message (the value, or
    /// where it came from).
    @discardableResult
    public static func check(_ text: String, source: String? = nil, field: Field) throws -> String {
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\0" {
                throw refusal(source ?? "text", field,
                              "not text (a NUL character at character \(offset + 1); convene stores no NUL)")
            }
            offset += 1
        }
        return text
    }

    private static func refusal(_ source: String, _ field: Field, _ reason: String) -> ConveneError {
        .invalid(field: field, value: source, reason: reason)
    }

    /// UTF-32 is checked before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one.
    private static func byteOrderMark(of bytes: [UInt8]) -> (String.Encoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    private static func name(of encoding: String.Encoding) -> String {
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian: "UTF-16"
        case .utf32LittleEndian, .utf32BigEndian: "UTF-32"
        default: "UTF-8"
        }
    }

    /// Where the first byte that is not part of well-formed UTF-8 is, or nil.
    private static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
