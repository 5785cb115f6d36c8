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

    @Test("a table pads each column to its widest cell by display width and trims the line end")
    func table() {
        let captured = Captured()
        var table = TextTable(header: ["ID", "NAME", "EMAIL"])
        table.append(["1", "山田太郎", "taro@example.jp"])
        table.append(["22", "Ana Souza", ""])
        table.append(["3", "bad\u{1B}[31m", "x"])
        table.write(empty: "none", to: StandardOutput { captured.bytes += $0 })
        #expect(captured.text == """
            ID  NAME       EMAIL
            1   山田太郎   taro@example.jp
            22  Ana Souza
            3   bad␛[31m   x

            """)
    }
}
