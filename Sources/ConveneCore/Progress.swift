/// Told how far long work has come: `done` of `total` steps (documents parsed, rows read).
/// Core code reports; the command line or the app decides whether and how to show it.
public typealias ProgressHandler = (_ done: Int, _ total: Int) -> Void
