import Foundation

/// The text of a resolution with its metadata, as read from or written to a file.
public struct ResolutionSource: Sendable, Equatable {
    public var metadata: ResolutionMetadata
    /// The resolution text exactly as copied, after the separator line.
    public var text: String

    public init(metadata: ResolutionMetadata, text: String) {
        self.metadata = metadata
        self.text = text
    }
}

/// The format of `Data/resolutions/*.txt`: a small `key: value` header (`id`, `number`,
/// `title`, `conference`, `year`, `language`, `kind`, optional `revises`), a line `---`,
/// then the resolution text unchanged. See convene(5).
public enum ResolutionFile {
    public static let separator = "---"
    private static let requiredKeys = ["id", "number", "title", "conference", "year", "language", "kind"]
    private static let knownKeys = Set(requiredKeys + ["revises"])

    /// Splits a file into metadata and text; `source` names the file in error messages.
    public static func read(_ contents: String, source: String) throws -> ResolutionSource {
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
        guard let separatorIndex = lines.firstIndex(where: { trimmedLine($0) == separator }) else {
            throw ConveneError.missingData("\(source) has no '\(separator)' line between its header and the resolution text")
        }
        var fields: [String: String] = [:]
        for (offset, line) in lines[..<separatorIndex].enumerated() {
            let text = trimmedLine(line)
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else {
                throw ConveneError.missingData("\(source) line \(offset + 1) is not 'key: value': '\(text)'")
            }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard knownKeys.contains(key) else {
                throw ConveneError.missingData(
                    "\(source) line \(offset + 1): unknown header key '\(key)' "
                        + "(known: \(requiredKeys.joined(separator: ", ")), revises)"
                )
            }
            fields[key] = value
        }
        if let missing = requiredKeys.first(where: { (fields[$0] ?? "").isEmpty }) {
            throw ConveneError.missingData("\(source) header lacks '\(missing)'")
        }
        guard let yearText = fields["year"], let year = Int(yearText) else {
            throw ConveneError.missingData("\(source) header: year '\(fields["year"] ?? "")' is not a number")
        }
        guard let kindText = fields["kind"], let kind = ResolutionKind(rawValue: kindText) else {
            throw ConveneError.missingData(
                "\(source) header: kind '\(fields["kind"] ?? "")' is neither 'resolution' nor 'proposal'"
            )
        }
        let metadata = ResolutionMetadata(
            id: fields["id"] ?? "", number: fields["number"] ?? "", title: fields["title"] ?? "",
            conference: fields["conference"] ?? "", year: year, language: fields["language"] ?? "",
            kind: kind, revises: fields["revises"].flatMap { $0.isEmpty ? nil : $0 }
        )
        let text = lines[(separatorIndex + 1)...].joined(separator: "\n")
        return ResolutionSource(metadata: metadata, text: text)
    }

    /// The file for a text and its metadata; `read` gives both back unchanged.
    public static func render(_ source: ResolutionSource) -> String {
        let metadata = source.metadata
        var header = [
            "id: \(metadata.id)",
            "number: \(metadata.number)",
            "title: \(metadata.title)",
            "conference: \(metadata.conference)",
            "year: \(metadata.year)",
            "language: \(metadata.language)",
            "kind: \(metadata.kind.rawValue)",
        ]
        if let revises = metadata.revises { header.append("revises: \(revises)") }
        return (header + [separator]).joined(separator: "\n") + "\n" + source.text
    }

    private static func trimmedLine(_ line: Substring) -> String {
        (line.hasSuffix("\r") ? line.dropLast() : line).trimmingCharacters(in: .whitespaces)
    }
}
