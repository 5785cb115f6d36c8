import ConveneCore

/// Screen 3: organisations, the 194 Member States among them.
extension ConveneApp {
    mutating func handleOrganisationsAction(_ action: String) -> [AppEffect]? {
        if organisationsList.cursor.handle(action, count: organisationsList.count(total: organisations.listings.count), page: page) {
            return []
        }
        switch action {
        case "organisations.filter":
            organisationsList.isEditing = true
        case "organisations.add":
            modal = .form(Forms.organisation(nil))
        case "organisations.edit":
            guard let organisation = selectedOrganisation else { return [] }
            modal = .form(Forms.organisation(organisation))
        case "organisations.delete":
            guard let organisation = selectedOrganisation else { return [] }
            modal = .confirm(message: "Delete organisation #\(organisation.id) \(organisation.name)?",
                             yes: [.write(.removeOrganisation(organisation.id))])
        default:
            return nil
        }
        return []
    }

    var selectedOrganisation: OrganisationListing? {
        guard let index = organisationsList.index(ofRow: organisationsList.cursor.selected),
              organisations.listings.indices.contains(index) else { return nil }
        return organisations.listings[index]
    }

    func organisationsSummary() -> String {
        let total = organisations.listings.count
        if organisationsList.query.isEmpty { return "\(total) organisations" }
        return "filter '\(organisationsList.query)': \(organisationsList.count(total: total)) of \(total)"
    }

    func renderOrganisations(into buffer: inout ScreenBuffer, area: Rect) {
        let listings = organisations.listings
        let list = organisationsList
        TableView(
            columns: [
                TableColumn("Name", width: .flexible(minimum: 16, weight: 4)),
                TableColumn("Short", width: .flexible(minimum: 5, weight: 1)),
                TableColumn("Category", width: .fixed(20)),
                TableColumn("Country", width: .fixed(7)),
                TableColumn("Region", width: .fixed(12)),
            ],
            rowCount: list.count(total: listings.count),
            row: { row in
                guard let index = list.index(ofRow: row), listings.indices.contains(index) else { return [] }
                let organisation = listings[index]
                return [organisation.name, organisation.shortName ?? "", organisation.category.rawValue,
                        organisation.country ?? "", organisation.region?.rawValue ?? ""]
            },
            selected: list.cursor.selected, offset: list.cursor.offset
        ).render(into: &buffer, area: area)
    }
}
