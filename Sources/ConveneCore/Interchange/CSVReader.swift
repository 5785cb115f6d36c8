/// The cell separators convene reads and writes.
public enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma = ","
    case semicolon = ";"
    case tab

    public var character: Character {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        case .tab: "\t"
        }
    }

    /// "," ";" or "tab" (also a typed tab character), as `--delimiter` takes them.
    public static func parse(_ text: String) throws -> CSVDelimiter {
        switch text {
        case ",", "comma": return .comma
        case ";", "semicolon": return .semicolon
        case "tab", "\t", "\\t": return .tab
        default:
            throw ConveneError.invalid(field: .delimiter, value: text, reason: "unknown delimiter (one of ',', ';', tab)")
        }
    }

    /// The separator the header line uses most outside quotes; a comma when none appears.
    /// European spreadsheets write semicolons, "Unicode text" exports write tabs.
    public static func detect(in text: Substring) -> CSVDelimiter {
        var counts: [Character: Int] = [:]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted, character == "\n" || character == "\r\n" || character == "\r" { break }
            if !quoted { counts[character, default: 0] += 1 }
        }
        let best = allCases.max { counts[$0.character, default: 0] < counts[$1.character, default: 0] } ?? .comma
        return counts[best.character, default: 0] == 0 ? .comma : best
    }
}

/// One record of a CSV file and the line it starts on (1 is the header), for messages.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
}

/// RFC 4180 records: quoted cells may hold the delimiter, doubled quotes and line breaks;
/// lines end in CRLF or LF. A quote inside an unquoted cell is kept as it is, as
/// spreadsheets read it.
///
/// Records are read one at a time (`next()`), so that an import holds one row of the file at
/// a time rather than all of them: 100,000 rows of cells are some 40 MB.
public struct CSVReader {
    private var text: String
    private let separator: UInt8
    /// Without cells, the reader only finds where records start and end (`count`).
    private let keepsCells: Bool
    private var index = 0
    private var line = 1
    private var cells: [String] = []
    private var cell: [UInt8] = []

    public init(_ text: String, delimiter: CSVDelimiter) {
        self.init(text, delimiter: delimiter, keepsCells: true)
    }

    private init(_ text: String, delimiter: CSVDelimiter, keepsCells: Bool) {
        var text = text
        // Bytes, not Characters: a 100,000-row file is read in well under a second, and
        // every delimiter is ASCII, so UTF-8 sequences never contain one.
        text.makeContiguousUTF8()
        self.text = text
        separator = delimiter.character.asciiValue ?? 44
        self.keepsCells = keepsCells
    }

    /// Every record of `text`.
    public static func records(_ text: String, delimiter: CSVDelimiter) throws -> [CSVRecord] {
        var reader = CSVReader(text, delimiter: delimiter)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// How many records `text` holds, and the same error `records` would throw for a quoted
    /// cell that is never closed; without making a string of any cell.
    public static func count(_ text: String, delimiter: CSVDelimiter) throws -> Int {
        var reader = CSVReader(text, delimiter: delimiter, keepsCells: false)
        var count = 0
        while try reader.next() != nil { count += 1 }
        return count
    }

    /// The next record, nil at the end of the text.
    public mutating func next() throws -> CSVRecord? {
        let text = text
        if let record = try text.utf8.withContiguousStorageIfAvailable({ try next(in: $0) }) { return record }
        return try Array(text.utf8).withUnsafeBufferPointer { try next(in: $0) }
    }

    private mutating func next(in bytes: UnsafeBufferPointer<UInt8>) throws -> CSVRecord? {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let keepsCells = keepsCells
        cells.removeAll(keepingCapacity: true)
        cell.removeAll(keepingCapacity: true)
        var cellCount = 0, cellLength = 0
        var inQuotes = false, wasQuoted = false, recordHasContent = false
        var recordLine = line
        func endCell() {
            if keepsCells {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
            }
            cellCount += 1
            cellLength = 0
            wasQuoted = false
        }
        func append(_ byte: UInt8) {
            if keepsCells { cell.append(byte) }
            cellLength += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote {
                        append(quote)
                        index += 1
                        continue
                    }
                    inQuotes = false
                } else if byte == cr, index < bytes.count, bytes[index] == lf {
                    // A line break inside a cell is stored as LF, as convene stores all text.
                } else {
                    if byte == lf { line += 1 }
                    append(byte)
                }
                continue
            }
            switch byte {
            case quote where cellLength == 0 && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                recordHasContent = true
            case separator:
                endCell()
                recordHasContent = true
            case cr where index < bytes.count && bytes[index] == lf:
                break
            case lf, cr:
                endCell()
                line += 1
                // A blank line between records is no record (spreadsheets leave them at the end).
                if recordHasContent || cellCount > 1 { return CSVRecord(line: recordLine, cells: cells) }
                cells.removeAll(keepingCapacity: true)
                cellCount = 0
                recordLine = line
            default:
                append(byte)
                recordHasContent = true
            }
        }
        if inQuotes {
            throw ConveneError.invalid(field: .importFile, value: "line \(recordLine)",
                                       reason: "a quoted cell is never closed (a missing \" starting on this line)")
        }
        if recordHasContent || cellLength > 0 || cellCount > 0 {
            endCell()
            return CSVRecord(line: recordLine, cells: cells)
        }
        return nil
    }
}
