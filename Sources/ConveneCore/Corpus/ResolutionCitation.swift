import Foundation

/// How a clause is cited for people, in the document's language.
///
/// - English: `Res. 174 (Guadalajara, 2010), *recalling* g)`,
///   `Res. 130 (Rev. Antalya, 2006), *instructs the Director of the Telecommunication
///   Standardization Bureau* 1 i)`, `Res. 174 (Guadalajara, 2010), *requests the Secretary-General*`.
/// - Chinese, following the Chinese Final Acts' "第130号决议（2014年，釜山，修订版）":
///   `第174号决议（2022年，布加勒斯特，RCC提案），*忆及* f)`.
///
/// Lettered and roman items are printed `g)`, arabic ones `1`, as in the texts. The heading
/// is printed as in the document and set in italics in the Markdown form.
public enum ResolutionCitation {
    /// The document alone: `Res. 174 (Guadalajara, 2010)`, `第174号决议（2022年，布加勒斯特，RCC提案）`.
    public static func document(_ document: ResolutionDocument) -> String {
        let metadata = document.metadata
        if isChinese(document) {
            return "第\(metadata.number)号决议（\(metadata.year)年，\(metadata.conference)）"
        }
        return "Res. \(metadata.number) (\(metadata.conference), \(metadata.year))"
    }

    /// Plain text: `Res. 174 (Guadalajara, 2010), recalling g)`.
    public static func plain(_ clause: Clause, in document: ResolutionDocument) -> String {
        compose(document: Self.document(document), heading: clause.headingText, clause: clause, in: document)
    }

    /// Markdown: `Res. 174 (Guadalajara, 2010), *recalling* g)`, with any character that
    /// Markdown or a GFM table would read as structure escaped.
    public static func markdown(_ clause: Clause, in document: ResolutionDocument) -> String {
        compose(
            document: escapeMarkdown(Self.document(document)),
            heading: "*\(escapeMarkdown(clause.headingText))*",
            clause: clause, in: document
        )
    }

    /// The item as printed: `g)`, `1`, `1 i)`; empty for a heading's single paragraph.
    public static func itemLabel(_ clause: Clause) -> String {
        [clause.number, clause.subNumber].compactMap { $0 }.map(printed).joined(separator: " ")
    }

    private static func compose(document: String, heading: String, clause: Clause, in resolution: ResolutionDocument) -> String {
        let separator = isChinese(resolution) ? "，" : ", "
        let label = itemLabel(clause)
        return document + separator + heading + (label.isEmpty ? "" : " " + label)
    }

    private static func printed(_ label: String) -> String {
        label.allSatisfy(\.isNumber) ? label : label + ")"
    }

    private static func isChinese(_ document: ResolutionDocument) -> Bool {
        document.metadata.language.lowercased().hasPrefix("zh")
    }

    static func escapeMarkdown(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
