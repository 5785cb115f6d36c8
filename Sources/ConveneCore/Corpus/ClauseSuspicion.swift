import Foundation

/// Fragments that should not stand inside a clause and hint at a clause read wrong: a page
/// header or number left between two words ("culture of 380 Res. 174 cybersecurity"), an
/// operative heading glued on after a comma ("…work, instructs Study Group 17 to …"), an item
/// marker in mid-text ("awareness; and 2 to report"), a web address from a page footer. The
/// preview marks such clauses.
enum ClauseSuspicion {
    // Regex values never change once built, but Swift does not mark them Sendable.
    nonisolated(unsafe) private static let pageHeader =
        /(?:\b\d{1,4}\s+)?\b(?:Res|Rés|Dec|Déc)\.\s*\d+[A-Z]?(?:\s+\d{1,4})?\s+\p{Ll}|\p{Ll}\s+\d{2,4}\s+(?:Res|Rés)\.\s*\d+/
    nonisolated(unsafe) private static let chinesePageHeader = /\p{Han}\s*\d{2,4}\s*第\s*\d+\s*号决议|第\s*\d+\s*号决议\s*\d{2,4}\s*\p{Han}/
    nonisolated(unsafe) private static let glued =
        /[,;]\s+(?:and\s+)?(?:resolves|instructs|requests|invites|decides|urges|encourages|charge|décide|prie|resuelve|encarga|invita|pide)\s+(?:the\s+|le\s+|la\s+|les\s+|al\s+|a\s+los\s+)?\p{Lu}/
    nonisolated(unsafe) private static let webAddress = /\b(?:https?:\/\/|www\.)\S+/
    nonisolated(unsafe) private static let midMarker =
        /[;:]\s+(?:(?:and|or|et|ou|y|o)\s+)?(?:\(?[a-h]\)|\(?(?:ii|iii|iv|vi|vii|viii)\)|\d{1,2}\s+(?:to|that|à|de|que|a)\s)/

    /// What looks wrong in a clause's text, if anything: the fragment as found.
    static func fragment(in text: String) -> String? {
        // Each pattern only where its telltale is, since a regex pass over every clause is slow.
        let candidates: [(Bool, Regex<Substring>)] = [
            (text.contains("Res.") || text.contains("Rés.") || text.contains("Dec.") || text.contains("Déc."), pageHeader),
            (text.contains("号决议"), chinesePageHeader),
            (text.contains(", ") || text.contains("; "), glued),
            (text.contains("; ") || text.contains(": "), midMarker),
            (text.contains("www.") || text.contains("://"), webAddress),
        ]
        for (worthTrying, pattern) in candidates where worthTrying {
            if let match = text.firstMatch(of: pattern) { return String(match.output).trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    static func warnings(for clauses: [Clause]) -> [ParseWarning] {
        clauses.compactMap { clause in
            fragment(in: clause.text).map { fragment in
                ParseWarning(
                    line: clause.line, clauseKey: clause.key,
                    message: "\(clause.key) holds '\(fragment)', which looks like a page header, a heading or an item "
                        + "marker inside the clause; check its text",
                    kind: .suspicious)
            }
        }
    }
}
