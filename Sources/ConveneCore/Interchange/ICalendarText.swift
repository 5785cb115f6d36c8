import Foundation

/// Content lines of RFC 5545: TEXT escaping, parameter quoting, folding at 75 octets and
/// CRLF line ends.
public struct ICalendarText {
    public private(set) var text = ""

    public init() {}

    /// Appends `NAME;PARAMS:value` (value already escaped where it is TEXT), folded.
    public mutating func line(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        var line = name
        for (parameter, value) in parameters { line += ";\(parameter)=\(Self.parameterValue(value))" }
        line += ":" + value
        text += Self.folded(line)
    }

    /// `line` with a TEXT value, escaped.
    public mutating func textLine(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        line(name, Self.escaped(value), parameters: parameters)
    }

    /// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped.
    public static func escaped(_ value: String) -> String {
        var escaped = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": if !previousWasCR { escaped += "\\n" }
            case "\r": escaped += "\\n"
            default:
                // Other controls are not allowed in a content line.
                if scalar.properties.generalCategory != .control || scalar == "\t" { escaped.unicodeScalars.append(scalar) }
            }
            previousWasCR = scalar == "\r"
        }
        return escaped
    }

    /// A parameter value, quoted when it holds `:`, `;` or `,`; a double quote, which no
    /// parameter value may hold, becomes an apostrophe, and controls are dropped.
    static func parameterValue(_ value: String) -> String {
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.compactMap { scalar in
            if scalar == "\"" { return "'" }
            return scalar.properties.generalCategory == .control ? nil : scalar
        }))
        return cleaned.contains(where: { ":;,".contains($0) }) ? "\"\(cleaned)\"" : cleaned
    }

    /// Lines longer than 75 octets go on in continuation lines starting with a space, cut
    /// between UTF-8 sequences, never inside one.
    static func folded(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            // Step back to the first byte of a sequence (continuation bytes are 10xxxxxx).
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            result += bytes[start..<end]
            result += [13, 10, 32]
            start = end
            limit = 74
        }
        result += bytes[start...]
        result += [13, 10]
        return String(decoding: result, as: UTF8.self)
    }

    /// "2027-03-02T09:30" → "20270302T093000".
    public static func localDateTime(_ local: String) -> String {
        local.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "00"
    }

    /// A UTC time as `DTSTAMP` writes it: "20270302T083000Z".
    public static func utcDateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
