/// A JSON object of text, integers and nulls written directly as bytes, exactly as
/// `Output.json` writes it through JSONEncoder (pretty-printed, keys sorted, no escaped
/// slashes, invisible controls escaped): `participant list --json` writes 100,000 of them,
/// and JSONEncoder takes over 100 µs for each. StreamingOutputTests hold the two to the
/// same bytes.
struct FlatJSONObject {
    enum Value {
        /// Text that is always written as a string, even empty.
        case text(String)
        /// Text written as `null` when absent or empty, as `Nullable` encodes it.
        case nullableText(String?)
        case integer(Int64)
        case nullableInteger(Int64?)
    }

    /// snake_case keys, in sorted order, with their values.
    var fields: [(key: String, value: Value)]

    /// Appends the object, its lines indented by `indent` spaces (the first one included).
    func write(into bytes: inout [UInt8], indent: Int) {
        let pad = [UInt8](repeating: 0x20, count: indent)
        bytes += pad
        bytes.append(UInt8(ascii: "{"))
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            bytes += pad
            bytes += [0x20, 0x20, UInt8(ascii: "\"")]
            bytes += field.key.utf8
            bytes += [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20]
            switch field.value {
            case let .text(text): Self.appendString(text, to: &bytes)
            case let .nullableText(text?) where !text.isEmpty: Self.appendString(text, to: &bytes)
            case let .integer(number): bytes += String(number).utf8
            case let .nullableInteger(number?): bytes += String(number).utf8
            case .nullableText, .nullableInteger: bytes += [0x6E, 0x75, 0x6C, 0x6C]  // null
            }
        }
        bytes.append(0x0A)
        bytes += pad
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string as JSONEncoder writes it, with the invisible characters then escaped as
    /// `Output.escapingInvisibleControls` escapes them.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { appendASCII(byte, to: &bytes) }
        } else {
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    appendASCII(UInt8(scalar.value), to: &bytes)
                } else if Self.isInvisible(scalar) {
                    for unit in String(scalar).utf16 { appendEscape(unit, to: &bytes) }
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendASCII(_ byte: UInt8, to bytes: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes += [backslash, byte]
        case 0x08: bytes += [backslash, UInt8(ascii: "b")]
        case 0x0C: bytes += [backslash, UInt8(ascii: "f")]
        case 0x0A: bytes += [backslash, UInt8(ascii: "n")]
        case 0x0D: bytes += [backslash, UInt8(ascii: "r")]
        case 0x09: bytes += [backslash, UInt8(ascii: "t")]
        case 0x00..<0x20, 0x7F: appendEscape(UInt16(byte), to: &bytes)
        default: bytes.append(byte)
        }
    }

    /// `\u` and four lowercase hexadecimal digits.
    private static func appendEscape(_ unit: UInt16, to bytes: inout [UInt8]) {
        bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hexDigits[Int((unit >> UInt16(shift)) & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `Output.isInvisible`, looked up in a table of the Basic Multilingual Plane made once
    /// (a few milliseconds) instead of asking for each scalar's general category again.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x10000 else { return Output.isInvisible(scalar) }
        return invisibleInBMP[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }

    private static let invisibleInBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<UInt32(0x10000) {
            if let scalar = Unicode.Scalar(value), Output.isInvisible(scalar) {
                bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()
}
