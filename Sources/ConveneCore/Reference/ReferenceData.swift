import Foundation

/// The shipped data in `Data/`: countries with ITU membership and ITU-D regions, and the
/// regional telecommunication organisations. Read only when a new database is filled, so an
/// existing database works even where `Data/` cannot be found.
public struct ReferenceData: Sendable {
    private let located: Result<URL, ConveneError>

    public init(directory: URL) {
        located = .success(directory)
    }

    public init(locating environment: [String: String], executable: URL?) {
        located = Result { try DataDirectory.locate(environment: environment, executable: executable) }
            .mapError { $0 as? ConveneError ?? .missingData("\($0)") }
    }

    public func directory() throws -> URL {
        try located.get()
    }

    public func countries() throws -> [Country] {
        let rows = try TSVFile.read(try directory().appendingPathComponent("countries.tsv"),
                                    columns: ["alpha2", "alpha3", "name_en", "name_zh", "itu_member", "itu_d_region"])
        return try rows.map { row in
            let region = try row["itu_d_region"].flatMap { text -> ITURegion? in
                guard !text.isEmpty else { return nil }
                guard let region = ITURegion(rawValue: text) else {
                    throw ConveneError.missingData("countries.tsv: unknown ITU-D region '\(text)' for \(row["alpha3"] ?? "?")")
                }
                return region
            }
            return Country(alpha3: row["alpha3"] ?? "", alpha2: row["alpha2"] ?? "", nameEn: row["name_en"] ?? "",
                           nameZh: row["name_zh"] ?? "", ituMember: row["itu_member"] == "yes", region: region)
        }
    }

    /// The Member States (from the countries) and the regional telecommunication organisations.
    public func shippedOrganisations(countries: [Country]) throws -> [Organisation] {
        let memberStates = countries.filter(\.ituMember).map { country in
            Organisation(name: country.nameEn, nameZh: country.nameZh, category: .memberState,
                         country: country.alpha3, region: country.region)
        }
        let rows = try TSVFile.read(try directory().appendingPathComponent("regional-organizations.tsv"),
                                    columns: ["short_name", "name", "name_zh"])
        let regional = rows.map { row in
            Organisation(name: row["name"] ?? "", nameZh: row["name_zh"], shortName: row["short_name"],
                         category: .regionalOrganization)
        }
        return memberStates + regional
    }
}

/// Minimal reader for the tab-separated files in `Data/`: a header line, then rows.
enum TSVFile {
    static func read(_ url: URL, columns required: [String]) throws -> [[String: String]] {
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else {
            throw ConveneError.missingData("cannot read \(url.path)")
        }
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        guard !lines.isEmpty else { throw ConveneError.missingData("\(url.path) is empty") }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if let missing = required.first(where: { !header.contains($0) }) {
            throw ConveneError.missingData("\(url.path) has no column '\(missing)'")
        }
        return try lines.enumerated().map { index, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw ConveneError.missingData("\(url.path) line \(index + 2): expected \(header.count) fields, found \(fields.count)")
            }
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }
}
