import Foundation

/// Who makes a change: the operating-system user and the host, recorded with every history
/// entry so that several organisers can share one database and each undo their own work.
public struct ChangeAuthor: Sendable, Equatable, Codable, CustomStringConvertible {
    public var user: String
    public var host: String

    public init(user: String, host: String) {
        self.user = user
        self.host = host
    }

    /// "olga@registry-3".
    public var description: String { "\(user)@\(host)" }

    /// The user this process runs as (from the password database, not `$USER`), on this host.
    public static let current = ChangeAuthor(user: currentUser(), host: currentHost())

    /// `current`, refined by `CONVENE_AUTHOR` when several people share one operating-system
    /// account: "secretariat/olga". The account stays in the record; the name tells the
    /// people apart, so that each undoes only their own changes.
    public static func current(environment: [String: String]) -> ChangeAuthor {
        var author = current
        if let person = environment["CONVENE_AUTHOR"], !person.isEmpty {
            author.user += "/" + person
        }
        return author
    }

    private static func currentUser() -> String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(uid)"
    }

    private static func currentHost() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
