import Foundation

/// A progress line on stderr for long work (imports, generation, large exports). It is drawn
/// only when stderr is a terminal, so scripts and pipes see nothing; it waits a quarter of a
/// second before appearing (quick work never flashes), is redrawn at most ten times a second,
/// and is erased when the work ends, leaving the terminal as the command's messages need it.
final class ProgressLine {
    private let label: String
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let now: () -> UInt64
    private let started: UInt64
    private var lastDrawn: UInt64?

    static let appearAfter: UInt64 = 250_000_000
    static let redrawEvery: UInt64 = 100_000_000

    init(
        _ label: String,
        isTerminal: Bool = isatty(STDERR_FILENO) == 1,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
        now: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
    ) {
        self.label = label
        self.isTerminal = isTerminal
        self.write = write
        self.now = now
        self.started = now()
    }

    /// The handler to give core code.
    var handler: (Int, Int) -> Void { { [self] done, total in update(done: done, total: total) } }

    func update(done: Int, total: Int) {
        guard isTerminal else { return }
        let time = now()
        guard time - started >= Self.appearAfter else { return }
        if let lastDrawn, time - lastDrawn < Self.redrawEvery { return }
        lastDrawn = time
        let percent = total > 0 ? " (\(done * 100 / total)%)" : ""
        write("\r\u{1B}[K\(label) \(done)/\(total)\(percent)")
    }

    /// Erases the line if it was drawn. Call it before printing the result.
    func finish() {
        guard lastDrawn != nil else { return }
        write("\r\u{1B}[K")
        lastDrawn = nil
    }
}
