import ArgumentParser
import ConveneCore

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Keep the organisations (the 194 Member States and regional organisations are shipped).",
        subcommands: [List.self, Show.self, Add.self, Edit.self, Remove.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Only this category (member-state, sector-member, associate, academia, geospatial-provider, information-provider, international-body, regional-organization, ict-industry, civil-society, other).", valueName: "category"))
        var category: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Only this ITU-D region (Africa, Americas, \"Arab States\", Asia-Pacific, CIS, Europe).", valueName: "region"))
        var region: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Only organisations matching every word (case- and accent-insensitive).", valueName: "text"))
        var filter: String?

        func run() throws {
            let query = OrganisationQuery(
                category: try category.map { try StakeholderCategory.parse($0) },
                region: try region.map { try ITURegion.parse($0) },
                filter: filter)
            let organisations = try store.open().organisations(query)
            if output.json { return try Output.json(organisations.map(OrganisationJSON.init)) }
            Output.table(["ID", "NAME", "SHORT", "CATEGORY", "COUNTRY", "REGION"], empty: "no organisations match", organisations.map { organisation in
                ["\(organisation.id)", organisation.name, organisation.shortName ?? "", organisation.category.rawValue,
                 organisation.country ?? "", organisation.region?.rawValue ?? ""]
            })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one organisation.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Organisation id, exact name, short name or Member State ISO code.") var org: String

        func run() throws {
            let shown = try store.open().organisation(.text(org))
            if output.json { return try Output.json(OrganisationJSON(shown)) }
            Output.fields([
                ("ID", "\(shown.id)"), ("Name", shown.name), ("Chinese name", shown.nameZh), ("French name", shown.nameFr),
                ("Spanish name", shown.nameEs), ("Arabic name", shown.nameAr), ("Russian name", shown.nameRu), ("Short name", shown.shortName),
                ("Category", "\(shown.category.rawValue) (\(shown.category.label))"),
                ("Country", shown.country.map { "\($0) \(shown.countryName ?? "")" }), ("Region", shown.region?.rawValue),
            ])
        }
    }

    /// The optional fields, shared by add and edit (where the name and category are optional too).
    struct Details: ParsableArguments {
        @Option(parsing: .unconditional, help: "Short name or acronym, e.g. ESA.") var short: String?
        @Option(name: .customLong("name-zh"), parsing: .unconditional, help: "Chinese name.") var nameZh: String?
        @Option(name: .customLong("name-fr"), parsing: .unconditional, help: "French name.") var nameFr: String?
        @Option(name: .customLong("name-es"), parsing: .unconditional, help: "Spanish name.") var nameEs: String?
        @Option(name: .customLong("name-ar"), parsing: .unconditional, help: "Arabic name.") var nameAr: String?
        @Option(name: .customLong("name-ru"), parsing: .unconditional, help: "Russian name.") var nameRu: String?

        var otherNames: OrganisationNames { OrganisationNames(fr: nameFr, es: nameEs, ar: nameAr, ru: nameRu) }
        @Option(parsing: .unconditional, help: ArgumentHelp("ISO 3166-1 alpha-3 country code.", valueName: "iso3")) var country: String?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an organisation; prints its id.")

        @OptionGroup var store: StoreOptions
        @Option(parsing: .unconditional, help: "Full name.") var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Category token (see 'org list --help').", valueName: "category"))
        var category: String
        @OptionGroup var details: Details

        func run() throws {
            let id = try store.open().addOrganisation(OrganisationDraft(
                name: name, category: category, shortName: details.short, nameZh: details.nameZh, country: details.country,
                otherNames: details.otherNames))
            print(id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an organisation; an empty value clears an optional field.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Organisation id, exact name, short name or Member State ISO code.") var org: String
        @Option(parsing: .unconditional, help: "Full name.") var name: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Category token.", valueName: "category")) var category: String?
        @OptionGroup var details: Details

        func run() throws {
            Output.edited(try store.open().editOrganisation(.text(org), OrganisationEdit(
                name: name, category: category, shortName: details.short, nameZh: details.nameZh, country: details.country,
                otherNames: details.otherNames)))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an organisation nobody belongs to ('convene undo' brings it back).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Organisation id, exact name, short name or Member State ISO code.") var org: String

        func run() throws {
            try store.open().removeOrganisation(.text(org))
        }
    }
}
