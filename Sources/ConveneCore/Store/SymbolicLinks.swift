import Foundation

/// Paths as other Unix tools treat them: a symbolic link given for a file convene writes
/// (the database, an export) is followed, and the file it points to written, so that the
/// link itself is never replaced by a regular file.
enum SymbolicLinks {
    /// The file `path` names after following every link, a dangling one included (its
    /// target is then the file to create).
    static func target(of path: String) -> String {
        var current = path
        for _ in 0..<40 {  // the kernel's own limit on links in a row
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = target.hasPrefix("/")
                ? target
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        return current
    }
}
