import Foundation

/// The bytes of a CSV file as text: UTF-8 with or without a byte-order mark, or UTF-16 as
/// spreadsheets save "Unicode text". Anything else is refused with a sentence that says how
/// to convert it, rather than guessed at and imported with mangled names.
public enum CSVText {
    public static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.isEmpty {
            throw ConveneError.invalid(field: .importFile, value: path, reason: "empty file: a CSV file starts with a header row")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(data.dropFirst(2), .utf16LittleEndian, path) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(data.dropFirst(2), .utf16BigEndian, path) }
        // UTF-16 without a mark: every other byte of ASCII text is zero.
        if bytes.count >= 4, bytes.count % 2 == 0 {
            let sample = bytes.prefix(200)
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros * 2 >= sample.count / 2, evenZeros == 0 { return try utf16(data, .utf16LittleEndian, path) }
            if evenZeros * 2 >= sample.count / 2, oddZeros == 0 { return try utf16(data, .utf16BigEndian, path) }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        if let zero = body.firstIndex(of: 0) {
            throw ConveneError.invalid(field: .importFile, value: path,
                                       reason: "not a text file (a zero byte at offset \(zero - data.startIndex)): not CSV")
        }
        guard let text = String(data: body, encoding: .utf8) else {
            throw ConveneError.invalid(
                field: .importFile, value: path,
                reason: "not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\", or convert it with iconv -f WINDOWS-1252 -t UTF-8)")
        }
        return text
    }

    private static func utf16(_ data: Data, _ encoding: String.Encoding, _ path: String) throws -> String {
        guard let text = String(data: data, encoding: encoding), !text.contains("\u{0}") else {
            throw ConveneError.invalid(
                field: .importFile, value: path,
                reason: "unreadable UTF-16 text (convert it with iconv -f UTF-16 -t UTF-8, or save it as \"CSV UTF-8\")")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
