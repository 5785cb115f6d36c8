import ConveneCore

/// The `:` command line: `:q`, `:export agenda|minutes|report [--date D] [--symbol S] FILE`, `:approve`, `:reopen REASON`, `:undo`, `:redo`, `:help`.
extension ConveneApp {
    mutating func runCommand(_ text: String) -> [AppEffect] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return [] }
        switch name {
        case "q", "quit", "q!", "qa", "wq", "x":
            isFinished = true
            return []
        case "undo", "u":
            return [.write(.undo)]
        case "redo":
            return [.write(.redo)]
        case "help", "h":
            modal = .help(entries: helpEntries(), offset: 0)
            return []
        case "export", "e":
            return exportCommand(Array(words.dropFirst()))
        case "approve":
            return approveCommand()
        case "reopen":
            return reopenCommand(words.dropFirst().joined(separator: " "))
        default:
            say("unknown command ':\(name)' (try :export minutes FILE, :undo, :q)", error: true)
            return []
        }
    }

    private mutating func exportCommand(_ arguments: [String]) -> [AppEffect] {
        let kinds = ExportKind.allCases.map(\.rawValue).joined(separator: "|")
        let usage = "usage: :export \(kinds) [--date YYYY-MM-DD] [--symbol SYMBOL] FILE"
        guard let first = arguments.first, let kind = ExportKind(rawValue: first == "implementation" ? "report" : first) else {
            say(usage, error: true)
            return []
        }
        guard let (choices, path) = Self.exportChoices(Array(arguments.dropFirst())), !path.isEmpty else {
            say(usage, error: true)
            return []
        }
        guard kind.needsMeeting else {
            if choices.symbol != nil {
                say("the implementation report has no document symbol; --symbol is for the agenda and minutes", error: true)
                return []
            }
            return [.export(kind, meeting: nil, path: path, choices: choices)]
        }
        guard let meeting = currentMeetingId else {
            say("open or select a meeting first: :export \(kind.rawValue) needs one", error: true)
            return []
        }
        return [.export(kind, meeting: meeting, path: path, choices: choices)]
    }

    /// `--date D` and `--symbol S` (also `--date=D`) anywhere among the words, as `convene export`
    /// takes them; the other words are the file. Nil for an option without its value or an
    /// unknown option.
    static func exportChoices(_ words: [String]) -> (ExportChoices, path: String)? {
        var choices = ExportChoices()
        var pathWords: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--") else {
                pathWords.append(word)
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let value: String
            if parts.count == 2 {
                value = parts[1]
            } else {
                guard index < words.count else { return nil }
                value = words[index]
                index += 1
            }
            switch parts[0] {
            case "--date": choices.date = value
            case "--symbol": choices.symbol = value
            default: return nil
            }
        }
        return (choices, pathWords.joined(separator: " "))
    }

    /// Approving the minutes locks the record, so it asks first; there is no single key for it.
    private mutating func approveCommand() -> [AppEffect] {
        guard let meeting = currentMeetingId else {
            say("open or select a meeting first: :approve approves its minutes", error: true)
            return []
        }
        let name = meetings.first { $0.meeting.id == meeting }.map { $0.meeting.code ?? $0.meeting.title } ?? "#\(meeting)"
        modal = .confirm(message: "Approve the minutes of \(name)? The record is then locked.",
                         yes: [.write(.approveMinutes(meeting: meeting))])
        return []
    }

    /// Returns approved minutes to a draft; the reason goes into the history, as with
    /// `convene minutes reopen --reason`.
    private mutating func reopenCommand(_ reason: String) -> [AppEffect] {
        guard let meeting = currentMeetingId else {
            say("open or select a meeting first: :reopen reopens its minutes", error: true)
            return []
        }
        guard !reason.isEmpty else {
            say("usage: :reopen REASON (why the approved minutes are changed)", error: true)
            return []
        }
        return [.write(.reopenMinutes(meeting: meeting, reason: reason))]
    }

    /// The meeting open in the workspace, else the one selected in the list, whichever
    /// screen is on show.
    var currentMeetingId: Int64? {
        screens.indices.lazy.compactMap { screens[$0].currentMeetingId(context: context(for: $0)) }.first
    }
}
