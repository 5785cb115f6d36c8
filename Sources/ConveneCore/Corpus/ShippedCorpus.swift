import Foundation

/// The resolutions shipped in `Data/`: the heading table `headings.tsv` and one file per
/// document in `resolutions/` (see `ResolutionFile`).
public enum ShippedCorpus {
    /// Every shipped document, ordered by file name.
    public static func load(dataDirectory: URL) throws -> [ResolutionDocument] {
        try loadParsed(dataDirectory: dataDirectory).map(\.document)
    }

    /// Every shipped document with the parser's warnings (there should be none).
    public static func loadParsed(dataDirectory: URL) throws -> [ParsedResolution] {
        let table = try HeadingTable.load(from: dataDirectory.appendingPathComponent("headings.tsv"))
        let parser = ResolutionParser(headingTable: table)
        let directory = dataDirectory.appendingPathComponent("resolutions")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".txt") }
                .sorted()
        } catch {
            throw ConveneError.missingData("cannot list the shipped resolutions in \(directory.path): \(error.localizedDescription)")
        }
        var seenIds = Set<String>()
        return try names.map { name in
            let url = directory.appendingPathComponent(name)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw ConveneError.missingData("cannot read \(url.path): \(error.localizedDescription)")
            }
            guard let contents = String(data: data, encoding: .utf8) else {
                throw ConveneError.missingData("\(url.path) is not UTF-8 text")
            }
            let source = try ResolutionFile.read(contents, source: url.path)
            guard name == "\(source.metadata.id).txt" else {
                throw ConveneError.missingData("\(url.path) holds '\(source.metadata.id)' and should be named \(source.metadata.id).txt")
            }
            guard seenIds.insert(source.metadata.id).inserted else {
                throw ConveneError.missingData("\(source.metadata.id) is shipped twice")
            }
            return try parser.parse(text: source.text, metadata: source.metadata)
        }
    }
}
