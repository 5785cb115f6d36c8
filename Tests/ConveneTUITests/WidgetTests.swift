import Testing
@testable import ConveneTUI

@Suite("Widgets")
struct WidgetTests {
    static let columns = [
        TableColumn("Name", width: .flexible(minimum: 8, weight: 2)),
        TableColumn("Org", width: .fixed(8)),
        TableColumn("Country", width: .fixed(7)),
    ]
    static let rows = [
        ["张伟", "MIIT", "CHN"],
        ["Ana Souza", "Anatel", "BRA"],
        ["Περικλής Ιωάννου", "EETT", "GRC"],
        ["山田太郎", "総務省 MIC", "JPN"],
        ["José Ramírez", "IFT", "MEX"],
    ]

    /// The display column where each line's text starting with one of `values` begins.
    func column(of value: String, in line: String) -> Int? {
        guard let range = line.firstRange(of: value) else { return nil }
        return DisplayWidth.of(line[..<range.lowerBound])
    }

    @Test("Chinese and Latin names line up in the same columns")
    func tableAlignment() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 6))
        TableView(columns: Self.columns, rows: Self.rows, selected: 0).render(into: &buffer, area: buffer.area)
        let lines = buffer.lines()
        #expect(lines[0].hasPrefix("Name"))
        let orgColumns = zip(lines.dropFirst(), Self.rows).map { line, row in column(of: " " + row[1].prefix(2), in: line).map { $0 + 1 } }
        let countryColumns = zip(lines.dropFirst(), Self.rows).map { line, row in column(of: row[2], in: line) }
        #expect(Set(orgColumns).count == 1 && orgColumns.first == 24)
        #expect(Set(countryColumns).count == 1 && countryColumns.first == 33)
        #expect(column(of: "Org", in: lines[0]) == 24)
        #expect(lines[4] == "山田太郎                総務省 … JPN")
        #expect(buffer.cell(at: Point(x: 39, y: 1))?.style == .selection)
        #expect(buffer.cell(at: Point(x: 0, y: 0))?.style == .header)
    }

    @Test("a name too long for its column is cut with an ellipsis")
    func tableTruncation() {
        var buffer = ScreenBuffer(size: Size(width: 26, height: 4))
        TableView(columns: Self.columns, rows: Self.rows).render(into: &buffer, area: buffer.area)
        let lines = buffer.lines()
        #expect(lines[3].hasPrefix("Περικλής…"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 26 })
    }

    @Test("the table scrolls to keep the selection visible")
    func tableScrolling() {
        var table = TableView(columns: [TableColumn("No.")], rows: (1...50).map { ["row \($0)"] }, selected: 30)
        var buffer = ScreenBuffer(size: Size(width: 10, height: 6))
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["No.", "row 27", "row 28", "row 29", "row 30", "row 31"])
        table.offset = table.scrolledOffset(visibleRows: 5)
        table.selected = 28
        #expect(table.scrolledOffset(visibleRows: 5) == 26)
        table.selected = 3
        #expect(table.scrolledOffset(visibleRows: 5) == 3)
    }

    @Test("only visible rows are asked for, so 100,000 rows cost nothing")
    func tableLazyRows() {
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        let table = TableView(columns: [TableColumn("Name")], rowCount: 100_000, row: { index in
            counter.calls += 1
            return ["participant \(index)"]
        }, selected: 99_999)
        var buffer = ScreenBuffer(size: Size(width: 30, height: 24))
        table.render(into: &buffer, area: buffer.area)
        #expect(counter.calls == 23)
        #expect(buffer.lines().last == "participant 99999")
    }

    @Test("marked rows show a check mark")
    func tableMarks() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 3))
        TableView(columns: [TableColumn("Name")], rows: [["张伟"], ["Ana"]], marked: [1]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["  Name", "  张伟", "✓ Ana"])
    }

    @Test("terminal too small is centred and survives down to 1×1", arguments: [
        Size(width: 59, height: 16), Size(width: 20, height: 5), Size(width: 3, height: 2), Size(width: 1, height: 1), Size(width: 0, height: 0),
    ])
    func tooSmall(size: Size) {
        #expect(TooSmallNotice.isTooSmall(size))
        var buffer = ScreenBuffer(size: size)
        TooSmallNotice(size: size).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines().count == size.height)
        #expect(buffer.lines().allSatisfy { DisplayWidth.of($0) <= size.width })
        if size.width >= 20, size.height >= 3 {
            #expect(buffer.text().contains("Terminal too small"))
        }
    }

    @Test("terminal too small shows the needed and actual sizes in the middle")
    func tooSmallText() {
        let size = Size(width: 40, height: 5)
        var buffer = ScreenBuffer(size: size)
        TooSmallNotice(size: size).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["", "           Terminal too small", "         need 60×16, have 40×5", "     enlarge the window or press q", ""])
        #expect(!TooSmallNotice.isTooSmall(Size(width: 60, height: 16)))
    }

    @Test("the tab bar highlights the selected tab")
    func tabBar() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        TabBar(titles: ["Meetings", "Directory", "议程"], selected: 1).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [" Meetings │ Directory │ 议程 │"])
        #expect(buffer.cell(at: Point(x: 12, y: 0))?.style == .selection)
        var narrow = ScreenBuffer(size: Size(width: 14, height: 1))
        TabBar(titles: ["Meetings", "Directory", "议程"], selected: 2).render(into: &narrow, area: narrow.area)
        #expect(narrow.text().contains("议程"))
    }

    @Test("help is built from the live key map")
    func help() {
        var map = KeyMap([
            KeyBinding("quit", keys: [.character("q")], "Quit"),
            KeyBinding("help", keys: [.character("?")], "Show keys"),
        ])
        map.applyOverrides(["quit": ["<C-q>"]])
        var buffer = ScreenBuffer(size: Size(width: 40, height: 8))
        HelpOverlay(keyMap: map).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [
            " ┌─ Keys  (Esc closes) ───────────────┐",
            " │ Global                             │",
            " │   <C-q>   Quit                     │",
            " │   ?       Show keys                │",
            " │                                    │",
            " │                                    │",
            " │                                    │",
            " └────────────────────────────────────┘",
        ])
    }

    @Test("the confirm dialog answers y and n and ignores other keys")
    func confirm() {
        #expect(ConfirmDialog.answer(for: .character("y")) == true)
        #expect(ConfirmDialog.answer(for: .escape) == false)
        #expect(ConfirmDialog.answer(for: .character("x")) == nil)
        var buffer = ScreenBuffer(size: Size(width: 30, height: 8))
        ConfirmDialog(message: "Remove 张伟?").render(into: &buffer, area: buffer.area)
        #expect(buffer.text().contains("Remove 张伟?"))
        #expect(buffer.text().contains("y yes   n no"))
    }
}

