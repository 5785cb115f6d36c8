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

    init(header: [String]) {
        columnCount = header.count
        columnWidths = Array(repeating: 0, count: header.count)
        add(header)
    }

    /// Adds a row of `header.count` cells.
    mutating func append(_ row: [String]) {
        add(row)
        rowCount += 1
    }

    private mutating func add(_ row: [String]) {
        for (index, cell) in row.enumerated() {
            let safe = Output.singleLine(cell)
            let width = Self.displayWidth(safe)
            cells.append(safe)
            cellWidths.append(width)
            columnWidths[index] = max(columnWidths[index], width)
        }
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
            line.removeAll(keepingCapacity: true)
            for column in 0..<columnCount {
                if column > 0 { line += [0x20, 0x20] }
                line += cells[start + column].utf8
                if column < columnCount - 1 {
                    line += repeatElement(0x20, count: columnWidths[column] - cellWidths[start + column])
                }
            }
            while line.last == 0x20 { line.removeLast() }
            line.append(0x0A)
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
