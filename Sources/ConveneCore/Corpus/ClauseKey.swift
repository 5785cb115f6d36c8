import Foundation

/// The citable address of a clause: `DOC/HEADING[/N[/SUB]]`, e.g. `R174-2010/recalling/g`,
/// `R174-2010/requests-sg`, `R130-2006/instructs-tsb-director/1/i`. N and SUB are the
/// markers as printed, in lower case; HEADING is the language-neutral slug.
public struct ClauseKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var documentId: String
    public var headingSlug: String
    public var number: String?
    public var subNumber: String?

    public init(documentId: String, headingSlug: String, number: String? = nil, subNumber: String? = nil) {
        self.documentId = documentId
        self.headingSlug = headingSlug
        self.number = number?.lowercased()
        self.subNumber = number == nil ? nil : subNumber?.lowercased()
    }

    /// Reads a key typed by a user or stored in a row.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (2...4).contains(parts.count), !parts.contains(where: \.isEmpty),
              !parts.contains(where: { $0.contains(where: \.isWhitespace) }) else {
            throw ConveneError.invalid(
                field: .clauseKey, value: text,
                reason: "expected DOC/HEADING[/N[/SUB]] such as R174-2010/recalling/g, not"
            )
        }
        self.init(
            documentId: parts[0], headingSlug: parts[1],
            number: parts.count > 2 ? parts[2] : nil,
            subNumber: parts.count > 3 ? parts[3] : nil
        )
    }

    public var description: String {
        ([documentId] + relativeParts).joined(separator: "/")
    }

    /// The key without its document (`recalling/g`), the same across languages and revisions.
    public var relativeKey: String {
        relativeParts.joined(separator: "/")
    }

    private var relativeParts: [String] {
        [headingSlug] + [number, subNumber].compactMap { $0 }
    }
}

extension Clause {
    /// The clause's key as a value.
    public var clauseKey: ClauseKey {
        ClauseKey(documentId: documentId, headingSlug: headingSlug, number: number, subNumber: subNumber)
    }
}
