/// The agenda as numbered rows in reading order, with times computed from the meeting start.
/// Pure: built from the items of one meeting, so the numbering rules are testable alone.
public struct AgendaTree: Sendable {
    public struct Entry: Sendable, Equatable {
        public var number: String
        public var depth: Int
        public var item: AgendaItem
        /// Minutes from the meeting start at which the item begins.
        public var startOffset: Int
        /// The item's own minutes plus those of its sub-items.
        public var totalMinutes: Int
    }

    public private(set) var entries: [Entry] = []

    public init(items: [AgendaItem]) {
        let children = Dictionary(grouping: items, by: \.parentId)
            .mapValues { $0.sorted { ($0.position, $0.id ?? 0) < ($1.position, $1.id ?? 0) } }
        var cursor = 0
        func walk(parent: Int64?, prefix: String, depth: Int) {
            for (index, item) in (children[parent] ?? []).enumerated() {
                let number = prefix.isEmpty ? "\(index + 1)" : "\(prefix).\(index + 1)"
                let slot = entries.count
                entries.append(Entry(number: number, depth: depth, item: item, startOffset: cursor, totalMinutes: 0))
                cursor += item.minutes ?? 0
                if let id = item.id { walk(parent: id, prefix: number, depth: depth + 1) }
                entries[slot].totalMinutes = cursor - entries[slot].startOffset
            }
        }
        walk(parent: nil, prefix: "", depth: 0)
    }

    /// All allotted minutes of the meeting.
    public var totalMinutes: Int {
        entries.filter { $0.depth == 0 }.reduce(0) { $0 + $1.totalMinutes }
    }

    public func entry(number: String) -> Entry? {
        entries.first { $0.number == number }
    }

    public func entry(id: Int64) -> Entry? {
        entries.first { $0.item.id == id }
    }

    /// The item's siblings in order, itself included.
    public func siblings(of item: AgendaItem) -> [AgendaItem] {
        entries.map(\.item).filter { $0.parentId == item.parentId }
    }
}
