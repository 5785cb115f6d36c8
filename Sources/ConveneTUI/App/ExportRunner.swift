import ConveneCore
import Foundation

/// Writes an export (agenda, minutes, implementation report) to a file and returns the
/// absolute path written.
public protocol ExportRunner: Sendable {
    func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String
}

/// The Markdown exports of ConveneCore, as `convene export` and `convene report` write them,
/// dated today.
public struct MarkdownExportRunner: ExportRunner {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func export(_ kind: ExportKind, meeting: Int64?, to path: String) throws -> String {
        let date = MeetingTime.today()
        let text: String
        switch kind {
        case .agenda, .minutes:
            guard let meeting else { throw ConveneError.refused("choose a meeting to export its \(kind.rawValue)") }
            let record = try store.meetingRecord("\(meeting)")
            let options = ExportOptions(date: date)
            text = kind == .agenda ? AgendaExport.markdown(record, options: options) : MinutesExport.markdown(record, options: options)
        case .report:
            let record = try store.implementationRecord(resolution: "R174-2010", from: nil, to: nil)
            text = ImplementationReport.markdown(record, date: date)
        }
        let absolute = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        try ExportFile.write(text, to: absolute)
        return absolute
    }
}
