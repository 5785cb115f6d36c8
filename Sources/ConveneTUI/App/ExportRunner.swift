import ConveneCore
import Foundation

/// Writes an export (agenda, minutes, implementation report) to a file and returns the
/// absolute path written.
public protocol ExportRunner: Sendable {
    func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String
}

/// The exports `convene export` and `convene report` write, made by the same core function
/// and dated today.
public struct MarkdownExportRunner: ExportRunner {
    let store: Store
    let report: ReportScope
    let today: @Sendable () -> String

    public init(store: Store, report: ReportScope = ReportScope(), today: @escaping @Sendable () -> String = { MeetingTime.today() }) {
        self.store = store
        self.report = report
        self.today = today
    }

    public func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String {
        let text = try store.export(kind, meeting: meeting.map(RecordReference.id), options: ExportOptions(date: today()), report: report)
        let absolute = ExportFile.absolutePath(TypedPath.expand(path))
        try ExportFile.write(text, to: absolute)
        return absolute
    }
}
