import Foundation
import GRDB

/// `convene dev generate`: a directory and meetings of any size for benchmarks and tests,
/// the same for the same seed. The rows are written in a few large transactions with
/// prepared statements, outside the history (no change is open, so the tracking triggers
/// log nothing), and the search keys are computed by the same `SearchKey` functions every
/// other write uses.
public enum SyntheticData {
    public struct Counts: Sendable, Equatable {
        public var participants = 0
        public var organisations = 0
        public var meetings = 0
        public var invitations = 0
        public var agendaItems = 0
        public var actionPoints = 0
    }

    /// Fills `store`, which must have no participants or meetings yet (the shipped rows are
    /// fine): generated data is not meant to mix with real data.
    @discardableResult
    public static func generate(
        into store: Store, participants: Int, meetings: Int, seed: UInt64, progress: ProgressHandler? = nil
    ) throws -> Counts {
        guard participants >= 0, meetings >= 0 else { throw ConveneError.refused("a count cannot be negative") }
        guard meetings == 0 || participants >= 20 else {
            throw ConveneError.refused("meetings invite at least 20 participants: generate at least 20 participants")
        }
        try store.checkBeforeWriting()
        return try store.wrapDatabaseErrors {
            // The file is as good as new (nothing but the shipped rows, checked below), so it
            // is written once, straight into the file under a rollback journal, rather than
            // into the write-ahead log and then copied again: the WAL mode the store uses is
            // set back afterwards. In-memory databases have no journal mode to change.
            let isFile = store.path != ":memory:"
            if isFile { try store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") } }
            defer { if isFile { try? store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") } } }
            return try store.queue.write { db in
                let existing = try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM participant) + (SELECT count(*) FROM meeting)") ?? 0
                guard existing == 0 else {
                    throw ConveneError.refused("the database already has participants or meetings; generate into a new database file")
                }
                // One transaction writes the whole file (about 130 MB for 100,000 participants
                // and 1,000 meetings): with SQLite's default 2 MB page cache it spills pages
                // to the log and reads them back over and over, four times slower.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                var generator = Generator(seed: seed, db: db)
                generator.progress = progress
                generator.progressTotal = participants + meetings * Generator.meetingProgressWeight
                try generator.organisations(forParticipants: participants)
                try generator.participants(participants)
                try generator.meetings(meetings)
                return generator.counts
            }
        }
    }
}

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// A number in `range`, evenly spread on a logarithmic scale (as many from 20 to 200 as
    /// from 200 to 2,000).
    mutating func logarithmic(_ range: ClosedRange<Int>) -> Int {
        let low = log(Double(range.lowerBound)), high = log(Double(range.upperBound))
        let unit = Double(next() >> 11) / Double(1 << 53)
        return min(range.upperBound, max(range.lowerBound, Int(exp(low + (high - low) * unit).rounded())))
    }
}
