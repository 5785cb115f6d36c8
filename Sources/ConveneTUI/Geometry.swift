/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var description: String { "\(width)×\(height)" }
}

/// A cell position: `x` is the column, `y` the row, both from 0 at the top left.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// How much of a split a part takes.
public enum LayoutLength: Hashable, Sendable {
    /// Exactly this many cells (less if the area runs out).
    case fixed(Int)
    /// A share of whatever the fixed parts leave, in proportion to the weight.
    case fill(Int)

    public static let fill = LayoutLength.fill(1)
}

/// A rectangle of cells. Widgets render into one; layout splits one into smaller ones.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point = Point(x: 0, y: 0), size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "(\(x),\(y)) \(width)×\(height)" }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The cells both rectangles cover (empty, at this rectangle's origin, when none).
    public func intersection(_ other: Rect) -> Rect {
        let left = Swift.max(x, other.x)
        let top = Swift.max(y, other.y)
        let right = Swift.min(maxX, other.maxX)
        let bottom = Swift.min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks the rectangle on every side; never below zero size.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// An inset larger than the rectangle leaves it empty.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let dx = Swift.max(0, horizontal)
        let dy = Swift.max(0, vertical)
        return Rect(x: x + Swift.min(dx, width), y: y + Swift.min(dy, height), width: width - 2 * dx, height: height - 2 * dy)
    }

    /// A rectangle of at most `size`, centred in this one.
    public func centred(_ size: Size) -> Rect {
        let w = Swift.min(size.width, width)
        let h = Swift.min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// One row of this rectangle (empty when out of range).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Splits top to bottom; the parts always cover the rectangle exactly.
    public func splitRows(_ lengths: [LayoutLength]) -> [Rect] {
        Layout.split(total: height, lengths).map { Rect(x: x, y: y + $0.start, width: width, height: $0.length) }
    }

    /// Splits left to right; the parts always cover the rectangle exactly.
    public func splitColumns(_ lengths: [LayoutLength]) -> [Rect] {
        Layout.split(total: width, lengths).map { Rect(x: x + $0.start, y: y, width: $0.length, height: height) }
    }
}

enum Layout {
    /// Gives fixed parts their length first (earlier parts win when space runs out), then shares
    /// the rest among fill parts by weight; rounding leftovers go to the earliest fill parts.
    static func split(total: Int, _ lengths: [LayoutLength]) -> [(start: Int, length: Int)] {
        var remaining = max(0, total)
        var sizes = [Int](repeating: 0, count: lengths.count)
        for (index, length) in lengths.enumerated() {
            if case let .fixed(wanted) = length {
                sizes[index] = min(max(0, wanted), remaining)
                remaining -= sizes[index]
            }
        }
        let weights = lengths.map { length -> Int in
            if case let .fill(weight) = length { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            var given = 0
            for index in lengths.indices where weights[index] > 0 {
                sizes[index] = remaining * weights[index] / totalWeight
                given += sizes[index]
            }
            var leftover = remaining - given
            for index in lengths.indices where weights[index] > 0 && leftover > 0 {
                sizes[index] += 1
                leftover -= 1
            }
        }
        var start = 0
        return sizes.map { size in
            defer { start += size }
            return (start, size)
        }
    }
}
