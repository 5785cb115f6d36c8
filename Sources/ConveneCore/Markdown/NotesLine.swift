/// One line of user notes being read the way a CommonMark block parser reads it:
/// a position that moves over container markers (`>`, list markers, indentation) and
/// counts columns with tab stops of 4, so that the block recognisers below see the line
/// exactly where the parser would.
///
/// The line is read as UTF-8 bytes: every marker and every indentation character is
/// ASCII, and no byte of a non-ASCII scalar is ASCII, so positions only ever stop at
/// scalar boundaries.
struct NotesLine {
    let utf8: [UInt8]
    /// Index of the next unread byte.
    private(set) var index = 0
    /// Column of `index`, counting columns already taken from a partially read tab.
    private(set) var column = 0
    /// Columns of the tab at `index` already consumed as indentation.
    private var consumedTabColumns = 0

    init(_ text: Substring) {
        utf8 = Array(text.utf8)
    }

    /// Columns of spaces and tabs from the current position to the first other scalar.
    var indentation: Int {
        var position = index
        var atColumn = column
        while position < utf8.count {
            if utf8[position] == UInt8(ascii: " ") {
                atColumn += 1
            } else if utf8[position] == UInt8(ascii: "\t") {
                let alreadyConsumed = position == index ? consumedTabColumns : 0
                let tabStart = atColumn - alreadyConsumed
                atColumn += 4 - tabStart % 4 - alreadyConsumed
            } else {
                break
            }
            position += 1
        }
        return atColumn - column
    }

    /// Index of the first byte that is not a space or a tab.
    var firstNonBlankIndex: Int {
        var position = index
        while position < utf8.count, utf8[position] == UInt8(ascii: " ") || utf8[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return position
    }

    var isBlankFromHere: Bool { firstNonBlankIndex == utf8.count }

    func byte(at position: Int) -> UInt8? {
        position < utf8.count ? utf8[position] : nil
    }

    /// Consumes up to `columns` columns of spaces and tabs, splitting a tab if needed.
    mutating func consumeIndentation(columns: Int) {
        var remaining = columns
        while remaining > 0, index < utf8.count {
            if utf8[index] == UInt8(ascii: " ") {
                index += 1
                column += 1
                remaining -= 1
            } else if utf8[index] == UInt8(ascii: "\t") {
                let tabStart = column - consumedTabColumns
                let tabWidth = 4 - tabStart % 4
                let left = tabWidth - consumedTabColumns
                if left <= remaining {
                    index += 1
                    column += left
                    remaining -= left
                    consumedTabColumns = 0
                } else {
                    consumedTabColumns += remaining
                    column += remaining
                    remaining = 0
                }
            } else {
                break
            }
        }
    }

    /// Moves past the indentation to the marker at `position` (the first non-blank
    /// byte) and then past the `length` bytes of the marker.
    mutating func consumeMarker(at position: Int, length: Int) {
        column += indentation + length
        index = min(position + length, utf8.count)
        consumedTabColumns = 0
    }

    /// The rest of the line as text, from `position`.
    func text(from position: Int) -> String {
        String(decoding: utf8[min(position, utf8.count)...], as: UTF8.self)
    }

    /// The line up to `position`, as text.
    func text(upTo position: Int) -> String {
        String(decoding: utf8[..<min(position, utf8.count)], as: UTF8.self)
    }
}
