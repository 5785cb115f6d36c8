extension MarkdownText {
    /// A front matter value: always a double-quoted YAML string, on one line, lossless.
    ///
    /// Unlike document text, nothing is dropped or replaced: front matter is data for
    /// tools, and YAML can spell every character. Line breaks become `\n` (so a value can
    /// never end the front matter with a `---` line), and characters YAML does not allow
    /// raw (control characters, U+FEFF, U+FFFE, U+FFFF) use YAML's escape sequences.
    public static func yamlScalar(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\0": quoted += "\\0"
            case "\t": quoted += "\\t"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\u{85}": quoted += "\\N"
            case "\u{2028}": quoted += "\\L"
            case "\u{2029}": quoted += "\\P"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F:
                    quoted += "\\x" + hexDigits(scalar.value, width: 2)
                case 0xFEFF, 0xFFFE, 0xFFFF:
                    quoted += "\\u" + hexDigits(scalar.value, width: 4)
                default:
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    private static func hexDigits(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
