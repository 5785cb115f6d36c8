import ConveneCore
import Foundation
import Testing
@testable import ConveneTUI

/// The participant picker over a directory of 100,000, with names in Latin, Chinese and
/// Arabic script made here in memory, narrows and widens as the user types. Its speed (16 ms
/// a keystroke) is measured by `convene-benchmark all --only picker`, not here.
@Suite("The participant picker over 100,000 participants")
struct ParticipantPickerScaleTests {
    static let size = 100_000

    static func directory() throws -> DirectoryData {
        let given = ["Ana", "Kwame", "Aïssatou", "José", "Olga", "伟", "芳", "明", "ليلى", "أمينة", "Søren", "Nguyễn"]
        let family = ["Souza", "Mensah", "Diallo", "García", "Petrova", "张", "王", "李", "حداد", "الهاشمي", "Ødegård", "Trần"]
        let organisations = [("Brazil", "巴西"), ("Ghana", "加纳"), ("Senegal", "塞内加尔"), ("China", "中国"), ("Egypt", "埃及")]
        let rows: [[String: Any]] = (0..<size).map { index in
            let organisation = organisations[index % organisations.count]
            return ["id": index + 1, "givenName": given[index % given.count], "familyName": family[(index / 7) % family.count] + "\(index)",
                    "name": "\(given[index % given.count]) \(family[(index / 7) % family.count])\(index)",
                    "organisationId": index % organisations.count + 1, "organisation": organisation.0,
                    "organisationName": organisation.0, "organisationNameZh": organisation.1,
                    "email": "person\(index)@example.org"]
        }
        let listings = try JSONDecoder().decode([ParticipantListing].self, from: JSONSerialization.data(withJSONObject: rows))
        return DirectoryData(listings: listings)
    }

    @Test("typing, erasing and typing CJK and Arabic queries narrows the 100,000 to the matches")
    func keystrokes() throws {
        let directory = try Self.directory()
        #expect(directory.keys.count == Self.size)
        var app = ConveneApp(databasePath: "/data/convene.sqlite")
        _ = app.update(.resize(Size(width: 80, height: 24)))
        app.pickerData[.participant] = .participants(directory)
        let form = Forms.action(meeting: 1, item: "1")
        app.modal = .recordPicker(RecordPicker(kind: .participant, form: form, fieldIndex: 1, query: "", data: app.pickerData[.participant]))

        // Typing narrows; Backspace widens again (a full scan); a CJK and an Arabic query, each a full scan too.
        func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }
        let erase: [Key] = [.backspace, .backspace, .backspace]
        var keys: [Key] = typed("dia") + erase
        keys += typed("张") + [.backspace]
        keys += typed("حداد") + [.backspace, .down, .down]
        for key in keys {
            _ = app.update(.key(key))
            _ = app.view(size: Size(width: 80, height: 24))
        }
        guard case let .recordPicker(picker) = app.modal else { Issue.record("the picker closed"); return }
        #expect(picker.list.query == "حدا")
        // حداد is the family name of every 7 consecutive people in 12 (the tenth family).
        let expected = (0..<Self.size).filter { ($0 / 7) % 12 == 9 }.count
        #expect(picker.list.count(total: Self.size) == expected)
    }
}
