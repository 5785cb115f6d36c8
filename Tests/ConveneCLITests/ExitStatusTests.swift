import ConveneCore
import Foundation
import Testing
@testable import convene

/// Swift Testing has an `ExitStatus` of its own.
private typealias ExitStatus = convene.ExitStatus

@Suite("One exit-status table for every error")
struct ExitStatusTests {
    fileprivate static let documented: [(ConveneError, ExitStatus, Int32)] = [
        (.invalid(field: .email, value: "x", reason: "invalid email address"), .invalidValue, 1),
        (.missing(fields: [.resolutionId], reason: "the text has no title line"), .invalidValue, 1),
        (.ambiguous(kind: "organisation", reference: "Geo", candidates: ["#1 A", "#2 B"]), .invalidValue, 1),
        (.unusableDatabase(path: "/tmp/x", reason: "it is a folder, not a file"), .databaseUnusable, 3),
        (.missingData("cannot read countries.tsv"), .dataMissing, 4),
        (.notFound(kind: "meeting", reference: "7"), .notFound, 5),
        (.unknown(field: .owner, value: "x@example.org", reason: "unknown participant"), .notFound, 5),
        (.duplicate(field: .email, value: "a@example.org", reason: "another participant already has the email"), .conflict, 6),
        (.refused("nothing to undo"), .conflict, 6),
        (.fileFailure(field: .output, path: "/", reason: "cannot write to a folder"), .io, 7),
        (.busy(path: "/tmp/x.sqlite"), .busy, 8),
    ]

    @Test("each core error has its kind and the status the man page documents", arguments: documented)
    fileprivate func coreErrors(error: ConveneError, kind: ExitStatus, code: Int32) {
        let report = FailureReport(error)
        #expect(report.status == kind)
        #expect(report.status.code == code)
        #expect(!report.toStandardOutput)
    }

    @Test("every kind has its own status, and the statuses are the documented ones")
    func distinctStatuses() {
        let codes = ExitStatus.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.sorted() == [0, 1, 2, 3, 4, 5, 6, 7, 8, 64])
    }

    @Test("every error message names the field and the value")
    func messagesNameFieldAndValue() {
        #expect(FailureReport(ConveneError.duplicate(field: .email, value: "a@example.org", reason: "another participant already has the email")).message
            == "convene: another participant already has the email 'a@example.org' for --email")
        #expect(FailureReport(ConveneError.unknown(field: .itemId, value: "12", reason: "no agenda item with id (in this meeting)")).message
            == "convene: no agenda item with id '12' for --item-id (in this meeting)")
        #expect(FailureReport(ConveneError.fileFailure(field: .output, path: "/", reason: "cannot write to a folder")).message
            == "convene: cannot write to a folder '/' for --output")
        #expect(FailureReport(ConveneError.busy(path: "/tmp/x.sqlite")).message
            == "convene: the database /tmp/x.sqlite is busy: another convene is writing to it; try again")
    }

    @Test("the command line names an invalid value's field by its option")
    func fieldsByOption() {
        let report = FailureReport(ConveneError.invalid(field: .storedTimeZone, value: "Mars/Olympus",
                                                        reason: "unknown time zone (use an IANA name such as Europe/Zurich)"))
        #expect(report.message == "convene: unknown time zone 'Mars/Olympus' for time zone (set --tz) (use an IANA name such as Europe/Zurich)")
        #expect(FailureReport(ConveneError.notFound(kind: "meeting", reference: "7")).message == "convene: no meeting '7'")
    }

    @Test("no two fields share an option name, so a message never points at the wrong one")
    func flagsAreDistinct() {
        let flags = Field.allCases.map(\.flag)
        #expect(Set(flags).count == flags.count)
    }

    @Test("argument-parser's errors are usage errors beginning convene:, with the usage line")
    func usageErrors() throws {
        let error = try #require(parseError(["reply", "1", "1", "maybe"]))
        let report = FailureReport(error)
        #expect(report.status == .usage)
        #expect(report.status.code == 64)
        #expect(report.message.hasPrefix("convene: The value 'maybe' is invalid for '<reply>'"), "\(report.message)")
        #expect(report.message.contains("Usage: convene reply"))
        #expect(!report.toStandardOutput)
    }

    @Test("help and version are printed on standard output and exit 0")
    func helpAndVersion() throws {
        for arguments in [["--help"], ["--version"], ["agenda", "move", "--help"]] {
            let report = FailureReport(try #require(helpError(arguments)))
            #expect(report.status == .success)
            #expect(report.status.code == 0)
            #expect(report.toStandardOutput)
            #expect(!report.message.hasPrefix("convene:"))
        }
    }

    @Test("no terminal exits 2; an error convene has no sentence for is an I/O failure, exit 7")
    func otherErrors() {
        let noTerminal = FailureReport(TerminalApp.NoTerminal(reason: "standard input is not a terminal"))
        #expect(noTerminal.status == .noTerminal)
        #expect(noTerminal.status.code == 2)
        #expect(noTerminal.message == "convene: standard input is not a terminal; run 'convene --help' for the commands")
        let io = FailureReport(CocoaError(.fileWriteOutOfSpace))
        #expect(io.status == .io)
        #expect(io.status.code == 7)
        #expect(io.message.hasPrefix("convene: "))
    }

    private func parseError(_ arguments: [String]) -> Error? {
        do {
            _ = try Convene.parseAsRoot(arguments)
            return nil
        } catch {
            return error
        }
    }

    /// `--help` parses to argument-parser's help command, which throws the help when run.
    private func helpError(_ arguments: [String]) -> Error? {
        do {
            var command = try Convene.parseAsRoot(arguments)
            guard !(command is Convene) else { return nil }
            try command.run()
            return nil
        } catch {
            return error
        }
    }
}
