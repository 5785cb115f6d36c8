/// Recognisers for the CommonMark and GFM block starts that matter when rewriting user
/// notes. Each looks at a `NotesLine` at `position`, the first non-blank byte, and
/// callers have already checked that it is indented by at most three columns.
enum NotesBlockStart {
    struct Fence: Equatable {
        /// `` ` `` or `~`.
        var character: UInt8
        var length: Int

        var closingLine: String { String(decoding: repeatElement(character, count: length), as: UTF8.self) }
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
        while line.byte(at: end) == UInt8(ascii: "#") { end += 1 }
        let level = end - position
        guard (1...6).contains(level) else { return nil }
        guard let next = line.byte(at: end) else { return (level, end) }
        return isSpaceOrTab(next) ? (level, end) : nil
    }

    static func fenceOpening(_ line: NotesLine, at position: Int) -> Fence? {
        guard let character = line.byte(at: position),
              character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        let length = runLength(of: character, in: line, from: position)
        guard length >= 3 else { return nil }
        if character == UInt8(ascii: "`"), line.utf8[(position + length)...].contains(UInt8(ascii: "`")) { return nil }
        return Fence(character: character, length: length)
    }

    static func isFenceClosing(_ line: NotesLine, at position: Int, for fence: Fence) -> Bool {
        let length = runLength(of: fence.character, in: line, from: position)
        return length >= fence.length && isBlank(line, from: position + length)
    }

    /// 1 for a `===` underline, 2 for a `---` underline.
    static func setextUnderlineLevel(_ line: NotesLine, at position: Int) -> Int? {
        guard let character = line.byte(at: position),
              character == UInt8(ascii: "=") || character == UInt8(ascii: "-") else { return nil }
        let length = runLength(of: character, in: line, from: position)
        guard isBlank(line, from: position + length) else { return nil }
        return character == UInt8(ascii: "=") ? 1 : 2
    }

    static func isThematicBreak(_ line: NotesLine, at position: Int) -> Bool {
        guard let character = line.byte(at: position),
              character == UInt8(ascii: "-") || character == UInt8(ascii: "*") || character == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        for byte in line.utf8[position...] {
            if byte == character {
                count += 1
            } else if !isSpaceOrTab(byte) {
                return false
            }
        }
        return count >= 3
    }

    static func listMarker(_ line: NotesLine, at position: Int) -> ListMarker? {
        guard let first = line.byte(at: position) else { return nil }
        var marker: ListMarker
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            marker = ListMarker(kind: .bullet(Unicode.Scalar(first)), length: 1, startsWithOne: false)
        } else {
            var end = position
            var number = 0
            while let byte = line.byte(at: end), ASCII.isDigit(byte), end - position < 10 {
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                end += 1
            }
            let digits = end - position
            guard (1...9).contains(digits), let delimiter = line.byte(at: end),
                  delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            marker = ListMarker(kind: .ordered(delimiter: Unicode.Scalar(delimiter)), length: digits + 1,
                                startsWithOne: number == 1)
        }
        guard let next = line.byte(at: position + marker.length) else { return marker }
        return isSpaceOrTab(next) ? marker : nil
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
        guard text.utf8.contains(UInt8(ascii: "|")) || text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let cells = tableCells(text)
        for cell in cells {
            var scalars = Array(cell.trimmingWhitespace().unicodeScalars)
            if scalars.first == ":" { scalars.removeFirst() }
            if scalars.last == ":" { scalars.removeLast() }
            guard !scalars.isEmpty, scalars.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return cells.count
    }

    private static func runLength(of character: UInt8, in line: NotesLine, from position: Int) -> Int {
        var end = position
        while line.byte(at: end) == character { end += 1 }
        return end - position
    }

    private static func isBlank(_ line: NotesLine, from position: Int) -> Bool {
        line.utf8[min(position, line.utf8.count)...].allSatisfy(isSpaceOrTab)
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