@Suite("Styles")
struct StyleTests {
    @Test("every colour role stays distinguishable without colour")
    func monochrome() {
        #expect(Style.selection.monochromeAttributes == [.reverse])
        #expect(Style.header.monochromeAttributes == [.bold])
        #expect(Style.error.monochromeAttributes == [.bold, .underline])
        #expect(Style.muted.monochromeAttributes == [.dim])
        #expect(Style(.underline, role: .header).monochromeAttributes == [.bold, .underline])
    }

    @Test("widgets survive areas of one cell or none")
    func tinyAreas() {
        for size in [Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 0, height: 3)] {
            var buffer = ScreenBuffer(size: size)
            TableView(columns: WidgetTests.columns, rows: WidgetTests.rows, selected: 2).render(into: &buffer, area: buffer.area)
            TabBar(titles: ["议程", "Directory"], selected: 1).render(into: &buffer, area: buffer.area)
            HelpOverlay(keyMap: KeyMap([KeyBinding("quit", keys: [.character("q")], "Quit")])).render(into: &buffer, area: buffer.area)
            ConfirmDialog(message: "Remove 张伟?").render(into: &buffer, area: buffer.area)
            TextField("张伟").render(into: &buffer, area: buffer.area)
            #expect(buffer.lines().allSatisfy { DisplayWidth.of($0) <= size.width })
        }
    }
}
