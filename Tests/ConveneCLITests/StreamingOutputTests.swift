import ConveneCore
import Foundation
import Testing
@testable import convene

/// The streamed outputs of `participant list` against the whole-array and whole-table ones.
@Suite("Streamed JSON and tables")
struct StreamingOutputTests {
    /// Collects what a `StandardOutput` would write.
    final class Captured: @unchecked Sendable {
        var bytes: [UInt8] = []
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Text that JSON escapes, scripts it does not, and nesting, which the layout indents.
    struct Sample: Encodable {
        var id: Int64
        var givenName: String
        var notes: String?
        var tags: [String]
        var place: [String: String]
    }

    static let samples: [Sample] = [
        Sample(id: 1, givenName: "João São Paulo", notes: "line one\nline \"two\"\t/ \u{202E}x", tags: ["a", "b"],
               place: ["city": "Brasília"]),
        Sample(id: 2, givenName: "山田太郎", notes: nil, tags: [], place: [:]),
        Sample(id: 3, givenName: "محمد Иванова", notes: "\u{85}\u{2028}\u{1}", tags: ["x"], place: ["a": "1", "b": "2"]),
    ]

    @Test("an array written element by element is byte for byte the array encoded whole, empty or not")
    func jsonArray() throws {
        for elements in [Self.samples, [Self.samples[1]], []] {
            let captured = Captured()
            var writer = JSONArrayWriter<Sample>(output: StandardOutput { captured.bytes += $0 })
            for element in elements { try writer.append(element) }
            writer.finish()
            let whole = try Output.jsonText(elements)
            #expect(!captured.bytes.isEmpty)
            #expect(captured.text == whole)
        }
    }

    /// Listings with every field set, empty or absent, and text JSON and the terminal escape.
    static func listings() throws -> [ParticipantListing] {
        let tricky = "q\"uote \\ slash/ tab\t nl\n cr\r bs\u{8} ff\u{C} nul\u{1} del\u{7F} c1\u{85} bidi\u{202E} ls\u{2028} tag\u{E0041} é 中文 😀"
        let rows: [[String: Any]] = [
            ["id": 1, "givenName": "João", "familyName": "São Paulo", "name": "João São Paulo", "email": "joao@example.org",
             "country": "BRA", "countryName": "Brazil", "countryNameZh": "巴西", "organisationId": 7, "organisation": "Brazil",
             "organisationName": "Brazil", "notes": tricky, "phone": "+55 61", "function": "Adviser", "honorific": "Mr"],
            ["id": 2, "givenName": "", "familyName": "李晓明", "name": "李晓明", "organisationNameZh": "中国"],
            ["id": 3, "givenName": tricky, "familyName": "", "name": "", "email": ""],
        ]
        return try rows.map { try JSONDecoder().decode(ParticipantListing.self, from: JSONSerialization.data(withJSONObject: $0)) }
    }

    @Test("participants written directly are byte for byte what JSONEncoder writes")
    func flatParticipants() throws {
        let participants = try Self.listings().map(ParticipantJSON.init)
        #expect(participants.count == 3)
        let captured = Captured()
        var writer = JSONArrayWriter<ParticipantJSON>(output: StandardOutput { captured.bytes += $0 })
        for participant in participants { writer.append(flat: participant.flat) }
        writer.finish()
        #expect(captured.text == (try Output.jsonText(participants)))
    }

    @Test("names in the table's fast path are measured and kept exactly as SafeText and DisplayWidth do")
    func plainWidth() {
        var random = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xC0...0x24F, 0x410...0x44F, 0x621...0x64A, 0x4E00...0x9FFF,
                                             0xAC00...0xD7A3, 0x1E00...0x1EFF, 0x300...0x36F, 0x200B...0x202E, 0x0600...0x061F, 0x3040...0x30FF]
        var fast = 0
        for _ in 0..<3000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 1...8, using: &random)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &random) ?? 0x41...0x5A, using: &random))
            }))
            guard let width = TextTable.plainWidth(text) else { continue }
            fast += 1
            #expect(Output.singleLine(text) == text, "\(text.debugDescription)")
            #expect(TextTable.displayWidth(text) == width, "\(text.debugDescription)")
        }
        #expect(fast > 100)
    }

    @Test("the invisible-character table agrees with the general category for every scalar")
    func invisibleTable() {
        var invisible = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(FlatJSONObject.isInvisible(scalar) == Output.isInvisible(scalar))
            if Output.isInvisible(scalar) { invisible += 1 }
        }
        #expect(invisible > 100)
    }

    @Test("a table pads each column to its widest cell by display width and trims the line end")
    func table() {
        let captured = Captured()
        var table = TextTable(header: ["ID", "NAME", "EMAIL"], repeating: [1])
        table.append(["1", "山田太郎", "taro@example.jp"])
        table.append(["22", "Ana Souza", ""])
        table.append(["3", "bad\u{1B}[31m", "x"])
        table.append(["4", "Ana Souza", "again"])
        table.write(empty: "none", to: StandardOutput { captured.bytes += $0 })
        #expect(captured.text == """
            ID  NAME       EMAIL
            1   山田太郎   taro@example.jp
            22  Ana Souza
            3   bad␛[31m   x
            4   Ana Souza  again

            """)
    }

    @Test("a streamed table writes the bytes a held table writes, hostile and wide cells included")
    func streamedTable() {
        let header = ["LINE", "STATUS", "NAME", "EMAIL", "DETAIL"]
        let rows = [
            ["2", "new", "山田太郎", "taro@example.jp", ""],
            ["3", "error", "bad\u{1B}[31m\u{202E}x", "", "given_name: control characters are not allowed"],
            ["4", "update", "Zoë O\u{301} Súilleabháin", "zoe@example.org", "notes, phone"],
            ["5", "unchanged", "محمد العلي", "m@example.org", ""],
            ["6", "new", "emoji 👩‍💻 🇫🇷", "", ""],
        ]
        let held = Captured(), streamed = Captured()
        var table = TextTable(header: header, repeating: [1])
        for row in rows { table.append(row) }
        table.write(empty: "none", to: StandardOutput { held.bytes += $0 })
        TextTable.stream(header: header, rowCount: rows.count, empty: "none", row: { rows[$0] },
                         to: StandardOutput { streamed.bytes += $0 })
        #expect(streamed.bytes == held.bytes)
        #expect(streamed.text.hasPrefix("LINE  STATUS     NAME"))
    }
}
