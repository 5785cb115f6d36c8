import Foundation

/// The directory as a mutt/neomutt alias file: `alias ana.souza "Ana Souza" <ana@example.org>`
/// for everyone with an e-mail address, the key made of the ASCII letters of the name (the
/// address's local part for names in other scripts), unique.
public enum MuttAliases {
    public static func text(_ participants: [ParticipantListing]) -> String {
        var used: Set<String> = []
        var lines: [String] = []
        for participant in participants {
            guard let email = participant.email else { continue }
            var key = Self.key(participant, email: email)
            if used.contains(key) {
                var number = 2
                while used.contains("\(key)-\(number)") { number += 1 }
                key = "\(key)-\(number)"
            }
            used.insert(key)
            let name = participant.name.filter { !$0.isNewline && $0 != "\"" && $0 != "\\" && $0 != "`" }
            lines.append("alias \(key) \"\(name)\" <\(email)>")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func key(_ participant: ParticipantListing, email: String) -> String {
        let words = [participant.givenName, participant.familyName].map(ascii).filter { !$0.isEmpty }
        if words.count == 2 || (words.count == 1 && (participant.givenName.isEmpty || participant.familyName.isEmpty)) {
            return words.joined(separator: ".")
        }
        let local = ascii(String(email.prefix { $0 != "@" }))
        return local.isEmpty ? "participant\(participant.id)" : local
    }

    /// "José María" → "josemaria"; nothing for names in other scripts.
    private static func ascii(_ text: String) -> String {
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        return String(folded.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }.map(Character.init))
    }
}
