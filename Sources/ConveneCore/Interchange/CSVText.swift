import Foundation

/// The bytes of a CSV file as text: UTF-8 with or without a byte-order mark, or UTF-16 as
/// spreadsheets save "Unicode text". Anything else is refused with a sentence that says how
/// to convert it, rather than guessed at and imported with mangled names.
public enum CSVText {
    public static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty {
            throw ConveneError.invalid(field: .importFile, value: path, reason: "empty file: a CSV file starts with a header row")
        }
        // The first bytes only: copying or indexing all of `Data` byte by byte costs a
        // good part of a second on a 100,000-row file.
        let head = [UInt8](data.prefix(200))
        if head.starts(with: [0xFF, 0xFE]) { return try utf16(data.dropFirst(2), .utf16LittleEndian, path) }
        if head.starts(with: [0xFE, 0xFF]) { return try utf16(data.dropFirst(2), .utf16BigEndian, path) }
        // UTF-16 without a mark: every other byte of ASCII text is zero.
        if data.count >= 4, data.count % 2 == 0 {
            let sample = head
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros * 2 >= sample.count / 2, evenZeros == 0 { return try utf16(data, .utf16LittleEndian, path) }
            if evenZeros * 2 >= sample.count / 2, oddZeros == 0 { return try utf16(data, .utf16BigEndian, path) }
        }
        let markLength = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let zero = data.withUnsafeBytes { buffer -> Int? in
            let body = UnsafeRawBufferPointer(rebasing: buffer[markLength...])
            guard let base = body.baseAddress, let found = memchr(base, 0, body.count) else { return nil }
            return markLength + (UnsafeRawPointer(found) - base)
        }
        if let zero {
            throw ConveneError.invalid(field: .importFile, value: path,
                                       reason: "not a text file, so not CSV (a zero byte at offset \(zero))")
        }
        guard let text = String(data: data.dropFirst(markLength), encoding: .utf8) else {
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
