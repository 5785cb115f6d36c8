import Foundation

/// Turns the draft outline into headings and clauses with keys, cleaned texts and footnotes.
///
/// A heading without items is one clause (`R174-2010/requests-sg`); with items, its
/// lead-in becomes the heading's intro text and each item a clause. An item with sub-items
/// is a clause of its own holding its lead-in ("to review:", key `…/1`), and each sub-item
/// is a clause keyed `…/1/i`.
struct OutlineAssembler {
    let documentId: String
    private(set) var warnings: [ParseWarning] = []

    init(documentId: String) {
        self.documentId = documentId
    }

    private struct PendingClause {
        var clause: Clause
        var footnoteReferences: [Int]
        var footnoteDefinitions: [(number: Int, text: String)]
    }

    mutating func assemble(_ drafts: [ClauseOutlineBuilder.DraftHeading]) -> ([ResolutionHeading], [Clause]) {
        var headings: [ResolutionHeading] = []
        var pending: [PendingClause] = []
        var slugCounts: [String: Int] = [:]

        for draft in drafts {
            let baseSlug = draft.tableSlug ?? HeadingTable.derivedSlug(forHeading: draft.text, position: headings.count + 1)
            slugCounts[baseSlug, default: 0] += 1
            let occurrence = slugCounts[baseSlug, default: 1]
            let slug = occurrence == 1 ? baseSlug : "\(baseSlug)-\(occurrence)"
            let part = draft.tableSlug == nil ? HeadingWords.part(ofHeading: draft.text) : HeadingTable.part(forSlug: baseSlug)
            let lead = ParagraphText.clean(draft.leadLines)
            var usedKeys = Set<String>()

            func add(number: String?, subNumber: String?, text: ParagraphText.Footnoted, line: Int) {
                var key = ClauseKey(documentId: documentId, headingSlug: slug, number: number, subNumber: subNumber)
                if !usedKeys.insert(key.description).inserted {
                    var copy = 2
                    let printed = subNumber ?? number ?? ""
                    while usedKeys.contains(Self.key(key, renumbered: "\(printed)-\(copy)").description) { copy += 1 }
                    key = Self.key(key, renumbered: "\(printed)-\(copy)")
                    usedKeys.insert(key.description)
                    warnings.append(ParseWarning(
                        line: line, message: "item \(printed)) repeats under '\(draft.text)'; keyed \(key)",
                        kind: .sequence
                    ))
                }
                let clause = Clause(
                    key: key.description, documentId: documentId, headingSlug: slug, headingText: draft.text,
                    part: part, number: key.number, subNumber: key.subNumber, text: text.text, footnotes: [],
                    position: pending.count, line: line
                )
                pending.append(PendingClause(
                    clause: clause, footnoteReferences: text.references, footnoteDefinitions: text.definitions
                ))
            }

            if draft.items.isEmpty {
                if lead.text.isEmpty {
                    warnings.append(ParseWarning(line: draft.line, message: "heading '\(draft.text)' has no text"))
                } else {
                    add(number: nil, subNumber: nil, text: lead, line: draft.leadLine ?? draft.line)
                }
            }
            for item in draft.items {
                add(number: item.label, subNumber: nil, text: ParagraphText.clean(item.lines), line: item.line)
                for sub in item.subItems {
                    add(number: item.label, subNumber: sub.label, text: ParagraphText.clean(sub.lines), line: sub.line)
                }
            }
            headings.append(ResolutionHeading(
                documentId: documentId, slug: slug, text: draft.text, part: part,
                introText: draft.items.isEmpty || lead.text.isEmpty ? nil : lead.text,
                isInHeadingTable: draft.tableSlug != nil, line: draft.line, position: headings.count
            ))
        }
        return (headings, attachFootnotes(pending))
    }

    private static func key(_ key: ClauseKey, renumbered label: String) -> ClauseKey {
        var copy = key
        if copy.subNumber != nil { copy.subNumber = label } else { copy.number = label }
        return copy
    }

    /// Footnotes go to the clause that refers to them, wherever their text was printed;
    /// a footnote nobody refers to stays with the clause it was printed in.
    private mutating func attachFootnotes(_ pending: [PendingClause]) -> [Clause] {
        var definitions: [Int: String] = [:]
        for item in pending {
            for definition in item.footnoteDefinitions where definitions[definition.number] == nil {
                definitions[definition.number] = definition.text
            }
        }
        let referenced = Set(pending.flatMap(\.footnoteReferences))
        return pending.map { item in
            var clause = item.clause
            for number in item.footnoteReferences {
                if let text = definitions[number] {
                    clause.footnotes.append(text)
                } else {
                    warnings.append(ParseWarning(
                        line: clause.line, message: "footnote \(number) in \(clause.key) has no text"
                    ))
                }
            }
            clause.footnotes += item.footnoteDefinitions.filter { !referenced.contains($0.number) }.map(\.text)
            return clause
        }
    }
}
