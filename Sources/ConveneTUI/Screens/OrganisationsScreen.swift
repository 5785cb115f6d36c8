import ConveneCore

/// Screen 3: organisations, the 194 Member States among them.
struct OrganisationsScreen: Screen {
    let id = ScreenID.organisations
    var organisations = OrganisationData(listings: [])
    var list = FilteredList()

    var keyContexts: [KeyContext] { [AppKeys.organisations] }
    var keyHints: [(Action, String)] { [(.organisationsFilter, "filter"), (.organisationsAdd, "add"), (.organisationsEdit, "edit")] }
    var neededData: [Dataset] { [.organisations] }

    var selectedOrganisation: OrganisationListing? {
        guard let index = list.index(ofRow: list.cursor.selected), organisations.listings.indices.contains(index) else { return nil }
        return organisations.listings[index]
    }

    var focusedFilter: TextField? { list.focusedField }

    mutating func typeInFilter(_ key: Key, context: ScreenContext) {
        list.handleFilterKey(key, keys: organisations.keys)
    }

    func summary(context: ScreenContext) -> String {
        let total = organisations.listings.count
        if list.query.isEmpty { return "\(total) organisations" }
        return "filter '\(list.query)': \(list.count(total: total)) of \(total)"
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        if list.cursor.handle(action, count: list.count(total: organisations.listings.count), page: context.page) { return .handled }
        switch action {
        case .organisationsFilter:
            list.isEditing = true
            return .handled
        case .organisationsAdd:
            return .open(.form(Forms.organisation(nil)))
        case .organisationsEdit:
            guard let organisation = selectedOrganisation else { return .handled }
            return .open(.form(Forms.organisation(organisation)))
        case .organisationsDelete:
            guard let organisation = selectedOrganisation else { return .handled }
            return .open(.confirm(message: "Delete organisation #\(organisation.id) \(organisation.name)?",
                                  yes: [.write(.removeOrganisation(organisation.id))]))
        default:
            return nil
        }
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        if case let .loaded(.organisations(data)) = event {
            organisations = data
            list.refilter(keys: data.keys, reload: true)
        }
        return .handled
    }

    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {
        list.cursor.keepVisible(rows: AppLayout.rows(below: area), count: list.count(total: organisations.listings.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let listings = organisations.listings
        let list = list
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
