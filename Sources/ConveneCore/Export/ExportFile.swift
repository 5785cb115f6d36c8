import Foundation

/// Writes an export so that the file is either the old one or the whole new one, never half.
///
/// The new text goes to a temporary file beside the target, which then replaces it. A
/// symbolic link is followed, never replaced: the file it points to is the one rewritten.
/// An existing file keeps its permissions; a new one gets 0600, because every export is drawn
/// from a directory of people (names, organisations, attendance): widen it to share it.
public enum ExportFile {
    public static func write(_ text: String, to typedPath: String) throws {
        let path = SymbolicLinks.target(of: typedPath)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            throw ConveneError.fileFailure(field: .output, path: typedPath, reason: "cannot write to a folder")
        }
        var mode: mode_t = 0o600
        if exists {
            var status = stat()
            if stat(path, &status) == 0 { mode = status.st_mode & 0o7777 }
        }
        do {
            try replace(path, with: Data(text.utf8), mode: mode)
        } catch let error as WriteFailure {
            throw ConveneError.fileFailure(field: .output, path: typedPath, reason: "cannot write the file (\(error.reason))")
        }
    }

    /// A path typed where no shell expands it (`~/minutes.md`), as an absolute path.
    public static func absolutePath(_ typed: String) -> String {
        URL(fileURLWithPath: (typed as NSString).expandingTildeInPath).standardizedFileURL.path
    }

    private struct WriteFailure: Error {
        var reason: String
        init(_ call: String) { reason = "\(call): \(String(cString: strerror(errno)))" }
    }

    /// Writes a temporary file in the target's folder (so the rename stays on one file
    /// system), flushes it to disk, then renames it over the target.
    private static func replace(_ path: String, with data: Data, mode: mode_t) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteFailure("create") }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(temporary) }
        }
        // fchmod, not the open mode, so that the umask cannot narrow a kept mode.
        guard fchmod(descriptor, mode) == 0 else { throw WriteFailure("chmod") }
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure("write")
                }
                offset += count
            }
        }
        guard fsync(descriptor) == 0 else { throw WriteFailure("fsync") }
        guard rename(temporary, path) == 0 else { throw WriteFailure("rename") }
        written = true
    }
}
