/// Wraps text into lines of at most `width` columns, breaking after spaces where it can and
/// anywhere in CJK text (which has no spaces). Line breaks in the text are kept; control
/// characters are replaced as everywhere else (`SafeText.lines`).
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return SafeText.lines(text).flatMap { wrapLine($0, width: width) }
    }

    static func wrapLine(_ line: String, width: Int) -> [String] {
        var lines: [String] = []
        var current: [Character] = []
        var currentWidth = 0
        var lastSpace: Int?
        for character in line {
            let characterWidth = DisplayWidth.of(character)
            if currentWidth + characterWidth > width, !current.isEmpty {
                if character == " " {
                    lines.append(String(current))
                    current = []
                    currentWidth = 0
                    lastSpace = nil
                    continue
                }
                if let space = lastSpace, space > 0 {
                    lines.append(String(current[..<space]))
                    current = Array(current[(space + 1)...])
                } else {
                    lines.append(String(current))
                    current = []
                }
                currentWidth = DisplayWidth.of(String(current))
                lastSpace = nil
            }
            if character == " " { lastSpace = current.count }
            current.append(character)
            currentWidth += characterWidth
        }
        lines.append(String(current))
        return lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
    }
}
