import GRDB

/// Where a new agenda item goes among its siblings, moving as few of them as possible: every
/// moved row is a write and a history row, and renumbering all the later siblings made one
/// insertion on a 10,000-item agenda hold the write lock for seconds.
///
/// Positions only order siblings (ties broken by id); they need not start at 0 or be dense.
enum AgendaPositions {
    /// The position after the last of `siblings`.
    static func end(of siblings: [AgendaItem]) -> Int {
        (siblings.map(\.position).max() ?? -1) + 1
    }

    /// Makes room right after `siblings[index]` (siblings in agenda order) and returns the
    /// new item's position. Either the later siblings move up or the earlier ones (the
    /// sibling included) move down, whichever moves fewer; a gap moves none.
    static func makeRoom(after index: Int, in siblings: [AgendaItem], _ db: Database) throws -> Int {
        let up = shiftingLaterUp(after: index, siblings)
        let down = shiftingEarlierDown(through: index, siblings)
        let (position, moved) = down.map { $0.moved.count < up.moved.count ? $0 : up } ?? up
        for item in moved {
            try item.update(db)
        }
        return position
    }

    /// The new item at the sibling's position + 1; later siblings at or below the position
    /// they must clear move up by one, until a gap absorbs the shift.
    private static func shiftingLaterUp(after index: Int, _ siblings: [AgendaItem]) -> (position: Int, moved: [AgendaItem]) {
        let position = siblings[index].position + 1
        var moved: [AgendaItem] = []
        var free = position + 1
        for var later in siblings[(index + 1)...] {
            guard later.position < free else { break }
            later.position = free
            moved.append(later)
            free += 1
        }
        return (position, moved)
    }

    /// The new item at the sibling's position, which moves down with the earlier siblings
    /// it would meet. Only possible when the next sibling is strictly after that position
    /// (a tie is ordered by id, and the new item's id is the highest).
    private static func shiftingEarlierDown(through index: Int, _ siblings: [AgendaItem]) -> (position: Int, moved: [AgendaItem])? {
        let position = siblings[index].position
        if siblings.indices.contains(index + 1), siblings[index + 1].position <= position { return nil }
        var moved: [AgendaItem] = []
        var free = position - 1
        for var earlier in siblings[...index].reversed() {
            guard earlier.position > free else { break }
            earlier.position = free
            moved.append(earlier)
            free -= 1
        }
        return (position, moved)
    }
}
