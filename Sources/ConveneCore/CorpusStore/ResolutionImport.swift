import Foundation
import GRDB

/// What `resolution import` is told about a text. A value given here wins over what the
/// parser reads from the title line; nil leaves the inferred value.
public struct ResolutionMetadataDraft: Sendable, Equatable {
    public var id: String?
    public var number: String?
    public var title: String?
    public var conference: String?
    public var year: Int?
    public var language: String?
    /// `resolution` or `proposal`.
    public var kind: String?
    /// Id of the document this one revises; "" says it revises none.
    public var revises: String?

    public init(id: String? = nil, number: String? = nil, title: String? = nil, conference: String? = nil,
                year: Int? = nil, language: String? = nil, kind: String? = nil, revises: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.conference = conference
        self.year = year
        self.language = language
        self.kind = kind
        self.revises = revises
    }
}

/// What an import did, or would do on a dry run.
public struct ImportReport: Sendable, Equatable {
    public var document: ResolutionDocument
    public var warnings: [ParseWarning]
    /// Clause keys of this document that agenda items or action points cite and that the
    /// document does not have (any more). The links stay stored; nothing is lost silently.
    public var brokenLinks: [String]
    /// True when a document with the same id was (or would be) replaced.
    public var replaced: Bool
    /// True when the stored document with the same id is identical, so nothing was (or
    /// would be) written.
    public var unchanged: Bool
    /// True when nothing was written.
    public var dryRun: Bool
    /// True on a dry run when a document with the same id is stored and `replace` was not
    /// given: the real import would be refused until it is.
    public var needsReplace: Bool = false

    /// Keys of the clauses holding a fragment that looks misplaced (a page header, a heading,
    /// an item marker in mid-text): the preview marks them.
    public var suspiciousClauseKeys: Set<String> {
        Set(warnings.filter { $0.kind == .suspicious }.compactMap(\.clauseKey))
    }
}

/// Turns a file's bytes and the user's metadata into a parsed document, refusing what
/// cannot be imported before anything is written.
enum ResolutionImport {
    /// Every document of the file, or the one `only` names (`R130` picks `R130-2018`).
    /// The metadata options apply to a single document.
    static func parseAll(
        data: Data, draft: ResolutionMetadataDraft, only: String?, parser: ResolutionParser, progress: ProgressHandler? = nil
    ) throws -> [ParsedResolution] {
        var structures = try parser.structures(text: ResolutionParser.decode(data), progress: progress)
        if let only {
            let ids = structures.map { (try? $0.inferredMetadata().id) ?? "" }
            let wanted = only.trimmingCharacters(in: .whitespaces)
            let picked = structures.indices.filter { ids[$0] == wanted || ids[$0].hasPrefix(wanted + "-") }
            guard !picked.isEmpty else {
                throw ConveneError.refused(
                    "no document in the file matches --only \(wanted); it holds "
                        + ids.map { $0.isEmpty ? "a document without a title line" : $0 }.joined(separator: ", ")
                )
            }
            structures = picked.map { structures[$0] }
        }
        if structures.count > 1 {
            guard draft == ResolutionMetadataDraft() else {
                let ids = structures.map { (try? $0.inferredMetadata().id) ?? "?" }
                throw ConveneError.refused(
                    "the file holds \(structures.count) documents (\(ids.joined(separator: ", "))); the metadata options "
                        + "apply to one, so pick it with --only"
                )
            }
        }
        return try structures.map { try parse(structure: $0, draft: draft, parser: parser) }
    }

    static func parse(data: Data, draft: ResolutionMetadataDraft, parser: ResolutionParser) throws -> ParsedResolution {
        try parse(structure: try parser.structure(data: data), draft: draft, parser: parser)
    }

    private static func parse(structure: ResolutionStructure, draft: ResolutionMetadataDraft, parser: ResolutionParser) throws -> ParsedResolution {
        // Empty, binary, non-UTF-8 and heading-less input is refused with the parser's own
        // messages, whatever the metadata; then only the title line can be missing.
        let metadata = try resolve(
            draft, inferred: try? structure.inferredMetadata(),
            detectedLanguage: structure.detectedLanguage,
            isProposal: structure.isProposal,
            knownLanguages: Set(parser.headingTable.entries.map(\.language)).union(["en", "fr", "es", "ru", "ar", "zh"])
        )
        return try structure.assemble(metadata: metadata, table: parser.headingTable)
    }

