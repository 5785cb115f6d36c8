/// Recognisers for the CommonMark and GFM block starts that matter when rewriting user
/// notes. Each looks at a `NotesLine` at `position`, the first non-blank scalar, and
/// callers have already checked that it is indented by at most three columns.
enum NotesBlockStart {
    struct Fence: Equatable {
        var character: Unicode.Scalar
        var length: Int

        var closingLine: String { String(repeating: String(character), count: length) }
    }

    enum ListMarkerKind: Equatable {
        case bullet(Unicode.Scalar)
        case ordered(delimiter: Unicode.Scalar)
    }

    struct ListMarker: Equatable {
        var kind: ListMarkerKind
        var length: Int
        var startsWithOne: Bool
    }

    /// The level and the index just past the `#`s of an ATX heading.
    static func atxHeading(_ line: NotesLine, at position: Int) -> (level: Int, end: Int)? {
        var end = position
        while line.scalar(at: end) == "#" { end += 1 }
        let level = end - position
        guard (1...6).contains(level) else { return nil }
        guard let next = line.scalar(at: end) else { return (level, end) }
        return next == " " || next == "\t" ? (level, end) : nil
    }

    static func fenceOpening(_ line: NotesLine, at position: Int) -> Fence? {
        guard let character = line.scalar(at: position), character == "`" || character == "~" else { return nil }
        let length = runLength(of: character, in: line, from: position)
        guard length >= 3 else { return nil }
        if character == "`", line.scalars[(position + length)...].contains("`") { return nil }
        return Fence(character: character, length: length)
    }

    static func isFenceClosing(_ line: NotesLine, at position: Int, for fence: Fence) -> Bool {
        let length = runLength(of: fence.character, in: line, from: position)
        return length >= fence.length && isBlank(line, from: position + length)
    }

    /// 1 for a `===` underline, 2 for a `---` underline.
    static func setextUnderlineLevel(_ line: NotesLine, at position: Int) -> Int? {
        guard let character = line.scalar(at: position), character == "=" || character == "-" else { return nil }
        let length = runLength(of: character, in: line, from: position)
        guard isBlank(line, from: position + length) else { return nil }
        return character == "=" ? 1 : 2
    }

    static func isThematicBreak(_ line: NotesLine, at position: Int) -> Bool {
        guard let character = line.scalar(at: position), character == "-" || character == "*" || character == "_" else {
            return false
        }
        var count = 0
        for scalar in line.scalars[position...] {
            if scalar == character {
                count += 1
            } else if scalar != " " && scalar != "\t" {
                return false
            }
        }
        return count >= 3
    }

    static func listMarker(_ line: NotesLine, at position: Int) -> ListMarker? {
        guard let first = line.scalar(at: position) else { return nil }
        var marker: ListMarker
        if first == "-" || first == "+" || first == "*" {
            marker = ListMarker(kind: .bullet(first), length: 1, startsWithOne: false)
        } else {
            var end = position
            var number = 0
            while let scalar = line.scalar(at: end), MarkdownText.isASCIIDigit(scalar), end - position < 10 {
                number = number * 10 + Int(scalar.value - 48)
                end += 1
            }
            let digits = end - position
            guard (1...9).contains(digits), let delimiter = line.scalar(at: end),
                  delimiter == "." || delimiter == ")" else { return nil }
            marker = ListMarker(kind: .ordered(delimiter: delimiter), length: digits + 1, startsWithOne: number == 1)
        }
        guard let next = line.scalar(at: position + marker.length) else { return marker }
        return next == " " || next == "\t" ? marker : nil
    }

    /// The number of cells in a GFM table row, splitting on pipes not preceded by a backslash.
    static func tableCells(_ text: String) -> [String] {
        var scalars = Array(text.trimmingWhitespace().unicodeScalars)
        if scalars.first == "|" { scalars.removeFirst() }
        if scalars.last == "|", !(scalars.count >= 2 && scalars[scalars.count - 2] == "\\") { scalars.removeLast() }
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "|", !(index > 0 && scalars[index - 1] == "\\") {
                cells.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        cells.append(String(current))
        return cells
    }

    /// The number of columns of a GFM delimiter row (`| --- | :-: |`), if `text` is one.
    static func delimiterRowColumnCount(_ text: String) -> Int? {
        guard text.unicodeScalars.contains("|") || text.unicodeScalars.contains(":") else { return nil }
        let cells = tableCells(text)
        for cell in cells {
            var scalars = Array(cell.trimmingWhitespace().unicodeScalars)
            if scalars.first == ":" { scalars.removeFirst() }
            if scalars.last == ":" { scalars.removeLast() }
            guard !scalars.isEmpty, scalars.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return cells.count
    }

    private static func runLength(of character: Unicode.Scalar, in line: NotesLine, from position: Int) -> Int {
        var end = position
        while line.scalar(at: end) == character { end += 1 }
        return end - position
    }

    private static func isBlank(_ line: NotesLine, from position: Int) -> Bool {
        line.scalars[min(position, line.scalars.count)...].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
