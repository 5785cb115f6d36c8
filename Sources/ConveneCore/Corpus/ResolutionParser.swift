import Foundation

/// Reads the plain text of an ITU resolution, as copied from the Collection of Resolutions
/// or the Final Acts (or a proposal carrying the full text), into a `ResolutionDocument`.
///
/// The text is read line by line: front matter until the first heading, then headings
/// with their lead-in, items and sub-items, then the history line. Page headers
/// ("Res. 130 434") are skipped; a paragraph continues over blank lines and page breaks
/// until the next marker or heading.
public struct ResolutionParser: Sendable {
    public var headingTable: HeadingTable

    public init(headingTable: HeadingTable) {
        self.headingTable = headingTable
    }

    /// Parses a file's bytes, which must be UTF-8 text.
    public func parse(data: Data, metadata: ResolutionMetadata? = nil) throws -> ParsedResolution {
        try structure(data: data).assemble(metadata: metadata)
    }

    /// Parses a text. Without `metadata`, the id, number, conference and year are read from
    /// the title line ("RESOLUTION 174 (Guadalajara, 2010)") and the title from the lines after it.
    public func parse(text: String, metadata: ResolutionMetadata? = nil) throws -> ParsedResolution {
        try structure(text: text).assemble(metadata: metadata)
    }

    /// Reads a file's bytes, which must be UTF-8 text, into its parts.
    func structure(data: Data) throws -> ResolutionStructure {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConveneError.refused(
                "the resolution text is not valid UTF-8; convert it (for example with "
                    + "'iconv -t UTF-8') and try again"
            )
        }
        return try structure(text: text)
    }

    /// Reads a text into its parts: everything but what only the metadata decides (the
    /// document id in the clause keys). Refuses a text without any heading.
    func structure(text: String) throws -> ResolutionStructure {
        let lines = try SourceLines.read(text)
        let recognizer = HeadingRecognizer(table: headingTable)
        let lastContent = lines.lastIndex { !$0.isBlank && !PageArtifact.matches($0.text) }

        var frontMatter = FrontMatterReader()
        var outline = ClauseOutlineBuilder()
        var history: String?
        var warnings: [ParseWarning] = []
        var paragraphBreak = true
        var index = 0

        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank {
                paragraphBreak = true
                continue
            }
            if PageArtifact.matches(line.text) { continue }

            // Unknown headings are looked for only once the front matter is over.
            let mayHoldUnknownHeading = outline.hasHeading || frontMatter.hasEnactingFormula
            if let heading = recognizer.heading(
                at: index, in: lines, paragraphBreakBefore: paragraphBreak && mayHoldUnknownHeading
            ) {
                outline.startHeading(heading, line: line.number)
                if heading.tableSlug == nil {
                    warnings.append(ParseWarning(
                        line: line.number,
                        message: "heading '\(heading.text)' is not in the heading table; "
                            + "its clauses are keyed '\(HeadingTable.derivedSlug(forHeading: heading.text))'"
                    ))
                }
                index = heading.lastLineIndex
                paragraphBreak = true
                continue
            }
            guard outline.hasHeading else {
                frontMatter.take(line)
                continue
            }
            if index == lastContent, HistoryLine.matches(line.text) {
                history = line.text
                continue
            }
            if paragraphBreak, let marker = ParagraphMarker.parse(line.text),
               outline.startItem(marker, line: line.number) {
                paragraphBreak = Self.endsParagraph(marker.rest)
                continue
            }
            outline.appendText(line.text, line: line.number)
            paragraphBreak = Self.endsParagraph(line.text)
        }

        guard outline.hasHeading else {
            throw ConveneError.refused(
                "no resolution heading (such as 'considering', 'recalling' or 'resolves', or "
                    + "考虑到, 忆及) was found, so the text cannot be split into clauses"
            )
        }
        return ResolutionStructure(text: text, frontMatter: frontMatter, headings: outline.headings,
                                   history: history, warnings: warnings + outline.warnings)
    }

    /// Whether a line ends its paragraph, so that the next line may open an item.
    static func endsParagraph(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, "*\"'”’」』]".contains(last) || last.isWhitespace {
            trimmed.removeLast()
        }
        guard let last = trimmed.last else { return true }
        return ".;,:!?。；，：！？".contains(last)
    }
}
