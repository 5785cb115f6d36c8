import Testing
@testable import ConveneTUI

@Suite("Geometry and layout")
struct GeometryTests {
    @Test("splitting rows gives fixed parts their size and the rest to fill")
    func splitRows() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .fill, .fixed(1)])
        #expect(parts == [Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 22),
                          Rect(x: 0, y: 23, width: 80, height: 1)])
    }

    @Test("splitting columns shares by weight and covers the width exactly")
    func splitColumns() {
        let parts = Rect(x: 2, y: 0, width: 11, height: 1).splitColumns([.fill(1), .fill(2)])
        #expect(parts.map(\.width) == [4, 7])
        #expect(parts.map(\.x) == [2, 6])
    }

    @Test("fixed parts shrink when space runs out")
    func tooLittleSpace() {
        let parts = Rect(x: 0, y: 0, width: 5, height: 3).splitRows([.fixed(2), .fixed(2), .fill])
        #expect(parts.map(\.height) == [2, 1, 0])
    }

    @Test("inset and centring never produce negative sizes")
    func insetCentre() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 3).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 10, height: 10).centred(Size(width: 4, height: 2)) == Rect(x: 3, y: 4, width: 4, height: 2))
        #expect(Rect(x: 0, y: 0, width: 3, height: 1).centred(Size(width: 40, height: 6)) == Rect(x: 0, y: 0, width: 3, height: 1))
    }
}
