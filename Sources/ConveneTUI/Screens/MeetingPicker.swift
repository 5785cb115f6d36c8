import ConveneCore

/// "Which meeting?": a list of meetings narrowed as you type, for inviting and exporting.
struct MeetingPicker: Sendable {
    enum Purpose: Sendable {
        case invite([Int64])
        case export(ExportKind)
    }

    var purpose: Purpose
    var field = TextField()
    var cursor = ListCursor()

    var title: String {
        switch purpose {
        case let .invite(ids): "Invite \(ids.count) participant\(ids.count == 1 ? "" : "s") to which meeting?"
        case let .export(kind): "\(kind.title) of which meeting?"
        }
    }

    func matches(_ meetings: [MeetingListing]) -> [MeetingListing] {
        let terms = TextFolding.queryTerms(field.text)
        guard !terms.isEmpty else { return meetings }
        return meetings.filter { listing in
            let meeting = listing.meeting
            let key = TextFolding.fold([meeting.code ?? "", meeting.title, meeting.start, meeting.region ?? ""].joined(separator: "\u{1}"))
            return TextFolding.matches(folded: key, terms: terms)
        }
    }
}

extension ConveneApp {
    mutating func handleMeetingPicker(_ picker: inout MeetingPicker, _ key: Key) -> [AppEffect] {
        let shown = picker.matches(meetings)
        switch key {
        case .escape:
            modal = nil
            say("Cancelled")
            return []
        case .enter:
            guard shown.indices.contains(picker.cursor.selected), let id = shown[picker.cursor.selected].meeting.id else {
                modal = .meetingPicker(picker)
                return []
            }
            modal = nil
            switch picker.purpose {
            case let .invite(participants):
                return [.write(.invite(meeting: id, participants: participants, role: nil))]
            case let .export(kind):
                let listing = shown[picker.cursor.selected].meeting
                modal = .prompt(Prompt(question: "Export \(kind.rawValue) to file:",
                                       field: TextField(Self.suggestedFile(kind, meeting: listing)),
                                       purpose: .exportPath(kind, meeting: id)))
                return []
            }
        case .down, .control("n"): picker.cursor.move(by: 1, count: shown.count)
        case .up, .control("p"): picker.cursor.move(by: -1, count: shown.count)
        case .pageDown: picker.cursor.move(by: page, count: shown.count)
        case .pageUp: picker.cursor.move(by: -page, count: shown.count)
        default:
            picker.field.handle(key)
            picker.cursor.moveTo(0, count: picker.matches(meetings).count)
        }
        modal = .meetingPicker(picker)
        return []
    }

    static func suggestedFile(_ kind: ExportKind, meeting: Meeting?) -> String {
        let base = meeting.map { ($0.code ?? "meeting-\($0.id ?? 0)") } ?? "res174"
        let safe = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        return "\(safe)-\(kind.rawValue).md"
    }

    func renderMeetingPicker(_ picker: MeetingPicker, into buffer: inout ScreenBuffer, area: Rect) {
        let box = area.centred(Size(width: min(area.width, 70), height: min(area.height, 16)))
        let inside = Border(title: picker.title).render(into: &buffer, area: box)
        guard inside.height >= 3 else { return }
        let rows = inside.inset(horizontal: 1, vertical: 0).splitRows([.fixed(1), .fill, .fixed(1)])
        buffer.write("Find: ", at: rows[0].origin, style: .bold, clip: rows[0])
        let fieldArea = Rect(x: rows[0].x + 6, y: rows[0].y, width: rows[0].width - 6, height: 1)
        var field = picker.field
        field.keepCursorVisible(width: fieldArea.width)
        field.render(into: &buffer, area: fieldArea, style: .selection)
        let cursorPosition = buffer.cursor
        let shown = picker.matches(meetings)
        var cursor = picker.cursor
        cursor.keepVisible(rows: rows[1].height, count: shown.count)
        TableView(columns: [
            TableColumn("Code", width: .fixed(12)), TableColumn("Start", width: .fixed(16)),
            TableColumn("Title", width: .flexible(minimum: 10, weight: 1)),
        ], rowCount: shown.count, row: { index in
            let meeting = shown[index].meeting
            return [meeting.code ?? "#\(meeting.id ?? 0)", meeting.start.replacingOccurrences(of: "T", with: " "), meeting.title]
        }, selected: cursor.selected, offset: cursor.offset, showsHeader: false).render(into: &buffer, area: rows[1])
        if meetings.isEmpty {
            buffer.write("No meetings yet: add one on screen 1.", at: rows[1].origin, style: .muted, clip: rows[1])
        }
        buffer.write("↑/↓ choose  Enter select  Esc cancel", at: rows[2].origin, style: .accent, clip: rows[2])
        buffer.cursor = cursorPosition
    }
}