    static func resolve(
        _ draft: ResolutionMetadataDraft, inferred: ResolutionMetadata?, detectedLanguage: String,
        isProposal: Bool, knownLanguages: Set<String>
    ) throws -> ResolutionMetadata {
        if inferred == nil {
            let required: [(Field, String?)] = [
                (.resolutionId, draft.id), (.resolutionNumber, draft.number), (.conference, draft.conference),
                (.year, draft.year.map(String.init)), (.title, draft.title),
            ]
            let missing = required.filter { FieldValidation.optionalText($0.1) == nil }.map(\.0)
            if !missing.isEmpty {
                throw ConveneError.missing(
                    fields: missing,
                    reason: "the text has no title line such as 'RESOLUTION 174 (Guadalajara, 2010)' to read its "
                        + "id, number, conference and year from"
                )
            }
        }
        let id = try draft.id.map { try documentId($0, field: .resolutionId) } ?? inferred?.id ?? ""
        let number = try draft.number.map { try requiredLine($0, field: .resolutionNumber) } ?? inferred?.number ?? ""
        let title = try draft.title.map { try requiredLine($0, field: .title) } ?? inferred?.title ?? ""
        let conference = try draft.conference.map { try requiredLine($0, field: .conference) } ?? inferred?.conference ?? ""
        let year = try draft.year.map { year in
            guard (1865...2200).contains(year) else {
                throw ConveneError.invalid(field: .year, value: "\(year)", reason: "year out of range (1865 to 2200)")
            }
            return year
        } ?? inferred?.year ?? 0
        let language = try draft.language.map { text in
            let code = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard knownLanguages.contains(code) else {
                throw ConveneError.invalid(
                    field: .language, value: text,
                    reason: "unknown language (the heading table knows \(knownLanguages.sorted().joined(separator: ", ")))"
                )
            }
            return code
        } ?? inferred?.language ?? detectedLanguage
        let kind = try draft.kind.map { text in
            guard let kind = ResolutionKind(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ConveneError.invalid(field: .kind, value: text, reason: "unknown kind (resolution or proposal)")
            }
            return kind
        } ?? inferred?.kind ?? (isProposal ? .proposal : .resolution)
        let revises: String?
        if let given = draft.revises {
            revises = try FieldValidation.optionalText(given).map { try documentId($0, field: .revises) }
        } else {
            revises = inferred?.revises
        }
        return ResolutionMetadata(id: id, number: number, title: title, conference: conference, year: year,
                                  language: language, kind: kind, revises: revises)
    }

    /// Ids become the first part of clause keys, so they hold no slash, space or other
    /// character a shell or a URL would trip over.
    static func documentId(_ text: String, field: Field) throws -> String {
        let id = text.trimmingCharacters(in: .whitespaces)
        let allowed = !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-._".unicodeScalars.contains(scalar))
        }
        guard allowed else {
            throw ConveneError.invalid(
                field: field, value: text,
                reason: "invalid resolution id (ASCII letters, digits, '-', '.' and '_', e.g. R174-2014)"
            )
        }
        return id
    }

    private static func requiredLine(_ text: String, field: Field) throws -> String {
        let line = try FieldValidation.singleLine(text, field: field)
        guard !line.isEmpty else { throw ConveneError.invalid(field: field, value: text, reason: "empty value") }
        return line
    }

}

extension Store {
    /// Imports a resolution text (UTF-8) holding one document as one undoable change. An
    /// existing id is refused unless `replace`; a replace keeps every agenda link and action
    /// point and reports those whose clause the new text lacks. A dry run parses and checks
    /// everything, writes nothing.
    public func importResolution(
        data: Data, metadata draft: ResolutionMetadataDraft = ResolutionMetadataDraft(),
        dryRun: Bool = false, replace: Bool = false
    ) throws -> ImportReport {
        let parser = ResolutionParser(headingTable: try headingTable())
        return try importParsed([try ResolutionImport.parse(data: data, draft: draft, parser: parser)],
                                dryRun: dryRun, replace: replace, strict: false)[0]
    }

