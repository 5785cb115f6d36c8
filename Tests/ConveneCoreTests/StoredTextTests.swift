import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCore

@Suite("Stored text: UTF-8 without NUL, decoded or refused")
struct StoredTextTests {
    static let text = "Débat 李明 مرحبا 👩‍💻"

    @Test("bytes with a byte order mark are decoded, whatever the encoding")
    func byteOrderMarks() throws {
        let utf16LE: [UInt8] = [0xFF, 0xFE] + Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16BE: [UInt8] = [0xFE, 0xFF] + Self.text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let utf32BE: [UInt8] = [0, 0, 0xFE, 0xFF] + Self.text.unicodeScalars.flatMap { scalar in
            (0..<4).reversed().map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)
        for bytes in [utf16LE, utf16BE, utf32BE, utf8, Array(Self.text.utf8)] {
            #expect(try StoredText.decode(Data(bytes), source: "f", field: .notesFile) == Self.text)
        }
    }

    @Test("a NUL is refused, never cut at")
    func nul() {
        #expect(throws: ConveneError.self) { try StoredText.decode(Data("before\0after".utf8), source: "f", field: .notesFile) }
        #expect(throws: ConveneError.self) { try StoredText.check("before\0after", field: .text) }
        #expect(throws: Never.self) { try StoredText.check("tab\tand\nline", field: .text) }
    }

    @Test("bytes that are not UTF-8 are refused with the place where they go wrong")
    func notUTF8() {
        do {
            _ = try StoredText.decode(Data([0x61, 0x62, 0xC3, 0x28]), source: "minutes.txt", field: .notesFile)
            Issue.record("accepted bytes that are not UTF-8")
        } catch let error as ConveneError {
            #expect(error.description.contains("byte 3 is not UTF-8"))
            #expect(error.description.contains("minutes.txt"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("notes, decisions and action points with a NUL are refused by the store")
    func storeRefusesNUL() throws {
        let store = try TestSupport.memoryStore()
        let meeting = try store.addMeeting(MeetingDraft(code: "MM", title: "Dialogue", start: "2027-03-02T09:30"), defaultTimeZone: "UTC")
        _ = try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Opening"))
        #expect(throws: ConveneError.self) { try store.setNotes(meeting: .id(meeting), item: .number("1"), .replace("a\0b")) }
        #expect(throws: ConveneError.self) { try store.addDecision(meeting: .id(meeting), item: .number("1"), text: "a\0b") }
    }
}
