/// Wraps text into lines of at most `width` columns, breaking after spaces where it can and
/// anywhere in CJK text (which has no spaces). Line breaks in the text are kept; control
/// characters are replaced as everywhere else (`SafeText.walkLines`).
///
/// The text is read once, front to back, and only until `limit` lines are made: a screen that
/// shows the first twenty lines of a megabyte of notes does twenty lines of work.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var wrapper = LineWrapper(width: width)
        SafeText.walkLines(text) { piece in
            switch piece {
            case let .text(safe, _):
                for character in safe { wrapper.add(character) }
            case .lineBreak:
                wrapper.endLine()
            }
            return wrapper.lines.count < limit
        }
        if wrapper.lines.count < limit { wrapper.endLine() }
        return wrapper.lines
    }

    /// One wrapped line at a time: the characters of the current line, and where its last
    /// space is, so that a word that does not fit moves to the next line whole.
    struct LineWrapper {
        let width: Int
        private(set) var lines: [String] = []
        private var current: [Character] = []
        private var currentWidth = 0
        private var lastSpace: Int?

        init(width: Int) {
            self.width = width
        }

        mutating func add(_ character: Character) {
            let characterWidth = DisplayWidth.of(character)
            if currentWidth + characterWidth > width, !current.isEmpty {
                if character == " " {
                    finish(current[...])
                    current = []
                    currentWidth = 0
                    lastSpace = nil
                    return
                }
                if let space = lastSpace, space > 0 {
                    finish(current[..<space])
                    current = Array(current[(space + 1)...])
                } else {
                    finish(current[...])
                    current = []
                }
                currentWidth = current.reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
            }
            if character == " " { lastSpace = current.count }
            current.append(character)
            currentWidth += characterWidth
        }

        mutating func endLine() {
            finish(current[...])
            current = []
            currentWidth = 0
            lastSpace = nil
        }

        private mutating func finish(_ line: ArraySlice<Character>) {
            var end = line.endIndex
            while end > line.startIndex, line[end - 1] == " " { end -= 1 }
            lines.append(String(line[line.startIndex..<end]))
        }
    }
}
