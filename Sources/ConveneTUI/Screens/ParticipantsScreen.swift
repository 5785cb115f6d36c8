import ConveneCore

extension FilteredList {
    /// Keys while the filter field has focus: typing narrows at once, Enter (or Down) keeps
    /// the filter and returns to the list, Esc clears it.
    mutating func handleFilterKey(_ key: Key, keys: [String]) {
        switch key {
        case .escape:
            clear(keys: keys)
        case .enter, .down, .tab:
            isEditing = false
        case .backspace where field.text.isEmpty:
            isEditing = false
        default:
            field.handle(key)
            refilter(keys: keys, reload: false)
        }
    }
}

/// Screen 2: the participant directory.
extension ConveneApp {
    var selectedParticipant: ParticipantListing? {
        guard let index = participantsList.index(ofRow: participantsList.cursor.selected),
              directory.listings.indices.contains(index) else { return nil }
        return directory.listings[index]
    }

    mutating func applyDirectory(_ data: DirectoryData) {
        let selectedId = pendingSelection.flatMap(Int64.init) ?? selectedParticipant?.id
        pendingSelection = nil
        directory = data
        participantsList.refilter(keys: data.keys, reload: true)
        if let selectedId, let index = data.listings.firstIndex(where: { $0.id == selectedId }),
           let row = participantsList.row(ofIndex: index) {
            participantsList.cursor.selected = row
        }
        if !marked.isEmpty { marked.formIntersection(data.listings.map(\.id)) }
    }

    mutating func handleParticipantsAction(_ action: String) -> [AppEffect]? {
        let count = participantsList.count(total: directory.listings.count)
        if participantsList.cursor.handle(action, count: count, page: page) { return [] }
        switch action {
        case "participants.filter":
            participantsList.isEditing = true
        case "participants.add":
            modal = .form(Forms.participant(nil))
        case "participants.edit":
            guard let participant = selectedParticipant else { return [] }
            modal = .form(Forms.participant(participant))
        case "participants.delete":
            guard let participant = selectedParticipant else { return [] }
            modal = .confirm(message: "Delete participant #\(participant.id) \(participant.name) and their invitations?",
                             yes: [.write(.removeParticipant(participant.id))])
        case "participants.mark":
            guard let participant = selectedParticipant else { return [] }
            if marked.contains(participant.id) { marked.remove(participant.id) } else { marked.insert(participant.id) }
            participantsList.cursor.move(by: 1, count: count)
        case "participants.invite":
            let ids = marked.isEmpty ? selectedParticipant.map { [$0.id] } ?? [] : marked.sorted()
            guard !ids.isEmpty else {
                say("nobody to invite: mark participants with Space", error: true)
                return []
            }
            modal = .meetingPicker(MeetingPicker(purpose: .invite(ids)))
        default:
            return nil
        }
        return []
    }

    func participantsSummary() -> String {
        let total = directory.total
        var parts: [String] = []
        if participantsList.query.isEmpty {
            parts.append("\(total) participant\(total == 1 ? "" : "s")")
        } else {
            parts.append("filter '\(participantsList.query)': \(participantsList.count(total: total)) of \(total)")
        }
        if !marked.isEmpty { parts.append("\(marked.count) marked") }
        return parts.joined(separator: " · ")
    }

    func renderParticipants(into buffer: inout ScreenBuffer, area: Rect) {
        let listings = directory.listings
        let list = participantsList
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
            emptyNotice("No participants yet. Press \(keyMap.hint("participants.add") ?? "a") to add one.", into: &buffer, area: area)
        }
    }

    func emptyNotice(_ text: String, into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(min(2, max(0, area.height - 1)))
        buffer.write(DisplayWidth.truncate(text, toWidth: row.width - 2), at: Point(x: row.x + 2, y: row.y), style: .muted, clip: row)
    }
}
