import ArgumentParser
import ConveneCore

/// Replies, attendance, roles and agenda moves are typed as the core's tokens, in any case
/// (`accepted`, `Accepted`). argument-parser lists the tokens in `--help` and refuses any
/// other as a usage error.
protocol TokenArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension TokenArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

extension Reply: TokenArgument {}
extension Attendance: TokenArgument {}
extension InvitationRole: TokenArgument {}
extension AgendaMove: TokenArgument {}
extension ItemClockAction: TokenArgument {}
