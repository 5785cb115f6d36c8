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
}

/// Turns a file's bytes and the user's metadata into a parsed document, refusing what
/// cannot be imported before anything is written.
enum ResolutionImport {
    static func parse(data: Data, draft: ResolutionMetadataDraft, parser: ResolutionParser) throws -> ParsedResolution {
        // Empty, binary, non-UTF-8 and heading-less input is refused with the parser's own
        // messages, whatever the metadata; then only the title line can be missing.
        let structure = try parser.structure(data: data)
        let metadata = try resolve(
            draft, inferred: try? structure.inferredMetadata(),
            detectedLanguage: structure.detectedLanguage,
            isProposal: structure.isProposal,
            knownLanguages: Set(parser.headingTable.entries.map(\.language))
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
    /// Imports a resolution text (UTF-8) as one undoable change. An existing id is refused
    /// unless `replace`; a replace keeps every agenda link and action point and reports those
    /// whose clause the new text lacks. A dry run parses and checks everything, writes nothing.
    public func importResolution(
        data: Data, metadata draft: ResolutionMetadataDraft = ResolutionMetadataDraft(),
        dryRun: Bool = false, replace: Bool = false
    ) throws -> ImportReport {
        let table = try HeadingTable.load(from: try reference.directory().appendingPathComponent("headings.tsv"))
        let parsed = try ResolutionImport.parse(data: data, draft: draft, parser: ResolutionParser(headingTable: table))
        let document = parsed.document

        func check(_ db: Database) throws -> ImportReport {
            let existing = try CorpusRecords.document(document.id, db)
            let exists = existing != nil
            if exists && !replace {
                throw ConveneError.refused(
                    "resolution \(document.id) is already in the database; add --replace to replace it "
                        + "(agenda links and action points are kept)"
                )
            }
            return ImportReport(document: document, warnings: parsed.warnings,
                                brokenLinks: try Self.danglingLinks(to: document, db),
                                replaced: exists, unchanged: existing == document, dryRun: dryRun)
        }

        if dryRun { return try read(check) }
        return try perform("resolution import \(document.id)") { db, summary in
            let report = try check(db)
            if report.unchanged { return report }
            if report.replaced { try ResolutionRecord.deleteOne(db, key: document.id) }
            try CorpusRecords.insert(document, db)
            summary = "resolution \(report.replaced ? "replace" : "import") \(document.id) "
                + "(\(document.clauses.count) clauses)"
            return report
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
