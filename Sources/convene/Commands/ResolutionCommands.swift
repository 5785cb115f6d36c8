import ArgumentParser
import ConveneCore
import ConveneTUI
import Foundation

struct ResolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolution",
        abstract: "Read, import and compare the resolution texts whose clauses agendas and action points cite.",
        subcommands: [List.self, Show.self, Import.self, Compare.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the resolutions in the database.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let resolutions = try store.open().resolutions()
            if output.json { return try Output.json(resolutions.map(ResolutionJSON.init)) }
            Output.table(["ID", "LANG", "KIND", "CLAUSES", "CITATION"], empty: "no resolutions in the database", resolutions.map { resolution in
                [resolution.id, resolution.metadata.language, resolution.metadata.kind.rawValue, "\(resolution.clauseCount)",
                 resolution.citation]
            })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a resolution's outline: headings with their slugs, clause keys and the start of each clause.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Resolution id, e.g. R174-2010.") var doc: String

        func run() throws {
            let outline = ResolutionOutline(try store.open().resolution(doc))
            if output.json { return try Output.json(ResolutionOutlineJSON(outline)) }
            CorpusOutput.outline(outline)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import resolution texts (UTF-8, as copied from a PDF, a web page or a proposal).",
            discussion: """
                Each document the file holds is imported (a Final Acts extract or a Collection chapter \
                holds several); --only picks one. The id, number, conference and year are read from \
                each title line ("RESOLUTION 174 (Rev. Busan, 2014)" gives R174-2014); the options \
                override them for a single document and are required for a text without one. Page \
                headers and numbers are left out. Prints each outline ('?' marks a clause that holds a \
                suspicious fragment) and every warning with its line number.
                """
        )
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The text file ('-' reads standard input).", valueName: "file")) var file: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Import only this document of the file, e.g. R130 or R130-2018.", valueName: "id"))
        var only: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Document id used in clause keys, e.g. R174-2014.", valueName: "id")) var id: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Resolution number, e.g. 174.", valueName: "n")) var number: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Conference as cited, e.g. \"Rev. Busan\".", valueName: "place")) var conference: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Year of the conference.", valueName: "year")) var year: Int?
        @Option(name: .customLong("lang"), parsing: .unconditional, help: ArgumentHelp("Language of the text: en, fr, es, ru, ar or zh (default: detected).", valueName: "code"))
        var language: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("resolution or proposal (default: proposal when the text has a summary).", valueName: "kind"))
        var kind: String?
        @Option(parsing: .unconditional, help: "Title of the resolution.") var title: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Id of the document this one revises (\"\" for none).", valueName: "id")) var revises: String?
        @Flag(name: .customLong("dry-run"), help: "Parse and check the text, show what would be imported, write nothing (an id already stored is reported, not refused).")
        var dryRun = false
        @Flag(help: "Replace a resolution with the same id; links to clauses it no longer has are kept and listed.")
        var replace = false
        @Flag(help: "Refuse the import if the parser warns about anything (a guessed heading, a left-out line).")
        var strict = false

        func run() throws {
            let progress = ProgressLine("convene: reading documents")
            defer { progress.finish() }
            let reports = try store.open().importResolutions(
                data: try CorpusOutput.read(file),
                metadata: ResolutionMetadataDraft(id: id, number: number, title: title, conference: conference,
                                                  year: year, language: language, kind: kind, revises: revises),
                only: only, dryRun: dryRun, replace: replace, strict: strict, progress: progress.handler)
            progress.finish()
            for (index, report) in reports.enumerated() {
                if index > 0 { print("") }
                CorpusOutput.importReport(report, namingDocument: reports.count > 1)
            }
        }
    }

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two resolutions' clauses by key: only in A, only in B, and changed text.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "First resolution id, e.g. R174-2010.") var docA: String
        @Argument(help: "Second resolution id, e.g. R174-2022-RCC.") var docB: String

        func run() throws {
            let comparison = try store.open().compareResolutions(docA, docB)
            if output.json { return try Output.json(ComparisonJSON(comparison)) }
            CorpusOutput.comparison(comparison, a: docA, b: docB)
        }
    }
}

struct ClauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clause",
        abstract: "Show and search resolution clauses by their keys (DOC/HEADING[/N[/SUB]]).",
        subcommands: [Show.self, Search.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a clause's text, citation and footnotes.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Clause key, e.g. R174-2010/recalling/g.") var key: String

        func run() throws {
            let clause = try store.open().clause(key)
            if output.json { return try Output.json(ClauseJSON(clause)) }
            CorpusOutput.clause(clause)
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find clauses containing every word (case- and accent-insensitive; CJK substrings).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Words to find in the clause text, footnotes, heading or key.") var text: String
        @Option(name: .customLong("doc"), parsing: .unconditional, help: ArgumentHelp("Only clauses of this resolution.", valueName: "id"))
        var document: String?

        func run() throws {
            let clauses = try store.open().searchClauses(text, documentId: document)
            if output.json { return try Output.json(clauses.map(ClauseJSON.init)) }
            let keyWidth = clauses.map { DisplayWidth.of($0.clause.key) }.max() ?? 0
            Output.table(["KEY", "TEXT"], empty: "no clause matches '\(Output.singleLine(text))'", clauses.map { [$0.clause.key, Output.shortened($0.clause.text, width: max(24, 78 - keyWidth))] })
        }
    }
}

