import ConveneCore
import Foundation

/// What `:export` may set besides the file, as `--date` and `--symbol` do for `convene export`:
/// the document's date as typed (nil: today) and its symbol (nil: its own in the meeting's series).
public struct ExportChoices: Sendable, Equatable {
    public var date: String?
    public var symbol: String?

    public init(date: String? = nil, symbol: String? = nil) {
        self.date = date
        self.symbol = symbol
    }
}

/// Writes an export (agenda, minutes, implementation report) to a file and returns the
/// absolute path written.
public protocol ExportRunner: Sendable {
    func export(_ kind: ExportKind, meeting: Int64?, choices: ExportChoices, to path: String) throws -> String
}

extension ExportRunner {
    public func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String {
        try export(kind, meeting: meeting, choices: ExportChoices(), to: path)
    }
}

/// The exports `convene export` and `convene report` write, made by the same core function
/// and dated today unless a date is chosen.
public struct MarkdownExportRunner: ExportRunner {
    let store: Store
    let report: ReportScope
    let today: @Sendable () -> String

    public init(store: Store, report: ReportScope = ReportScope(), today: @escaping @Sendable () -> String = { MeetingTime.today() }) {
        self.store = store
        self.report = report
        self.today = today
    }

    public func export(_ kind: ExportKind, meeting: Int64?, choices: ExportChoices, to path: String) throws -> String {
        let date = try choices.date.map { try MeetingTime.parseDate($0, field: .date) } ?? today()
        let options = ExportOptions(date: date, symbol: choices.symbol)
        let text = try store.export(kind, meeting: meeting.map(RecordReference.id), options: options, report: report)
        let absolute = ExportFile.absolutePath(TypedPath.expand(path))
        try ExportFile.write(text, to: absolute)
        return absolute
    }
}
