import ConveneCore

/// A one-line question at the bottom of the screen ("Export minutes to file:").
struct Prompt: Sendable {
    enum Purpose: Sendable {
        case exportPath(ExportKind, meeting: Int64?)
        /// A CSV file of participants, also invited to the meeting when there is one.
        case importPath(meeting: Int64?)
    }

    static func importPath(meeting: Int64?) -> Prompt {
        Prompt(question: "Import participants from CSV file (Tab completes):", field: TextField(), purpose: .importPath(meeting: meeting))
    }

    var question: String
    var field: TextField
    var purpose: Purpose

    /// `home` replaces a leading `~` of a path to read, as a shell would.
    func submit(home: String) -> [AppEffect] {
        let answer = field.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case let .exportPath(kind, meeting):
            guard !answer.isEmpty else { return [] }
            return [.export(kind, meeting: meeting, path: answer)]
        case let .importPath(meeting):
            guard !answer.isEmpty else { return [] }
            let path = answer == "~" || answer.hasPrefix("~/") ? home + answer.dropFirst() : answer
            return [.planImport(path: path, label: answer, meeting: meeting)]
        }
    }
}
