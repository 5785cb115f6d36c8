import ConveneTestSupport
import Foundation

/// Files the interchange commands read in the command-line tests.
enum InterchangeFiles {
    static let registrations = ImportFixtures.path("registration-export.csv")

    /// A JSON backup of a new database, made once by the real binary.
    static let freshBackup: String = {
        do {
            let convene = try ConveneProcess()
            let path = convene.home.appendingPathComponent("fresh-backup.json").path
            _ = try convene.ok("backup", path, "--db", convene.home.appendingPathComponent("fresh.sqlite").path)
            return path
        } catch {
            fatalError("cannot make a backup of a new database: \(error)")
        }
    }()
}

extension ConveneProcess {
    /// A config.toml with the `[organiser]` that invitations are sent from.
    func writeOrganiserConfig(name: String = "Olga Łukasiewicz", email: String = "olga@itu.example") throws {
        let folder = home.appendingPathComponent("config/convene")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("[organiser]\nname = \"\(name)\"\nemail = \"\(email)\"\n".utf8).write(to: folder.appendingPathComponent("config.toml"))
    }
}