    /// Imports every document of a file (a Final Acts extract, a Collection chapter), or the
    /// one `only` names, as one undoable change. With `strict`, any warning refuses the import
    /// before anything is written.
    public func importResolutions(
        data: Data, metadata draft: ResolutionMetadataDraft = ResolutionMetadataDraft(), only: String? = nil,
        dryRun: Bool = false, replace: Bool = false, strict: Bool = false, progress: ProgressHandler? = nil
    ) throws -> [ImportReport] {
        let parser = ResolutionParser(headingTable: try headingTable())
        let parsed = try ResolutionImport.parseAll(data: data, draft: draft, only: only, parser: parser, progress: progress)
        return try importParsed(parsed, dryRun: dryRun, replace: replace, strict: strict)
    }

    private func headingTable() throws -> HeadingTable {
        try HeadingTable.load(from: try reference.directory().appendingPathComponent("headings.tsv"))
    }

    private func importParsed(_ parsed: [ParsedResolution], dryRun: Bool, replace: Bool, strict: Bool) throws -> [ImportReport] {
        let ids = parsed.map(\.document.id)
        if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw ConveneError.refused("the file holds \(repeated) twice; pick one with --only or give each its own file")
        }
        let warnings = parsed.flatMap { item in item.warnings.map { (item.document.id, $0) } }
        if strict, let first = warnings.first {
            throw ConveneError.refused(
                "--strict refuses the import: \(warnings.count) warning\(warnings.count == 1 ? "" : "s"), the first in "
                    + "\(first.0) at \(first.1); see them all with --dry-run, correct the lines, and import again"
            )
        }

        func check(_ parsed: ParsedResolution, _ db: Database) throws -> ImportReport {
            let document = parsed.document
            let existing = try CorpusRecords.document(document.id, db)
            let exists = existing != nil
            if exists && !replace && !dryRun {
                throw ConveneError.refused(
                    "resolution \(document.id) is already in the database; add --replace to replace it "
                        + "(agenda links and action points are kept)"
                )
            }
            var report = ImportReport(document: document, warnings: parsed.warnings,
                                      brokenLinks: try Self.danglingLinks(to: document, db),
                                      replaced: exists, unchanged: existing == document, dryRun: dryRun)
            report.needsReplace = exists && !replace
            return report
        }

        if dryRun { return try read { db in try parsed.map { try check($0, db) } } }
        return try perform("resolution import \(ids.joined(separator: ", "))") { db, summary in
            var reports: [ImportReport] = []
            var written: [String] = []
            for item in parsed {
                let report = try check(item, db)
                reports.append(report)
                if report.unchanged { continue }
                if report.replaced { try ResolutionRecord.deleteOne(db, key: item.document.id) }
                try CorpusRecords.insert(item.document, db)
                written.append("\(report.replaced ? "replace" : "import") \(item.document.id) "
                    + "(\(item.document.clauses.count) clauses)")
            }
            summary = "resolution " + (written.isEmpty ? "import \(ids.joined(separator: ", ")) (unchanged)" : written.joined(separator: "; "))
            return reports
        }
    }

    /// Keys under `document`'s id cited by agenda items or action points that it lacks.
    private static func danglingLinks(to document: ResolutionDocument, _ db: Database) throws -> [String] {
        let prefix = document.id + "/"
        let cited = try String.fetchAll(db, sql: """
            SELECT clauseKey FROM agendaClause WHERE substr(clauseKey, 1, length(:prefix)) = :prefix
            UNION
            SELECT clauseKey FROM actionPoint WHERE substr(clauseKey, 1, length(:prefix)) = :prefix
            ORDER BY 1
            """, arguments: ["prefix": prefix])
        let keys = Set(document.clauses.map(\.key))
        return cited.filter { !keys.contains($0) }
    }
}
