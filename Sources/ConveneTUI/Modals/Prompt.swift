import ConveneCore

/// A one-line question at the bottom of the screen ("Export minutes to file:").
struct Prompt: Sendable {
    enum Purpose: Sendable {
        case exportPath(ExportKind, meeting: Int64?)
    }

    var question: String
    var field: TextField
    var purpose: Purpose

    func submit() -> [AppEffect] {
        let answer = field.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case let .exportPath(kind, meeting):
            guard !answer.isEmpty else { return [] }
            return [.export(kind, meeting: meeting, path: answer)]
        }
    }
}
