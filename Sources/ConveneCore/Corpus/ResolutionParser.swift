import Foundation

/// Reads the plain text of ITU resolutions, as users find them — copied from the Collection
/// of Resolutions or Final Acts PDF (with page headers and numbers), from a web page (perhaps
/// flat on one line), from a proposal — into `ResolutionDocument`s.
///
/// The text is prepared first: lines copied flat are split (`FlatTextSplitter`), page
/// furniture is left out (`PageFurniture`), the file is cut into documents at their title
/// lines (`DocumentSplitter`). Each document is then read line by line: front matter until
/// the first heading, then headings with their lead-in, items and sub-items (by marker and
/// sequence), footnote blocks, and the history line, ANNEX or trailing text that ends it.
public struct ResolutionParser: Sendable {
    public var headingTable: HeadingTable

    public init(headingTable: HeadingTable) {
        self.headingTable = headingTable
    }

    /// Parses a file's bytes, which must be UTF-8 text holding one document.
    public func parse(data: Data, metadata: ResolutionMetadata? = nil) throws -> ParsedResolution {
        try structure(data: data).assemble(metadata: metadata, table: headingTable)
    }

    /// Parses a text holding one document. Without `metadata`, the id, number, conference and
    /// year are read from the title line ("RESOLUTION 174 (Guadalajara, 2010)") and the title
    /// from the lines after it.
    public func parse(text: String, metadata: ResolutionMetadata? = nil) throws -> ParsedResolution {
        try structure(text: text).assemble(metadata: metadata, table: headingTable)
    }

    /// Parses every document of a text (a Final Acts extract, a chapter of the Collection),
    /// each with the metadata its title line gives.
    public func parseAll(text: String) throws -> [ParsedResolution] {
        try structures(text: text).map { try $0.assemble(metadata: nil, table: headingTable) }
    }

    static func decode(_ data: Data) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConveneError.refused(
                "the resolution text is not valid UTF-8; convert it (for example with "
                    + "'iconv -t UTF-8') and try again"
            )
        }
        return text
    }

    /// Reads a file's bytes, which must be UTF-8 text holding one document, into its parts.
    func structure(data: Data) throws -> ResolutionStructure {
        try structure(text: Self.decode(data))
    }

    /// Reads a text holding one document into its parts: everything but what only the
    /// metadata decides (the document id in the clause keys).
    func structure(text: String) throws -> ResolutionStructure {
        let all = try structures(text: text)
        guard all.count == 1, let only = all.first else {
            let titles = all.compactMap(\.frontMatter.conferenceLine).map { "'\($0)'" }.joined(separator: ", ")
            throw ConveneError.refused(
                "the text holds \(all.count) documents (\(titles)); import it with 'convene resolution import', "
                    + "which takes each, or cut it into one file per document"
            )
        }
        return only
    }

    /// Reads every document of a text into its parts. Refuses a text without any heading,
    /// naming the lines that came closest to one.
    func structures(text: String, progress: ProgressHandler? = nil) throws -> [ResolutionStructure] {
        let lines = try SourceLines.read(text)
        let split = FlatTextSplitter(table: headingTable).split(lines)
        let (kept, furniture) = PageFurniture.remove(from: split) { text in
            let bare = HeadingWords.withoutBullet(text)
            return headingTable.slug(forHeading: bare) != nil || ParagraphMarker.parse(bare) != nil
                || HistoryLine.matches(text) || HeadingWords.hasHeadingShape(bare, startsKnownHeading: false)
        }
        let segments = DocumentSplitter.segments(kept)
        var documents: [ResolutionStructure] = []
        // A title line with no heading before the next one (a page title repeating the
        // document's title line, a list of contents) belongs to the next document's preamble.
        var carried: [SourceLine] = []
        for (offset, segment) in segments.enumerated() {
            let part = carried + segment
            let isLast = offset + 1 == segments.count
            let first = documents.isEmpty ? 1 : part.first?.number ?? 1
            let last = isLast ? Int.max : (segments[offset + 1].first?.number ?? Int.max) - 1
            let sourceText = segments.count == 1 || (documents.isEmpty && isLast)
                ? text
                : lines[(first - 1)..<min(last, lines.count)].map(\.raw).joined(separator: "\n")
            do {
                documents.append(try DocumentReader(table: headingTable).read(
                    part, sourceText: sourceText,
                    furniture: furniture.filter { (first...last).contains($0.line) }
                ))
                carried = []
            } catch let error as ConveneError {
                guard !isLast else { throw error }
                carried = part
            }
            progress?(offset + 1, segments.count)
        }
        return documents
    }

    /// Whether a line ends its paragraph, so that the next line may open an item.
    static func endsParagraph(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, "*\"'”’」』]".contains(last) || last.isWhitespace {
            trimmed.removeLast()
        }
        guard let last = trimmed.last else { return true }
        return ".;,:!?。；，：！？؛،".contains(last)
    }
}

/// Cuts a file into documents at their title lines. What comes before the first title line
/// (a proposal's summary, a conference header, web navigation) stays with the first document,
/// whose front matter reads or leaves it out.
enum DocumentSplitter {
    static func segments(_ lines: [SourceLine]) -> [[SourceLine]] {
        var starts: [Int] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            let isTitle = starts.isEmpty ? ConferenceLine.parse(line.text) != nil : ConferenceLine.startsNewDocument(line.text)
            if isTitle { starts.append(index) }
        }
        guard starts.count > 1 else { return [lines] }
        var segments: [[SourceLine]] = []
        for (offset, start) in starts.enumerated() {
            let from = offset == 0 ? 0 : start
            let to = offset + 1 < starts.count ? starts[offset + 1] : lines.count
            segments.append(Array(lines[from..<to]))
        }
        return segments
    }
}
