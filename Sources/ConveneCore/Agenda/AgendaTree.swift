import Foundation

/// The agenda as numbered rows in reading order, with times computed from the meeting start.
/// Pure: built from the items of one meeting, so the numbering and scheduling rules are
/// testable alone.
///
/// Numbering: items are numbered among their siblings (1, 2, 2.1); a break takes no number
/// and does not count, so the item after "1" and a break is "2". A break is named "B1", "B2"…
/// (in reading order over the whole agenda) wherever a command needs to name it.
///
/// Schedule: each day of the meeting starts at the meeting's start time; items follow one
/// another; an item with a fixed start begins at that time of its day, whatever the items
/// before it take (the gap or the overlap is kept, to be shown); a top-level item that opens a
/// later day starts that day. An item's time is its own minutes, or, when it has none, the
/// sum of its sub-items; its sub-items start with it.
public struct AgendaTree: Sendable {
    public struct Entry: Sendable, Equatable {
        /// "2.1"; "B1" for a break, which is not numbered: the name commands know it by.
        public var number: String
        public var depth: Int
        public var item: AgendaItem
        /// The meeting day the item falls on, from 1.
        public var day: Int
        /// Minutes from the start of its day (the meeting's start time on that day) at which
        /// the item begins.
        public var startOffset: Int
        /// The item's time: its own minutes, else the sum of its sub-items'.
        public var totalMinutes: Int
        /// True when the item has no minutes of its own and its time is its sub-items'.
        public var timeFromSubItems: Bool
        /// For an item with a fixed start: the minutes between the end of the items before it
        /// and its start; negative when they overrun it.
        public var gapBefore: Int?
        /// Minutes by which the sub-items run past the item's own minutes.
        public var subItemsOverrun: Int?

        public var isBreak: Bool { item.isBreak }
    }

    public private(set) var entries: [Entry] = []

    /// `dayStart`: the meeting's start time in minutes after midnight, which fixed starts
    /// ("14:00") are counted from.
    public init(items: [AgendaItem], dayStart: Int = 0) {
        let children = Dictionary(grouping: items, by: \.parentId)
            .mapValues { $0.sorted { ($0.position, $0.id ?? 0) < ($1.position, $1.id ?? 0) } }
        var day = 1
        var cursor = 0
        var breaks = 0
        func walk(parent: Int64?, prefix: String, depth: Int) {
            var numbered = 0
            for item in children[parent] ?? [] {
                if depth == 0, item.day > day {
                    day = item.day
                    cursor = 0
                }
                let number: String
                if item.isBreak {
                    breaks += 1
                    number = "B\(breaks)"
                } else {
                    numbered += 1
                    number = prefix.isEmpty ? "\(numbered)" : "\(prefix).\(numbered)"
                }
                var gap: Int?
                if let fixed = item.fixedStart.flatMap(AgendaClock.minutes) {
                    gap = fixed - dayStart - cursor
                    cursor = fixed - dayStart
                }
                let start = cursor
                let slot = entries.count
                entries.append(Entry(number: number, depth: depth, item: item, day: day, startOffset: start, totalMinutes: 0,
                                     timeFromSubItems: false, gapBefore: gap, subItemsOverrun: nil))
                let hasChildren = item.id.map { children[$0]?.isEmpty == false } ?? false
                if let id = item.id, hasChildren { walk(parent: id, prefix: number, depth: depth + 1) }
                if let own = item.minutes {
                    if hasChildren, cursor > start + own { entries[slot].subItemsOverrun = cursor - start - own }
                    cursor = start + own
                } else {
                    entries[slot].timeFromSubItems = hasChildren
                }
                entries[slot].totalMinutes = cursor - start
            }
        }
        walk(parent: nil, prefix: "", depth: 0)
    }

    /// All allotted minutes of the meeting, breaks included.
    public var totalMinutes: Int {
        entries.filter { $0.depth == 0 }.reduce(0) { $0 + $1.totalMinutes }
    }

    /// The days the agenda covers, in order.
    public var days: [Int] {
        entries.reduce(into: [Int]()) { if $0.last != $1.day { $0.append($1.day) } }
    }

    /// A number as typed ("2.1", "b1") names the item with that number or the break so named.
    public func entry(number: String) -> Entry? {
        let wanted = number.uppercased()
        return entries.first { $0.number == wanted }
    }

    public func entry(id: Int64) -> Entry? {
        entries.first { $0.item.id == id }
    }

    /// The item's siblings in order, itself included.
    public func siblings(of item: AgendaItem) -> [AgendaItem] {
        entries.map(\.item).filter { $0.parentId == item.parentId }
    }
}

/// A time of day as agendas write it, "14:00".
public enum AgendaClock {
    /// "9:05" or "09:05" (also "0905", "9.05") → "09:05"; nil for anything else.
    public static func canonical(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.filter(\.isNumber)
        let separators = trimmed.filter { !$0.isNumber }
        guard separators.isEmpty || separators == ":" || separators == ".", (3...4).contains(digits.count),
              digits.allSatisfy(\.isASCII) else { return nil }
        if !separators.isEmpty, trimmed.split(separator: separators.first!).last?.count != 2 { return nil }
        guard let value = Int(digits) else { return nil }
        let hour = value / 100, minute = value % 100
        guard hour < 24, minute < 60 else { return nil }
        return String(format: "%02d:%02d", hour, minute)
    }

    /// Minutes after midnight of "14:00".
    public static func minutes(_ clock: String) -> Int? {
        guard let canonical = canonical(clock) else { return nil }
        return (Int(canonical.prefix(2)) ?? 0) * 60 + (Int(canonical.suffix(2)) ?? 0)
    }
}
