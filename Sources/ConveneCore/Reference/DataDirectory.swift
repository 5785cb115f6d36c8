import Foundation

/// Finds the shipped `Data/` folder: `CONVENE_DATA`; `PREFIX/share/convene` beside an installed
/// `PREFIX/bin/convene`; or the checkout's `Data/` above a binary built in `.build/`.
public enum DataDirectory {
    static let marker = "countries.tsv"

    public static func locate(environment: [String: String], executable: URL?) throws -> URL {
        if let override = environment["CONVENE_DATA"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard holdsData(url) else {
                throw ConveneError.missingData("CONVENE_DATA=\(override) does not hold convene's data (no \(marker))")
            }
            return url
        }
        var tried: [String] = []
        if let executable {
            let binFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/convene")
            tried.append(installed.path)
            if holdsData(installed) { return installed }
            var folder = binFolder
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("Data")
                if holdsData(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            tried.append("Data/ above \(binFolder.path)")
        }
        throw ConveneError.missingData(
            "cannot find convene's data folder (tried \(tried.joined(separator: ", "))); set CONVENE_DATA")
    }

    static func holdsData(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
    }
}
