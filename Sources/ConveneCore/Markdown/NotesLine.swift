/// One line of user notes being read the way a CommonMark block parser reads it:
/// a position that moves over container markers (`>`, list markers, indentation) and
/// counts columns with tab stops of 4, so that the block recognisers below see the line
/// exactly where the parser would.
struct NotesLine {
    let scalars: [Unicode.Scalar]
    /// Index of the next unread scalar.
    private(set) var index = 0
    /// Column of `index`, counting columns already taken from a partially read tab.
    private(set) var column = 0
    /// Columns of the tab at `index` already consumed as indentation.
    private var consumedTabColumns = 0

    init(_ text: Substring) {
        scalars = Array(text.unicodeScalars)
    }

    /// Columns of spaces and tabs from the current position to the first other scalar.
    var indentation: Int {
        var position = index
        var atColumn = column
        while position < scalars.count {
            if scalars[position] == " " {
                atColumn += 1
            } else if scalars[position] == "\t" {
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

    /// Index of the first scalar that is not a space or a tab.
    var firstNonBlankIndex: Int {
        var position = index
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" {
            position += 1
        }
        return position
    }

    var isBlankFromHere: Bool { firstNonBlankIndex == scalars.count }

    func scalar(at position: Int) -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// Consumes up to `columns` columns of spaces and tabs, splitting a tab if needed.
    mutating func consumeIndentation(columns: Int) {
        var remaining = columns
        while remaining > 0, index < scalars.count {
            if scalars[index] == " " {
                index += 1
                column += 1
                remaining -= 1
            } else if scalars[index] == "\t" {
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
    /// scalar) and then past the `length` scalars of the marker.
    mutating func consumeMarker(at position: Int, length: Int) {
        column += indentation + length
        index = min(position + length, scalars.count)
        consumedTabColumns = 0
    }

    /// The rest of the line as text, from `position`.
    func text(from position: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[min(position, scalars.count)...])
        return String(view)
    }

    /// The line up to `position`, as text.
    func text(upTo position: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<min(position, scalars.count)])
        return String(view)
    }
}
