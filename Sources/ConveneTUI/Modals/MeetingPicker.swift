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
            let key = MeetingSearch.key(meeting)
            return TextFolding.matches(folded: key, terms: terms)
        }
    }

    /// Handles a key; returns whether the picker stays open and what the app should do.
    mutating func handle(_ key: Key, meetings: [MeetingListing], page: Int) -> (staysOpen: Bool, Outcome) {
        let shown = matches(meetings)
        switch key {
        case .escape:
            return (false, .say("Cancelled"))
        case .enter:
            guard shown.indices.contains(cursor.selected), let id = shown[cursor.selected].meeting.id else {
                return (true, .handled)
            }
            switch purpose {
            case let .invite(participants):
                return (false, .perform(.write(.invite(meeting: id, participants: participants, role: nil))))
            case let .export(kind):
                let meeting = shown[cursor.selected].meeting
                return (false, .open(.prompt(Prompt(question: "Export \(kind.rawValue) to file:",
                                                    field: TextField(kind.suggestedFile(meeting: meeting)),
                                                    purpose: .exportPath(kind, meeting: id)))))
            }
        case .down, .control("n"): cursor.move(by: 1, count: shown.count)
        case .up, .control("p"): cursor.move(by: -1, count: shown.count)
        case .pageDown: cursor.move(by: page, count: shown.count)
        case .pageUp: cursor.move(by: -page, count: shown.count)
        default:
            field.handle(key)
            cursor.moveTo(0, count: matches(meetings).count)
        }
        return (true, .handled)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, meetings: [MeetingListing]) {
        let box = area.centred(Size(width: min(area.width, 70), height: min(area.height, 16)))
        let inside = Border(title: title).render(into: &buffer, area: box)
        guard inside.height >= 3 else { return }
        let rows = inside.inset(horizontal: 1, vertical: 0).splitRows([.fixed(1), .fill, .fixed(1)])
        buffer.write("Find: ", at: rows[0].origin, style: .bold, clip: rows[0])
        let fieldArea = Rect(x: rows[0].x + 6, y: rows[0].y, width: rows[0].width - 6, height: 1)
        var field = field
        field.keepCursorVisible(width: fieldArea.width)
        field.render(into: &buffer, area: fieldArea, style: .selection)
        let cursorPosition = buffer.cursor
        let shown = matches(meetings)
        var cursor = cursor
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

extension ExportKind {
    /// The file name offered for an export: the document's symbol ("R174-RD/2" gives
    /// "R174-RD-2.md"), else the meeting's code and the kind, else "res174-report.md".
    func suggestedFile(meeting: Meeting?) -> String {
        if let meeting, let symbol = DocumentSymbol.symbol(self, meeting: meeting) {
            let safe = Self.fileSafe(symbol)
            if !safe.isEmpty { return safe + ".md" }
        }
        let base = meeting.map { ($0.code ?? "meeting-\($0.id ?? 0)") } ?? "res174"
        return "\(Self.fileSafe(base))-\(rawValue).md"
    }

    /// Letters, digits, "-" and "." kept; any run of other characters becomes one "-", none at the ends.
    static func fileSafe(_ text: String) -> String {
        var safe = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "." {
                safe.append(character)
            } else if safe.last != "-" {
                safe.append("-")
            }
        }
        return String(safe.drop { $0 == "-" || $0 == "." }.reversed().drop { $0 == "-" }.reversed())
    }
}
