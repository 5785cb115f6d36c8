/// Who sends the invitations: `[organiser]` in config.toml.
public struct Organiser: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