/// How the corpus is printed for people; `--json` prints the types of `Sources/convene/JSON` instead.
enum CorpusOutput {
    static func read(_ file: String) throws -> Data {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: file) else {
            throw ConveneError.fileFailure(field: .resolutionFile, path: file, reason: "cannot read the file")
        }
        return data
    }

    /// The outline; clauses whose key is in `marked` start with '?' instead of a space.
    static func outline(_ outline: ResolutionOutline, marked: Set<String> = []) {
        let resolution = outline.resolution
        let metadata = resolution.metadata
        Output.fields([
            ("Id", metadata.id), ("Citation", resolution.citation), ("Title", metadata.title),
            ("Language", metadata.language), ("Kind", metadata.kind.rawValue), ("Revises", metadata.revises),
            ("Clauses", "\(resolution.clauseCount) under \(resolution.headingCount) headings"),
        ])
        for heading in outline.headings {
            let keyWidth = heading.clauses.map { DisplayWidth.of($0.clause.key) }.max() ?? 0
            let textWidth = max(24, 76 - keyWidth)
            print("")
            let printed = heading.text.lowercased() == heading.slug.replacingOccurrences(of: "-", with: " ")
                ? heading.slug : "\(heading.slug): \(Output.singleLine(heading.text))"
            print("\(printed) (\(heading.part.rawValue))")
            if let intro = heading.introText { print("  " + Output.shortened(intro, width: 76)) }
            for clause in heading.clauses.map(\.clause) {
                let padding = String(repeating: " ", count: keyWidth - DisplayWidth.of(clause.key))
                let mark = marked.contains(clause.key) ? "? " : "  "
                print("\(mark)\(clause.key)\(padding)  \(Output.shortened(clause.text, width: textWidth))")
            }
        }
    }

    static func importReport(_ report: ImportReport, namingDocument: Bool = false) {
        let suspicious = report.suspiciousClauseKeys
        outline(ResolutionOutline(report.document), marked: suspicious)
        // The outline is the output; what the import found and did are messages.
        if !suspicious.isEmpty {
            Output.notice("? marks \(suspicious.count) clause\(suspicious.count == 1 ? "" : "s") holding a fragment that looks misplaced; see the warnings")
        }
        if !report.warnings.isEmpty {
            Output.notice(namingDocument ? "Warnings (\(report.document.id)):" : "Warnings:")
            for warning in report.warnings { Output.notice("  " + Output.singleLine(warning.description)) }
        }
        if !report.brokenLinks.isEmpty {
            Output.notice(report.dryRun
                ? "Links that would no longer resolve (they would be kept):"
                : "Links that no longer resolve (kept; relink or unlink them):")
            for key in report.brokenLinks { Output.notice("  " + Output.singleLine(key)) }
        }
        let document = report.document
        let counts = "\(document.clauses.count) clause\(document.clauses.count == 1 ? "" : "s") under "
            + "\(document.headings.count) heading\(document.headings.count == 1 ? "" : "s")"
        if report.unchanged {
            Output.notice("\(document.id) is already stored with this text and metadata; nothing to change (\(counts))")
        } else if report.dryRun, report.needsReplace {
            Output.notice("dry run: nothing was written; \(document.id) is already in the database, so importing it "
                + "needs --replace; it would give \(counts)")
        } else if report.dryRun {
            Output.notice("dry run: nothing was written; \(report.replaced ? "replacing" : "importing") \(document.id) would give \(counts)")
        } else {
            Output.notice("\(report.replaced ? "replaced" : "imported") \(document.id): \(counts)")
        }
    }

    static func clause(_ listing: ClauseListing) {
        let clause = listing.clause
        Output.fields([
            ("Key", clause.key), ("Citation", listing.citation),
            ("Heading", "\(clause.headingText) (\(clause.part.rawValue))"), ("Line", "\(clause.line)"),
        ])
        print("")
        print(Output.singleLine(clause.text))
        if !clause.footnotes.isEmpty {
            print("\nFootnotes:")
            for (index, footnote) in clause.footnotes.enumerated() { print("  \(index + 1). \(Output.singleLine(footnote))") }
        }
    }

    static func comparison(_ comparison: ResolutionComparison, a: String, b: String) {
        func section(_ title: String, _ keys: [String]) {
            print("\(title) (\(keys.count)):")
            for key in keys { print("  " + key) }
        }
        section("Only in \(a)", comparison.onlyInA)
        section("Only in \(b)", comparison.onlyInB)
        print("Changed text (\(comparison.changed.count)):")
        let labelWidth = max(DisplayWidth.of(a), DisplayWidth.of(b)) + 1
        for change in comparison.changed {
            print("  " + change.relativeKey)
            for (document, text) in [(a, change.textInA), (b, change.textInB)] {
                let label = document + ":" + String(repeating: " ", count: labelWidth - DisplayWidth.of(document))
                print("    \(label) \(Output.shortened(text, width: max(24, 74 - labelWidth)))")
            }
        }
        print("Unchanged: \(comparison.unchanged.count)")
    }
}
