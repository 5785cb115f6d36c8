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
public enum CSVReader {
    public static func records(_ text: String, delimiter: CSVDelimiter) throws -> [CSVRecord] {
        let separator = delimiter.character.asciiValue ?? 44
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, wasQuoted = false, recordHasContent = false
        // Bytes, not Characters: a 100,000-row file is read in well under a second, and
        // every delimiter is ASCII, so UTF-8 sequences never contain one.
        let bytes = Array(text.utf8)
        var index = 0
        func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endCell()
            // A blank line between records is no record (spreadsheets leave them at the end).
            if recordHasContent || cells.count > 1 {
                records.append(CSVRecord(line: recordLine, cells: cells))
            }
            cells.removeAll(keepingCapacity: true)
            recordHasContent = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        cell.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
                    // A line break inside a cell is stored as LF, as convene stores all text.
                } else {
                    if byte == lf { line += 1 }
                    cell.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where cell.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                recordHasContent = true
            case separator:
                endCell()
                recordHasContent = true
            case cr where index + 1 < bytes.count && bytes[index + 1] == lf:
                break
            case lf, cr:
                endRecord()
                line += 1
                recordLine = line
            default:
                cell.append(byte)
                recordHasContent = true
            }
            index += 1
        }
        if inQuotes {
            throw ConveneError.invalid(field: .importFile, value: "line \(recordLine)",
                                       reason: "a quoted cell is never closed (a missing \" starting on this line)")
        }
        if recordHasContent || !cell.isEmpty || !cells.isEmpty { endRecord() }
        return records
    }
}
