import Foundation

/// Writes an export so that the file is either the old one or the whole new one, never half.
public enum ExportFile {
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ConveneError.fileFailure(field: .output, path: path, reason: "cannot write to a folder")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ConveneError.fileFailure(field: .output, path: path, reason: "cannot write the file")
        }
    }

    /// A path typed where no shell expands it (`~/minutes.md`), as an absolute path.
    public static func absolutePath(_ typed: String) -> String {
        URL(fileURLWithPath: (typed as NSString).expandingTildeInPath).standardizedFileURL.path
    }
}
