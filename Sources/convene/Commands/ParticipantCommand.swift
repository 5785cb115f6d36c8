import ArgumentParser
import ConveneCore

struct ParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant",
        abstract: "Keep the participant directory.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    /// The fields shared by add and edit.
    struct Fields: ParsableArguments {
        @Option(parsing: .unconditional, help: "Given name (may be empty for CJK names written as one).") var given: String?
        @Option(parsing: .unconditional, help: "Family name.") var family: String?
        @Option(parsing: .unconditional, help: "Honorific, e.g. Ms, Mr, Dr, H.E.") var honorific: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Organisation: id, exact name, short name or a Member State's ISO code.", valueName: "org"))
        var org: String?
        @Option(parsing: .unconditional, help: "Function or title, e.g. Counsellor.") var function: String?
        @Option(parsing: .unconditional, help: "Email address (unique in the directory).") var email: String?
        @Option(parsing: .unconditional, help: "Phone number.") var phone: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("ISO 3166-1 alpha-3 country code.", valueName: "iso3")) var country: String?
        @Option(parsing: .unconditional, help: "Free notes.") var notes: String?
        @Option(name: .customLong("latin-name"), parsing: .unconditional, help: ArgumentHelp(
            "The name in Latin script, for a name written in another (English exports print it first, the name as written after it in brackets).",
            valueName: "name"))
        var latinName: String?

        var draft: ParticipantDraft {
            ParticipantDraft(honorific: honorific, givenName: given, familyName: family, organisation: org,
                             function: function, email: email, phone: phone, country: country, notes: notes, latinName: latinName)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a participant; prints the new id.",
            discussion: "Give --given, --family or both; at least one of them must not be empty.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var fields: Fields

        func validate() throws {
            if fields.given == nil && fields.family == nil {
                throw ValidationError("Give --given, --family or both.")
            }
        }

        func run() throws {
            print(try store.open().addParticipant(fields.draft))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List participants, sorted by family name.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Only participants matching every word, over names, organisation, email and country (case- and accent-insensitive; CJK substrings).", valueName: "text"))
        var filter: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Only members of this organisation.", valueName: "org")) var org: String?

        /// Rows are written as they are read (JSON) or measured as they are read (the
        /// table), never held as listings: a directory may hold 100,000 people.
        func run() throws {
            let directory = try store.open()
            let organisation = org.map(RecordReference.text)
            if output.json {
                var writer = JSONArrayWriter<ParticipantJSON>(output: StandardOutput())
                try directory.forEachParticipant(filter: filter, organisation: organisation) {
                    writer.append(flat: ParticipantJSON($0).flat)
                }
                return writer.finish()
            }
            var table = TextTable(header: ["ID", "NAME", "ORGANISATION", "COUNTRY", "EMAIL"], repeating: [2, 3])
            try directory.forEachParticipant(filter: filter, organisation: organisation) { participant in
                table.append(["\(participant.id)", participant.name, participant.organisation ?? "", participant.country ?? "",
                              participant.email ?? ""])
            }
            table.write(empty: "no participants match")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one participant.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Participant id, email or name.") var participant: String

        func run() throws {
            let shown = try store.open().participant(.text(participant))
            if output.json { return try Output.json(ParticipantJSON(shown)) }
            Output.fields([
                ("ID", "\(shown.id)"), ("Name", shown.name), ("Latin name", shown.latinName), ("Honorific", shown.honorific),
                ("Given name", shown.givenName), ("Family name", shown.familyName),
                ("Organisation", shown.organisationName), ("Function", shown.function), ("Email", shown.email),
                ("Phone", shown.phone), ("Country", shown.country.map { "\($0) \(shown.countryName ?? "")" }),
                ("Notes", shown.notes),
            ])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a participant's fields; an empty value (--email \"\") clears an optional field.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Participant id, email or name.") var participant: String
        @OptionGroup var fields: Fields

        func run() throws {
            Output.edited(try store.open().editParticipant(.text(participant), fields.draft))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a participant and their invitations ('convene undo' brings them back).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Participant id, email or name.") var participant: String
        @Flag(help: "Also erase their email, phone, function, notes, organisation and country from the history ('convene undo' then brings back only the name).")
        var purge = false

        func run() throws {
            try store.open().removeParticipant(.text(participant), purge: purge)
        }
    }
}
