import Foundation

/// The encodings an RFC 5322 message needs for UTF-8 text: encoded words (RFC 2047) in
/// headers, quoted-printable and base64 (RFC 2045) in bodies.
enum MailEncoding {
    /// A header value: as it is when printable ASCII, else as `=?UTF-8?B?…?=` words of at
    /// most 75 characters, each holding whole characters, separated by folding white space.
    static func headerText(_ text: String) -> String {
        let clean = text.filter { !$0.isNewline }
        if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return clean }
        var words: [String] = []
        var chunk = Data()
        // 75 - "=?UTF-8?B?" - "?=" = 63 base64 characters, which hold 45 bytes.
        for character in clean {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// "Name <address>", the name quoted or encoded as its characters need.
    static func mailbox(name: String, email: String) -> String {
        let name = name.filter { !$0.isNewline }
        guard !name.isEmpty else { return "<\(email)>" }
        if name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(email)>"
        }
        return "\(headerText(name)) <\(email)>"
    }

    /// Quoted-printable of UTF-8 text with CRLF line ends: lines of at most 76 characters,
    /// `=` and non-ASCII bytes as `=XX`, trailing white space encoded, and "From " at a
    /// line's start encoded too, so that no mailbox reader mistakes it for a new message.
    static func quotedPrintable(_ text: String) -> String {
        var output = ""
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var encoded = ""
            var length = 0
            let bytes = Array(line.utf8)
            for (position, byte) in bytes.enumerated() {
                let isLast = position == bytes.count - 1
                var piece: String
                if byte == UInt8(ascii: "=") || byte >= 0x7F || (byte < 0x20 && byte != 9)
                    || (isLast && (byte == 32 || byte == 9))
                    || (position == 0 && byte == UInt8(ascii: "F") && line.hasPrefix("From ")) {
                    piece = String(format: "=%02X", byte)
                } else {
                    piece = String(UnicodeScalar(byte))
                }
                if length + piece.count > 75 {
                    encoded += "=\r\n"
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            output += encoded
            if index < lines.count - 1 { output += "\r\n" }
        }
        return output
    }

    /// Base64 in lines of 76 characters.
    static func base64Lines(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }
}
