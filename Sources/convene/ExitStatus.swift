import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

/// The kinds of failure, and the one table of the exit statuses that the man page documents
/// (EXIT STATUS), so that a script can branch on what went wrong.
enum ExitStatus: CaseIterable {
    case success
    /// A value that fails validation, or a reference that matches several records.
    case invalidValue
    /// There is no terminal to open the app on.
    case noTerminal
    /// The database file cannot be used (and was not changed).
    case databaseUnusable
    /// The shipped data folder cannot be found or read.
    case dataMissing
    /// An id, code, number or name that names nothing.
    case notFound
    /// What the data refuses: a duplicate email or code, nothing to undo, an impossible move,
    /// minutes already approved.
    case conflict
    /// A file that cannot be read or written, or a failure of the system convene has no
    /// sentence for.
    case io
    /// Another process is writing to the database: try again.
    case busy
    /// An unknown option, a missing argument, a value outside a listed set: argument-parser's.
    case usage

    var code: Int32 {
        switch self {
        case .success: 0
        case .invalidValue: 1
        case .noTerminal: 2
        case .databaseUnusable: 3
        case .dataMissing: 4
        case .notFound: 5
        case .conflict: 6
        case .io: 7
        case .busy: 8
        case .usage: 64
        }
    }

    init(_ error: ConveneError) {
        switch error {
        case .invalid, .missing, .ambiguous: self = .invalidValue
        case .notFound, .unknown: self = .notFound
        case .duplicate, .refused: self = .conflict
        case .fileFailure: self = .io
        case .unusableDatabase: self = .databaseUnusable
        case .busy: self = .busy
        case .missingData: self = .dataMissing
        }
    }
}

/// What convene prints, and where, for an error that ends a command, and the status it
/// exits with. Every error goes through here: the store's, the commands' and
/// argument-parser's own, whose help and version are "errors" printed on standard output.
struct FailureReport: Equatable {
    var message: String
    var toStandardOutput = false
    var status: ExitStatus

    init(_ error: Error) {
        switch error {
        case let error as ConveneError:
            message = "convene: " + error.message(naming: \.flag)
            status = ExitStatus(error)
        case let error as TerminalApp.NoTerminal:
            message = "convene: \(error)"
            status = .noTerminal
        default:
            // `Convene._errorPrefix` makes argument-parser's messages begin "convene: ".
            message = Convene.fullMessage(for: error, columns: nil)
            switch Convene.exitCode(for: error) {
            case .success:
                toStandardOutput = true
                status = .success
            case .validationFailure:
                status = .usage
            default:
                status = .io
            }
        }
    }

    func exit() -> Never {
        if !message.isEmpty {
            // User text in a message (a name, a reference that matched nothing) goes through
            // the app's safe text: no escape sequence or bidi override reaches the terminal.
            (toStandardOutput ? FileHandle.standardOutput : FileHandle.standardError).write(Data((SafeText.terminalText(message) + "\n").utf8))
        }
        Foundation.exit(status.code)
    }
}
