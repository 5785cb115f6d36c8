/// The Markdown documents convene exports. `convene export`, `convene report` and the
/// terminal app's exports all make them through `Store.export`.
public enum ExportKind: String, CaseIterable, Sendable {
    case agenda, minutes, report

    public var title: String {
        switch self {
        case .agenda: "Agenda"
        case .minutes: "Minutes (summary record)"
        case .report: "Implementation report"
        }
    }

    public var needsMeeting: Bool { self != .report }
}

/// What the implementation report covers: one resolution's operative clauses, in the
/// meetings that start within the dates (YYYY-MM-DD, both included) when they are given.
public struct ReportScope: Sendable, Equatable {
    /// The resolution reported on unless another is chosen.
    public static let defaultResolution = "R174-2010"

    public var resolution: String
    public var from: String?
    public var to: String?

    public init(resolution: String = defaultResolution, from: String? = nil, to: String? = nil) {
        self.resolution = resolution
        self.from = from
        self.to = to
    }
}

extension Store {
    /// One export's Markdown: the agenda or minutes of `meeting` (id or code), or the
    /// implementation report of `report`, dated `options.date`.
    public func export(_ kind: ExportKind, meeting: RecordReference?, options: ExportOptions,
                       report: ReportScope = ReportScope()) throws -> String {
        switch kind {
        case .agenda, .minutes:
            guard let meeting else { throw ConveneError.refused("choose a meeting to export its \(kind.rawValue)") }
            let record = try meetingRecord(meeting)
            let options = options.withDocumentSymbol(kind, meeting: record.meeting)
            return kind == .agenda
                ? AgendaExport.markdown(record, options: options)
                : MinutesExport.markdown(record, options: options)
        case .report:
            let record = try implementationRecord(resolution: report.resolution, from: report.from, to: report.to)
            return ImplementationReport.markdown(record, date: options.date)
        }
    }
}
