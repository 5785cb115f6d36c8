import Foundation

/// What differs between two documents' clauses, matched by their key without the document
/// (`recalling/g`): two revisions of a resolution, or two languages of one text.
public struct ResolutionComparison: Codable, Sendable, Equatable {
    /// A clause present in both documents whose text differs.
    public struct ChangedClause: Codable, Sendable, Equatable {
        public var relativeKey: String
        public var keyInA: String
        public var keyInB: String
        public var textInA: String
        public var textInB: String
    }

    /// Keys (of A) whose clause B lacks, in A's order.
    public var onlyInA: [String]
    /// Keys (of B) whose clause A lacks, in B's order.
    public var onlyInB: [String]
    /// Clauses in both with different text, in A's order.
    public var changed: [ChangedClause]
    /// Relative keys of clauses in both with the same text, in A's order.
    public var unchanged: [String]

    public static func compare(_ a: ResolutionDocument, _ b: ResolutionDocument) -> ResolutionComparison {
        let clausesOfB = Dictionary(b.clauses.map { ($0.relativeKey, $0) }, uniquingKeysWith: { first, _ in first })
        let keysOfA = Set(a.clauses.map(\.relativeKey))
        var comparison = ResolutionComparison(onlyInA: [], onlyInB: [], changed: [], unchanged: [])
        for clause in a.clauses {
            guard let other = clausesOfB[clause.relativeKey] else {
                comparison.onlyInA.append(clause.key)
                continue
            }
            if SourceLines.clean(clause.text) == SourceLines.clean(other.text) {
                comparison.unchanged.append(clause.relativeKey)
            } else {
                comparison.changed.append(ChangedClause(
                    relativeKey: clause.relativeKey, keyInA: clause.key, keyInB: other.key,
                    textInA: clause.text, textInB: other.text
                ))
            }
        }
        comparison.onlyInB = b.clauses.filter { !keysOfA.contains($0.relativeKey) }.map(\.key)
        return comparison
    }
}
