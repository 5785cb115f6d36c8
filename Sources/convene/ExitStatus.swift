import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

/// The kinds of failure, and the one table of the exit statuses that the man page documents
/// (EXIT STATUS). Several kinds share status 1 for now; giving a kind its own status is an
/// edit of `code` here (and of the man page).
enum ExitStatus: CaseIterable {
    case success
    /// An unknown option, a missing argument, a value outside a listed set: argument-parser's.
    case usage
    /// An id, code or reference that names nothing.
    case notFound
    /// A value that fails validation, or a reference that matches several records.
    case invalidValue
    /// An action the data refuses: nothing to undo, an impossible move, minutes already approved.
    case conflict
    /// The database file cannot be used (and was not changed).
    case databaseUnusable
    /// A failure convene has no sentence for: the system or SQLite failed.
    case io
    /// The shipped data folder cannot be found or read.
    case dataMissing
    /// Another convene held the database for too long: trying again will work.
    case busy
    /// There is no terminal to open the app on.
    case noTerminal

    var code: Int32 {
        switch self {
        case .success: 0
        case .notFound, .invalidValue, .conflict, .io: 1
        case .noTerminal: 2
        case .databaseUnusable: 3
        case .dataMissing: 4
        case .busy: 8
        case .usage: 64
        }
    }

    init(_ error: ConveneError) {
        switch error {
        case .invalid, .missing, .ambiguous: self = .invalidValue
        case .notFound: self = .notFound
        case .refused: self = .conflict
        case .unusableDatabase: self = .databaseUnusable
        case .missingData: self = .dataMissing
        case .busy: self = .busy
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
