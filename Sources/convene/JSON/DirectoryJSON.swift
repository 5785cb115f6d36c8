import ConveneCore

/// `org list --json` and `org show --json`.
struct OrganisationJSON: Encodable {
    var id: Int64
    var name: String
    @Nullable var nameZh: String?
    @Nullable var nameFr: String?
    @Nullable var nameEs: String?
    @Nullable var nameAr: String?
    @Nullable var nameRu: String?
    @Nullable var shortName: String?
    var category: StakeholderCategory
    @Nullable var country: String?
    @Nullable var countryName: String?
    @Nullable var region: ITURegion?

    init(_ organisation: OrganisationListing) {
        id = organisation.id
        name = organisation.name
        nameZh = organisation.nameZh
        (nameFr, nameEs, nameAr, nameRu) = (organisation.nameFr, organisation.nameEs, organisation.nameAr, organisation.nameRu)
        shortName = organisation.shortName
        category = organisation.category
        country = organisation.country
        countryName = organisation.countryName
        region = organisation.region
    }
}

/// `participant list --json` and `participant show --json`.
struct ParticipantJSON: Encodable {
    var id: Int64
    @Nullable var honorific: String?
    /// Either name may be empty (a CJK name written as one); empty is null, as everywhere.
    @Nullable var givenName: String?
    @Nullable var familyName: String?
    var name: String
    @Nullable var latinName: String?
    @Nullable var organisationId: Int64?
    /// The organisation's short name when it has one, else its name.
    @Nullable var organisation: String?
    @Nullable var organisationName: String?
    @Nullable var organisationNameZh: String?
    @Nullable var function: String?
    @Nullable var email: String?
    @Nullable var phone: String?
    @Nullable var country: String?
    @Nullable var countryName: String?
    @Nullable var countryNameZh: String?
    @Nullable var notes: String?

    init(_ participant: ParticipantListing) {
        id = participant.id
        honorific = participant.honorific
        givenName = participant.givenName
        familyName = participant.familyName
        name = participant.name
        latinName = participant.latinName
        organisationId = participant.organisationId
        organisation = participant.organisation
        organisationName = participant.organisationName
        organisationNameZh = participant.organisationNameZh
        function = participant.function
        email = participant.email
        phone = participant.phone
        country = participant.country
        countryName = participant.countryName
        countryNameZh = participant.countryNameZh
        notes = participant.notes
    }

    /// The same object for `participant list --json`'s stream, keys in JSONEncoder's order.
    var flat: FlatJSONObject {
        FlatJSONObject(fields: [
            ("country", .nullableText(country)), ("country_name", .nullableText(countryName)),
            ("country_name_zh", .nullableText(countryNameZh)), ("email", .nullableText(email)),
            ("family_name", .nullableText(familyName)), ("function", .nullableText(function)),
            ("given_name", .nullableText(givenName)), ("honorific", .nullableText(honorific)), ("id", .integer(id)),
            ("latin_name", .nullableText(latinName)), ("name", .text(name)), ("notes", .nullableText(notes)), ("organisation", .nullableText(organisation)),
            ("organisation_id", .nullableInteger(organisationId)), ("organisation_name", .nullableText(organisationName)),
            ("organisation_name_zh", .nullableText(organisationNameZh)), ("phone", .nullableText(phone)),
        ])
    }
}
