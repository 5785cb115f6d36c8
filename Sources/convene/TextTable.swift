import ConveneTUI
import Foundation

/// A table for the terminal: columns padded by display width so CJK names line up, the last
/// column not padded. Each cell is made safe and measured once, when it is added; the
/// table is then written through one buffered stream. `participant list` writes 100,000
/// rows this way.
struct TextTable {
    private let columnCount: Int
    private var cells: [String] = []
    private var cellWidths: [Int] = []
    private var columnWidths: [Int]
    private var rowCount = 0
    /// Columns whose values repeat from row to row (organisations, countries), and their
    /// values already made safe and measured.
    private let repeatingColumns: Set<Int>
    private var measured: [String: (safe: String, width: Int)] = [:]

    /// `repeating`: the indexes of columns whose values repeat, measured once per value.
    init(header: [String], repeating: Set<Int> = []) {
        columnCount = header.count
        columnWidths = Array(repeating: 0, count: header.count)
        repeatingColumns = repeating
        add(header)
    }

    /// Adds a row of `header.count` cells.
    mutating func append(_ row: [String]) {
        add(row)
        rowCount += 1
    }

    private mutating func add(_ row: [String]) {
        for (index, cell) in row.enumerated() {
            let (safe, width): (String, Int)
            if repeatingColumns.contains(index), let known = measured[cell] {
                (safe, width) = known
            } else {
                (safe, width) = Self.measure(cell)
                if repeatingColumns.contains(index) { measured[cell] = (safe, width) }
            }
            cells.append(safe)
            cellWidths.append(width)
            columnWidths[index] = max(columnWidths[index], width)
        }
    }

    /// The cell made safe for the terminal, and its display width.
    static func measure(_ cell: String) -> (safe: String, width: Int) {
        if let plainWidth = plainWidth(cell) { return (cell, plainWidth) }
        let safe = Output.singleLine(cell)
        return (safe, displayWidth(safe))
    }

    /// The width of text made only of scalars that are safe on their own, combine with
    /// nothing and have a fixed width: printable ASCII, precomposed Latin letters, basic
    /// Cyrillic, Arabic letters, CJK ideographs and Hangul syllables, the bulk of a
    /// directory's names. Such text is its own safe form; nil for anything else, which goes
    /// through SafeText and DisplayWidth (StreamingOutputTests hold the two to the same result).
    static func plainWidth(_ text: String) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xC0...0x24F, 0x410...0x44F, 0x621...0x63A, 0x641...0x64A, 0x1E00...0x1EFF: width += 1
            case 0x4E00...0x9FFF, 0xAC00...0xD7A3: width += 2
            default: return nil
            }
        }
        return width
    }

    /// Plain printable ASCII, the bulk of a directory, is one column a byte; anything else
    /// is measured by the width the app draws with.
    static func displayWidth(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return DisplayWidth.of(text)
    }

    /// Writes the header and rows; with no rows, writes nothing and says `empty` on standard
    /// error.
    func write(empty: String, to output: StandardOutput = StandardOutput()) {
        guard rowCount > 0 else { return Output.notice(empty) }
        var output = output
        var line: [UInt8] = []
        for start in stride(from: 0, to: cells.count, by: columnCount) {
            Self.layOut(line: &line, (0..<columnCount).lazy.map { (cells[start + $0], cellWidths[start + $0]) }, columnWidths)
            output.write(line)
        }
        output.flush()
    }

    /// One line of the table: cells padded to their column's width but the last, two spaces
    /// between columns, no trailing spaces.
    private static func layOut(line: inout [UInt8], _ cells: some Sequence<(safe: String, width: Int)>, _ columnWidths: [Int]) {
        line.removeAll(keepingCapacity: true)
        for (column, cell) in cells.enumerated() {
            if column > 0 { line += [0x20, 0x20] }
            line += cell.safe.utf8
            if column < columnWidths.count - 1 {
                line += repeatElement(0x20, count: columnWidths[column] - cell.width)
            }
        }
        while line.last == 0x20 { line.removeLast() }
        line.append(0x0A)
    }

    /// Writes the same bytes as a `TextTable` of `header` and `rowCount` rows, without holding
    /// the rows: `row(index)` is asked for each row twice, once to measure the columns and once
    /// to write it. For tables as long as a 100,000-row file, whose cells are already in memory.
    static func stream(header: [String], rowCount: Int, empty: String, row: (Int) -> [String],
                       to output: StandardOutput = StandardOutput()) {
        guard rowCount > 0 else { return Output.notice(empty) }
        var columnWidths = header.map { measure($0).width }
        for index in 0..<rowCount {
            for (column, cell) in row(index).enumerated() {
                columnWidths[column] = max(columnWidths[column], measure(cell).width)
            }
        }
        var output = output
        var line: [UInt8] = []
        layOut(line: &line, header.lazy.map(measure), columnWidths)
        output.write(line)
        for index in 0..<rowCount {
            layOut(line: &line, row(index).lazy.map(measure), columnWidths)
            output.write(line)
        }
        output.flush()
    }
}

/// Standard output through one buffer written in large blocks. Anything `print` left in the
/// C library's buffer goes out first, so the two stay in order. Tests give a sink of their own.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private let sink: ([UInt8]) -> Void
    private static let blockSize = 1 << 16

    init(sink: @escaping ([UInt8]) -> Void = StandardOutput.writeToStandardOutput) {
        self.sink = sink
        buffer.reserveCapacity(Self.blockSize)
    }

    static func writeToStandardOutput(_ bytes: [UInt8]) {
        fflush(nil)
        FileHandle.standardOutput.write(Data(bytes))
    }

    mutating func write(_ text: String) {
        buffer += text.utf8
        if buffer.count >= Self.blockSize { flush() }
    }

    mutating func write<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer += bytes
        if buffer.count >= Self.blockSize { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
