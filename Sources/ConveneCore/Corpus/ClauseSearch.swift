import Foundation

/// Finds clauses by words, the way `/` filters everywhere in convene: case- and
/// diacritic-insensitive, every word must occur, CJK text matched as substrings.
/// A clause matches on its text, its footnotes, its heading as printed and its key.
public enum ClauseSearch {
    /// Matching clauses in document order: documents as given, clauses by position.
    /// An empty query matches every clause. `documentId` restricts the search to one document.
    public static func search(_ query: String, in documents: [ResolutionDocument], documentId: String? = nil) -> [Clause] {
        let terms = TextFolding.queryTerms(query)
        return documents
            .filter { documentId == nil || $0.id == documentId }
            .flatMap { $0.clauses.sorted { $0.position < $1.position } }
            .filter { terms.isEmpty || TextFolding.matches(folded: searchableText($0), terms: terms) }
    }

    private static func searchableText(_ clause: Clause) -> String {
        TextFolding.fold(([clause.key, clause.headingText, clause.text] + clause.footnotes).joined(separator: "\n"))
    }
}
