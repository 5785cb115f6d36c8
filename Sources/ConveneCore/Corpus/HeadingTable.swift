import Foundation

/// The shipped table `Data/headings.tsv`: heading texts as printed, in every language we
/// know, mapped to one language-neutral slug (`recalling`, `instructs-tsb-director`), so
/// that the same clause in two languages or revisions gets comparable keys.
public struct HeadingTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var slug: String
        public var language: String
        public var text: String

        public init(slug: String, language: String, text: String) {
            self.slug = slug
            self.language = language
            self.text = text
        }
    }

    public private(set) var entries: [Entry]
    private var slugByNormalizedText: [String: String]

    public init(entries: [Entry]) {
        self.entries = entries
        var index: [String: String] = [:]
        for entry in entries where index[Self.normalize(entry.text)] == nil {
            index[Self.normalize(entry.text)] = entry.slug
        }
        slugByNormalizedText = index
    }

    /// Reads the TSV: `slug<TAB>language<TAB>heading`; blank lines and `#` comments are skipped.
    public static func parse(tsv: String, source: String = "headings.tsv") throws -> HeadingTable {
        var entries: [Entry] = []
        for (offset, rawLine) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 3, !columns.contains(where: \.isEmpty) else {
                throw ConveneError.missingData(
                    "\(source) line \(offset + 1) must have three tab-separated columns "
                        + "(slug, language, heading), not '\(line)'"
                )
            }
            guard isValidSlug(columns[0]) else {
                throw ConveneError.missingData(
                    "\(source) line \(offset + 1): '\(columns[0])' is not a slug "
                        + "(lower-case letters, digits and hyphens)"
                )
            }
            entries.append(Entry(slug: columns[0], language: columns[1], text: columns[2]))
        }
        guard !entries.isEmpty else {
            throw ConveneError.missingData("\(source) lists no headings")
        }
        return HeadingTable(entries: entries)
    }

    /// Loads `headings.tsv` from a file.
    public static func load(from url: URL) throws -> HeadingTable {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConveneError.missingData("cannot read the heading table \(url.path): \(error.localizedDescription)")
        }
        return try parse(tsv: text, source: url.lastPathComponent)
    }

    /// The slug of a heading as printed, tolerating case, a trailing colon, emphasis
    /// markers and spacing; nil when the table lacks it.
    public func slug(forHeading text: String) -> String? {
        slugByNormalizedText[Self.normalize(text)]
    }

    /// True when `text` is the start of a known heading that continues on the next line
    /// ("instructs the Director of the Telecommunication Standardization" + "Bureau").
    func isStartOfLongerHeading(_ text: String) -> Bool {
        let start = Self.normalize(text)
        guard !start.isEmpty else { return false }
        return slugByNormalizedText.keys.contains { $0.count > start.count && $0.hasPrefix(start) }
    }

    /// All slugs, each once, in table order.
    public var slugs: [String] {
        var seen = Set<String>()
        return entries.compactMap { seen.insert($0.slug).inserted ? $0.slug : nil }
    }

    /// The form both sides are compared in: folded, without `*`, `_` or a trailing colon,
    /// single spaces.
    static func normalize(_ text: String) -> String {
        var folded = TextFolding.fold(text)
        folded.removeAll { $0 == "*" || $0 == "_" }
        var words = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, last == ":" || last == "," || last.isWhitespace {
            words.removeLast()
        }
        return words
    }

    /// A slug made from a heading's own words, for headings the table lacks, always in
    /// lower-case ASCII as clause keys require: "emphasizing further" → `emphasizing-further`,
    /// "considérant en outre" → `considerant-en-outre`, 强调 → `qiang-diao`. A heading whose
    /// letters have no Latin form is numbered by its place in the document (`heading-3`).
    public static func derivedSlug(forHeading text: String, position: Int) -> String {
        let latin = normalize(text).applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? ""
        let words = latin.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let slug = words.prefix(8).joined(separator: "-")
        return slug.isEmpty ? "heading-\(position)" : slug
    }

    /// Preambular or operative, from the slug's first word: operative headings start with a
    /// verb in the third person (`resolves`, `instructs`, `requests`, `invites`, `urges` …),
    /// preambular ones with a participle or adjective (`considering`, `aware`, `mindful`).
    public static func part(forSlug slug: String) -> HeadingPart {
        let first = slug.split(separator: "-").first.map(String.init) ?? slug
        if operativeChineseStarts.contains(where: { slug.hasPrefix($0) }) { return .operative }
        if first.hasSuffix("ing") || preambularAdjectives.contains(first) { return .preambular }
        if first.unicodeScalars.allSatisfy(\.isASCII), first.hasSuffix("s") { return .operative }
        return .preambular
    }

    private static let preambularAdjectives: Set<String> = [
        "aware", "mindful", "convinced", "concerned", "conscious", "cognizant", "deeply",
        "desirous", "further",
    ]
    private static let operativeChineseStarts = ["做出决议", "决定", "责成", "要求", "请", "敦促", "鼓励", "呼吁"]

    private static func isValidSlug(_ text: String) -> Bool {
        // Tables written before slugs had to be ASCII keep loading; derived slugs and the
        // shipped table are ASCII.
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            && text == text.lowercased()
    }
}
