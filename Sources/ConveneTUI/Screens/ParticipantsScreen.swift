import ConveneCore

/// Screen 2: the participant directory, narrowed by `/`; Space marks people to invite.
struct ParticipantsScreen: Screen {
    let id = ScreenID.participants
    var directory = DirectoryData(listings: [])
    /// False until the whole directory (not only its first rows) has been loaded once.
    var hasWholeDirectory = false
    var list = FilteredList()
    var marked: Set<Int64> = []

    var keyContexts: [KeyContext] { [AppKeys.participants] }
    var keyHints: [(Action, String)] { [(.participantsFilter, "filter"), (.participantsAdd, "add"), (.participantsInvite, "invite")] }

    // A first visit draws the first rows at once; `deferredData` then loads the rest.
    var neededData: [Dataset] { [hasWholeDirectory ? .directory : .directoryPreview] }

    func deferredData(fresh: Set<Dataset>) -> [Dataset] {
        !hasWholeDirectory && fresh.contains(.directoryPreview) ? [.directory] : []
    }

    var selectedParticipant: ParticipantListing? {
        guard let index = list.index(ofRow: list.cursor.selected), directory.listings.indices.contains(index) else { return nil }
        return directory.listings[index]
    }

    var focusedFilter: TextField? { list.focusedField }

    mutating func typeInFilter(_ key: Key, context: ScreenContext) {
        list.handleFilterKey(key, keys: directory.keys)
    }

    func summary(context: ScreenContext) -> String {
        let total = directory.total
        var parts: [String] = []
        if list.query.isEmpty {
            parts.append("\(total) participant\(total == 1 ? "" : "s")")
        } else {
            parts.append("filter '\(list.query)': \(list.count(total: total)) of \(total)")
        }
        if !marked.isEmpty { parts.append("\(marked.count) marked") }
        return parts.joined(separator: " · ")
    }

    mutating func update(_ action: Action, key: Key, context: ScreenContext) -> Outcome? {
        let count = list.count(total: directory.listings.count)
        if list.cursor.handle(action, count: count, page: context.page) { return .handled }
        switch action {
        case .participantsFilter:
            list.isEditing = true
        case .participantsAdd:
            return .open(.form(Forms.participant(nil)))
        case .participantsEdit:
            guard let participant = selectedParticipant else { return .handled }
            return .open(.form(Forms.participant(participant)))
        case .participantsDelete:
            guard let participant = selectedParticipant else { return .handled }
            return .open(.confirm(message: "Delete participant #\(participant.id) \(participant.name) and their invitations?",
                                  yes: [.write(.removeParticipant(participant.id))],
                                  alternative: ConfirmAlternative(
                                      key: "p", label: "yes, and erase their contact details and notes from the history",
                                      effects: [.write(.removeParticipant(participant.id, purge: true))])))
        case .participantsMark:
            guard let participant = selectedParticipant else { return .handled }
            if marked.contains(participant.id) { marked.remove(participant.id) } else { marked.insert(participant.id) }
            list.cursor.move(by: 1, count: count)
        case .participantsInvite:
            let ids = marked.isEmpty ? selectedParticipant.map { [$0.id] } ?? [] : marked.sorted()
            guard !ids.isEmpty else { return .say("nobody to invite: mark participants with Space", error: true) }
            return .open(.meetingPicker(MeetingPicker(purpose: .invite(ids))))
        case .participantsImport:
            return .open(.prompt(Prompt.importPath(meeting: nil)))
        default:
            return nil
        }
        return .handled
    }

    mutating func receive(_ event: AppEvent, context: ScreenContext) -> Outcome {
        switch event {
        case let .loaded(.directory(data)):
            if data.isComplete { hasWholeDirectory = true }
            apply(data, selecting: context.pendingSelection)
        case .written(.invite, _, _):
            if context.isCurrent { marked.removeAll() }
        case let .written(.removeParticipant(id, _), _, _):
            marked.remove(id)
        default:
            break
        }
        return .handled
    }

    private mutating func apply(_ data: DirectoryData, selecting pending: PendingSelection?) {
        var selectedId = selectedParticipant?.id
        if case let .participant(id) = pending { selectedId = id }
        directory = data
        list.refilter(keys: data.keys, reload: true)
        if let selectedId, let index = data.listings.firstIndex(where: { $0.id == selectedId }), let row = list.row(ofIndex: index) {
            list.cursor.selected = row
        }
        if !marked.isEmpty { marked.formIntersection(data.listings.map(\.id)) }
    }

    mutating func keepSelectionVisible(in area: Rect, context: ScreenContext) {
        list.cursor.keepVisible(rows: AppLayout.rows(below: area), count: list.count(total: directory.listings.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let listings = directory.listings
        let list = list
        let marked = marked
        let marks = Set((list.cursor.offset..<min(list.count(total: listings.count), list.cursor.offset + area.height))
            .filter { row in list.index(ofRow: row).map { marked.contains(listings[$0].id) } ?? false })
        TableView(
            columns: [
                TableColumn("#", width: .fixed(5), alignment: .right),
                TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
                TableColumn("Organisation", width: .flexible(minimum: 8, weight: 2)),
                TableColumn("Country", width: .fixed(7)),
                TableColumn("Email", width: .flexible(minimum: 10, weight: 3)),
            ],
            rowCount: list.count(total: listings.count),
            row: { row in
                guard let index = list.index(ofRow: row), listings.indices.contains(index) else { return [] }
                let participant = listings[index]
                return ["\(participant.id)", participant.name, participant.organisation ?? "", participant.country ?? "",
                        participant.email ?? ""]
            },
            selected: list.cursor.selected, marked: marks, offset: list.cursor.offset, showsMarks: true
        ).render(into: &buffer, area: area)
        if listings.isEmpty {
            EmptyNotice("No participants yet. Press \(context.keyMap.hint(.participantsAdd) ?? "a") to add one.")
                .render(into: &buffer, area: area)
        }
    }
}
