import Foundation

/// Writes an export (agenda, minutes, implementation report) to a file and returns the
/// absolute path written. The Markdown exports live in ConveneCore; the executable wires
/// them in here. Without one the app says so rather than write a fake file.
public protocol ExportRunner: Sendable {
    func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String
}

/// Used until the exports are wired in: every export is refused with a plain sentence.
public struct UnavailableExportRunner: ExportRunner {
    public init() {}

    public func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String {
        throw ExportUnavailable()
    }
}

public struct ExportUnavailable: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "export not available yet: nothing was written" }
}
