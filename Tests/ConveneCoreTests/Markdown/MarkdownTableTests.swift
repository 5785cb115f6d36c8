import Testing
@testable import ConveneCore

@Suite("Markdown tables")
struct MarkdownTableTests {
    @Test("a table renders header, delimiter and rows with aligned pipes")
    func layout() {
        var table = MarkdownTable(columns: [.init("No.", alignment: .right), .init("Item"), .init("Time", alignment: .center)])
        table.addRow(["1", "Opening of the meeting", "10"])
        table.addRow(["2", "Adoption of the agenda", "5"])
        #expect(table.rendered() == """
            | No. | Item                   | Time |
            | --: | :--------------------- | :--: |
            |   1 | Opening of the meeting |  10  |
            |   2 | Adoption of the agenda |  5   |
            """)
    }

    @Test("CJK text counts two columns when padding")
    func wideCharacters() {
        var table = MarkdownTable(columns: [.init("Name"), .init("Org")])
        table.addRow(["山田太郎", "ITU"])
        table.addRow(["Ana", "中国"])
        #expect(table.rendered() == """
            | Name     | Org  |
            | :------- | :--- |
            | 山田太郎 | ITU  |
            | Ana      | 中国 |
            """)
    }

    @Test("long cells overflow instead of widening the whole column")
    func paddingLimit() {
        var table = MarkdownTable(columns: [.init("Action")])
        let long = String(repeating: "x", count: MarkdownTable.paddingLimit + 6)
        table.addRow([long])
        table.addRow(["short"])
        let lines = table.rendered().split(separator: "\n")
        #expect(lines[2] == "| \(long) |")
        #expect(lines[3] == "| short" + String(repeating: " ", count: MarkdownTable.paddingLimit - 5) + " |")
    }

    @Test("user text is escaped inside cells and short rows get empty cells")
    func escapingAndShortRows() {
        var table = MarkdownTable(columns: [.init("A"), .init("B"), .init("C")])
        table.addRow(["A|B", "x\ny"])
        #expect(table.rendered().split(separator: "\n")[2] == "| A\\|B | x y |     |")
    }

    @Test("a table with no rows is a header and a delimiter")
    func noRows() {
        let table = MarkdownTable(columns: [.init("Status")])
        #expect(table.rendered() == "| Status |\n| :----- |")
    }

    @Test("the same table renders to the same bytes")
    func deterministic() {
        var first = MarkdownTable(columns: [.init("A"), .init("B")])
        first.addRow(["山田", "*x*"])
        var second = MarkdownTable(columns: [.init("A"), .init("B")])
        second.addRow(["山田", "*x*"])
        #expect(Array(first.rendered().utf8) == Array(second.rendered().utf8))
    }
}
