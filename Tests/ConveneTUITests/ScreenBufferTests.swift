import Testing
@testable import ConveneTUI

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("text written at a point appears there and lines are trimmed")
    func write() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let end = buffer.write("Agenda", at: Point(x: 2, y: 1))
        #expect(end == 8)
        #expect(buffer.lines() == ["", "  Agenda"])
        #expect(buffer.text() == "\n  Agenda")
    }

    @Test("writing stops at the clip edge")
    func clipping() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        buffer.write("Participants", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(buffer.lines() == ["Parti"])
        buffer.write("XYZ", at: Point(x: 10, y: 0))
        #expect(buffer.lines() == ["Parti     XY"])
        buffer.write("hidden", at: Point(x: 0, y: 3))
        #expect(buffer.lines() == ["Parti     XY"])
    }

    @Test("a wide character never splits at the right edge")
    func wideAtRightEdge() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        buffer.write("张伟明", at: Point(x: 0, y: 0))
        #expect(buffer.lines() == ["张伟"])
        #expect(buffer.cell(at: Point(x: 4, y: 0)) == Cell.blank)
        var clipped = ScreenBuffer(size: Size(width: 8, height: 1), fill: Cell("#", width: 1))
        clipped.write("ab张", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(clipped.lines() == ["ab #####"])
    }

    @Test("a wide character cut by the left edge of the clip becomes a space")
    func wideAtLeftEdge() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1), fill: Cell("#", width: 1))
        buffer.write("张伟", at: Point(x: 1, y: 0), clip: Rect(x: 2, y: 0, width: 4, height: 1))
        #expect(buffer.lines() == ["## 伟#"])
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.write("张伟", at: Point(x: 0, y: 0))
        buffer.write("x", at: Point(x: 1, y: 0))
        #expect(buffer.lines() == [" x伟"])
        buffer.write("y", at: Point(x: 2, y: 0))
        #expect(buffer.lines() == [" xy"])
        #expect(buffer.cell(at: Point(x: 3, y: 0))?.isContinuation == false)
    }

    @Test("a cluster wider than two columns is never cut at an edge and is blanked whole when overwritten")
    func clustersWiderThanTwo() {
        let family = "👨‍👩‍👧"  // 6 columns: three people of 2 each
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1), fill: Cell("#", width: 1))
        buffer.write("ab" + family, at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 7, height: 1))
        #expect(buffer.lines() == ["ab     ###"])
        buffer.write("ab" + family + "c", at: Point(x: 0, y: 0))
        #expect(buffer.lines() == ["ab" + family + "c#"])
        #expect(buffer.cell(at: Point(x: 2, y: 0))?.width == 6)
        #expect((3..<8).allSatisfy { buffer.cell(at: Point(x: $0, y: 0))?.isContinuation == true })
        let before = buffer
        buffer.write("x", at: Point(x: 5, y: 0))
        #expect(buffer.lines() == ["ab   x  c#"])
        // The redraw covers the whole old cluster, from its first cell.
        let runs = buffer.changes(from: before)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 2)
        #expect(runs.first?.cells.count == 6)
        var conjunct = ScreenBuffer(size: Size(width: 3, height: 1))
        conjunct.write("कृष्ण", at: Point(x: 0, y: 0))  // कृ (1 column) and ष्ण (2 columns)
        #expect(conjunct.lines() == ["कृष्ण"])
        conjunct.write("कृष्ण", at: Point(x: 1, y: 0))  // ष्ण would straddle the edge
        #expect(conjunct.lines() == ["कृकृ"])
    }

    @Test("writes are made safe before they reach the buffer")
    func safeWrites() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        buffer.write("a\u{1B}[2Jb\u{202E}c", at: Point(x: 0, y: 0))
        #expect(buffer.lines() == ["a␛[2Jb\u{FFFD}c"])
    }

    @Test("fill paints a rectangle and keeps wide characters whole")
    func fill() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 3))
        buffer.write("张伟", at: Point(x: 0, y: 1))
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: ".", style: .muted)
        #expect(buffer.lines() == [" ..", " ..", ""])
        #expect(buffer.cell(at: Point(x: 1, y: 0))?.style == .muted)
    }

    @Test("the diff lists only changed runs and keeps wide characters whole")
    func diff() {
        var old = ScreenBuffer(size: Size(width: 10, height: 3))
        old.write("Chair", at: Point(x: 0, y: 0))
        old.write("张伟 李娜", at: Point(x: 0, y: 1))
        var new = old
        #expect(new.changes(from: old).isEmpty)
        new.write("Chairs", at: Point(x: 0, y: 0))
        new.write("王", at: Point(x: 2, y: 1))
        let runs = new.changes(from: old)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs[0].column == 5)
        #expect(runs[0].cells.map(\.character) == ["s"])
        #expect(runs[1].column == 2)
        #expect(runs[1].cells.count == 2)
        #expect(runs[1].cells.first?.character == "王")
    }

    @Test("replacing a wide character with a narrow one redraws both cells")
    func diffWideToNarrow() {
        var old = ScreenBuffer(size: Size(width: 4, height: 1))
        old.write("张", at: Point(x: 0, y: 0))
        var new = old
        new.write("a", at: Point(x: 0, y: 0))
        let runs = new.changes(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 0)
        #expect(runs.first?.cells.map(\.character) == ["a", " "])
    }

    @Test("a style change alone is a change")
    func diffStyle() {
        var old = ScreenBuffer(size: Size(width: 4, height: 1))
        old.write("ab", at: Point(x: 0, y: 0))
        var new = old
        new.setStyle(.selection, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(new.changes(from: old) == [ChangedRun(row: 0, column: 1, cells: [Cell("b", width: 1, style: .selection)])])
    }

    @Test("a different size redraws every row")
    func diffResize() {
        let old = ScreenBuffer(size: Size(width: 4, height: 2))
        let new = ScreenBuffer(size: Size(width: 5, height: 3))
        #expect(new.changes(from: old).map(\.row) == [0, 1, 2])
    }
}
