import ConveneCore
import Foundation

/// What a line of the Minutes tab belongs to, for `e` and `d` on it.
enum MinutesEntry: Equatable, Sendable {
    case notes
    /// `number`: its place in the meeting, as the tab and `decision list` show it ("2.").
    case decision(DecisionRow, number: Int)
    case action(ActionRow)
}

/// One line of an item's minutes as the Minutes tab shows it.
struct MinutesLine {
    var text: String
    var style: Style
    var entry: MinutesEntry?

    init(_ text: String, _ style: Style, entry: MinutesEntry? = nil) {
        self.text = text
        self.style = style
        self.entry = entry
    }
}

/// The workspace's Minutes tab: per item notes, decisions and action points, and a clock.
/// `h`/`l` move between the item list and the item's minutes; there j/k move a cursor line
/// by line (the minutes scroll to keep it in view), `e`/`d` edit or delete the decision or
/// action point under it; the page keys always scroll.
extension Workspace {
    mutating func updateMinutes(_ action: Action, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        let page = max(1, MinutesParts(Parts(context.layout.body).tab).detail.height - 1)
        switch action {
        case .moveRight:
            if minutesPane == .items { minutesCursor = minutesOffset }
            minutesPane = .detail
            return .handled
        case .moveLeft:
            minutesPane = .items
            return .handled
        // Page keys always scroll the minutes: the item list is short, the minutes are long.
        case .pageDown, .pageUp:
            let delta = action == .pageDown ? page : -page
            scrollMinutes(by: delta, data: data, context: context)
            if minutesPane == .detail { moveMinutesCursor(by: delta, data: data, context: context) }
            return .handled
        case .moveDown where minutesPane == .detail, .moveUp where minutesPane == .detail:
            moveMinutesCursor(by: action == .moveDown ? 1 : -1, data: data, context: context)
            return .handled
        case .moveTop where minutesPane == .detail:
            (minutesOffset, minutesCursor) = (0, 0)
            return .handled
        case .moveBottom where minutesPane == .detail:
            moveMinutesCursor(by: .max / 2, data: data, context: context)
            return .handled
        default:
            break
        }
        let before = items.selected
        if items.handle(action, count: data.agenda.items.count, page: context.page) {
            if items.selected != before { (minutesOffset, minutesCursor) = (0, 0) }
            return .handled
        }
        guard let row = selectedAgendaRow else { return action.group == "minutes" ? .handled : nil }
        let meeting = meetingId
        let changesRecord: [Action] = [.minutesNotes, .minutesDecision, .minutesAction, .minutesEdit, .minutesDelete,
                                       .minutesSpeaker, .minutesNextSpeaker]
        if changesRecord.contains(action), let notice = Self.approvedRecordNotice(data) { return notice }
        switch action {
        case .minutesNotes:
            return .perform(.editNotes(meeting: meeting, number: row.number, current: row.notes ?? ""))
        case .minutesDecision:
            return .open(.form(Forms.decision(meeting: meeting, item: row.number)))
        case .minutesAction:
            return .open(.form(Forms.action(meeting: meeting, item: row.number)))
        case .minutesEdit, .minutesDelete:
            return editOrDelete(action, row: row, data: data, context: context)
        case .minutesActionStatus:
            // The action point under the cursor, else the item's last.
            if minutesPane == .detail, case let .action(action) = minutesEntry(data, row: row, context: context) {
                return .perform(.write(.setActionStatus(id: action.id, Self.nextStatus(after: action.status))))
            }
            guard let action = data.actions.last(where: { $0.itemNumber == row.number }) else {
                return .say("item \(row.number) has no action points: add one with \(context.keyMap.hint(.minutesAction) ?? "A")", error: true)
            }
            return .perform(.write(.setActionStatus(id: action.id, Self.nextStatus(after: action.status))))
        case .minutesClock:
            // An approved record refuses the stamps: the store says so, and the clock stays as it was.
            if data.meeting.minutesStatus == .approved {
                return .perform(.write(.itemClock(meeting: meeting, number: row.number, .start, at: context.now)))
            }
            return toggleClock(for: row, now: context.now)
        case .minutesSpeaker:
            return .open(.form(Forms.speaker(meeting: meeting, item: row.number)))
        case .minutesNextSpeaker:
            return .perform(.write(.nextSpeaker(meeting: meeting, number: row.number)))
        default:
            return nil
        }
    }

    static func nextStatus(after status: ActionStatus) -> ActionStatus {
        let all = ActionStatus.allCases
        return all[((all.firstIndex(of: status) ?? 0) + 1) % all.count]
    }

    /// `e` and `d`: on a decision or an action point under the cursor, its form or a question;
    /// `e` on the notes, the editor. From the item list they move the cursor to the item's
    /// first decision or action point, to be chosen with j/k.
    private mutating func editOrDelete(_ action: Action, row: AgendaRow, data: WorkspaceData, context: ScreenContext) -> Outcome {
        let hint = "j/k choose a decision or action point: \(context.keyMap.hint(.minutesEdit) ?? "e") edits it, "
            + "\(context.keyMap.hint(.minutesDelete) ?? "d") deletes it"
        guard minutesPane == .detail else {
            let detail = MinutesParts(Parts(context.layout.body).tab).detail
            let lines = minutesLines(data, row: row, width: detail.width, limit: .max, context: context)
            guard let first = lines.firstIndex(where: { $0.entry.map(Self.isRecord) ?? false }) else {
                return .say("Item \(row.number) has no decisions or action points: \(context.keyMap.hint(.minutesDecision) ?? "D") "
                            + "or \(context.keyMap.hint(.minutesAction) ?? "A") adds one")
            }
            minutesPane = .detail
            minutesCursor = first
            keepMinutesCursorVisible(count: lines.count, height: detail.height)
            return .say(hint)
        }
        switch (minutesEntry(data, row: row, context: context), action) {
        case let (.decision(decision, number)?, .minutesEdit):
            return .open(.form(Forms.editDecision(meeting: meetingId, decision, number: number)))
        case let (.decision(decision, number)?, _):
            return .open(.confirm(message: "Delete decision \(number) (item \(row.number)), \(Self.quoted(decision.text))?",
                                  yes: [.write(.removeDecision(meeting: meetingId, id: decision.id))]))
        case let (.action(point)?, .minutesEdit):
            return .open(.form(Forms.editAction(point)))
        case let (.action(point)?, _):
            return .open(.confirm(message: "Delete action point #\(point.id), \(Self.quoted(point.text))?",
                                  yes: [.write(.removeAction(id: point.id))]))
        case (.notes?, .minutesEdit):
            return .perform(.editNotes(meeting: meetingId, number: row.number, current: row.notes ?? ""))
        default:
            return .say(hint)
        }
    }

    private static func isRecord(_ entry: MinutesEntry) -> Bool {
        if case .notes = entry { return false }
        return true
    }

    /// The start of a text for a question, on one line.
    private static func quoted(_ text: String) -> String {
        "“" + DisplayWidth.truncate(SafeText.singleLine(text), toWidth: 32) + "”"
    }

    /// What the line under the cursor belongs to.
    func minutesEntry(_ data: WorkspaceData, row: AgendaRow, context: ScreenContext) -> MinutesEntry? {
        let detail = MinutesParts(Parts(context.layout.body).tab).detail
        let lines = minutesLines(data, row: row, width: detail.width, limit: minutesCursor + 2, context: context)
        return lines.indices.contains(minutesCursor) ? lines[minutesCursor].entry : nil
    }

    /// The lines highlighted for the cursor: the whole decision or action point it is on,
    /// else its line.
    static func entryLines(_ lines: [MinutesLine], at cursor: Int) -> Range<Int> {
        guard lines.indices.contains(cursor) else { return 0..<0 }
        guard let entry = lines[cursor].entry, isRecord(entry) else { return cursor..<cursor + 1 }
        var (start, end) = (cursor, cursor + 1)
        while start > 0, lines[start - 1].entry == entry { start -= 1 }
        while end < lines.count, lines[end].entry == entry { end += 1 }
        return start..<end
    }

    /// Moves the cursor in the item's minutes by `delta` lines, scrolling to keep it in view.
    mutating func moveMinutesCursor(by delta: Int, data: WorkspaceData, context: ScreenContext) {
        guard let row = selectedAgendaRow else { return }
        let detail = MinutesParts(Parts(context.layout.body).tab).detail
        let wanted = max(0, minutesCursor + delta)
        let limit = delta >= .max / 2 ? .max : max(wanted, minutesOffset) + detail.height + 1
        let lines = minutesLines(data, row: row, width: detail.width, limit: limit, context: context)
        minutesCursor = min(wanted, max(0, lines.count - 1))
        keepMinutesCursorVisible(count: lines.count, height: detail.height)
    }

    private mutating func keepMinutesCursorVisible(count: Int, height: Int) {
        if minutesCursor < minutesOffset { minutesOffset = minutesCursor }
        if minutesCursor >= minutesOffset + height { minutesOffset = minutesCursor - height + 1 }
        minutesOffset = ScrolledLines.clamped(minutesOffset, count: count, height: height)
    }

    /// Starts the clock on an item, or stops or resumes it if it is already the item's; each
    /// start and stop is stamped in the store (the item's actual times, the meeting's opening
    /// and closing), whose message says so.
    private mutating func toggleClock(for row: AgendaRow, now: Date) -> Outcome {
        let meeting = meetingId
        let write: (ItemClockAction) -> Outcome = { .perform(.write(.itemClock(meeting: meeting, number: row.number, $0, at: now))) }
        // A clock the store says is running (started from the command line, or before the
        // app was restarted) is stopped by this press.
        if clock?.itemId != row.id, row.actualStart != nil, row.actualSeconds == nil {
            clock = ItemClock(itemId: row.id, startedAt: now)
        }
        guard var itemClock = clock, itemClock.itemId == row.id else {
            clock = ItemClock(itemId: row.id, startedAt: now)
            return write(.start)
        }
        let action: ItemClockAction
        if itemClock.isRunning {
            itemClock.elapsedBefore = itemClock.elapsed(at: now)
            itemClock.isRunning = false
            action = .stop
        } else {
            itemClock.startedAt = now
            itemClock.isRunning = true
            action = .start
        }
        clock = itemClock
        return write(action)
    }

    static func clockText(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        return String(format: "%02d:%02d", total / 60, total % 60)
    }

    /// The Minutes tab's parts, for both drawing and scrolling: the item list, a rule, and the
    /// item's minutes.
    struct MinutesParts {
        var list: Rect
        var rule: Rect
        var detail: Rect

        init(_ area: Rect) {
            let columns = area.splitColumns([.fixed(min(34, area.width / 2 - 4)), .fixed(1), .fill])
            (list, rule, detail) = (columns[0], columns[1], columns[2].inset(horizontal: 1, vertical: 0))
        }
    }

    /// Scrolls the item's minutes by `delta` lines, keeping the pane full where it can.
    mutating func scrollMinutes(by delta: Int, data: WorkspaceData, context: ScreenContext) {
        guard let row = selectedAgendaRow else { return }
        let detail = MinutesParts(Parts(context.layout.body).tab).detail
        // Wrapped only as far as the new position needs, plus a screen.
        let wanted = max(0, minutesOffset + delta)
        let lines = minutesLines(data, row: row, width: detail.width, limit: wanted + detail.height + 1, context: context)
        minutesOffset = ScrolledLines.clamped(wanted, count: lines.count, height: detail.height)
    }

    /// Everything the Minutes tab shows of an item, wrapped to `width`: the clock, notes,
    /// decisions and action points. Only `limit` lines are wrapped: a megabyte of notes costs
    /// one screenful of work.
    func minutesLines(_ data: WorkspaceData, row: AgendaRow, width: Int, limit: Int, context: ScreenContext) -> [MinutesLine] {
        var lines: [MinutesLine] = []
        let allotted = row.totalMinutes > 0 ? Self.clockText(Double(row.totalMinutes * 60)) : "–"
        if let clock, clock.itemId == row.id {
            let elapsed = clock.elapsed(at: context.now)
            let over = row.minutes.map { elapsed > Double($0 * 60) } ?? false
            lines.append(MinutesLine("⏱ \(Self.clockText(elapsed)) of \(allotted)\(clock.isRunning ? "" : " (stopped)")\(over ? "  over time" : "")",
                                     over ? .warning : .accent))
        } else {
            let running = clock.flatMap { clock in data.agenda.items.first { $0.id == clock.itemId } }
            lines.append(MinutesLine(running.map { "⏱ running on item \($0.number); t starts it here" } ?? "⏱ \(allotted) allotted; t starts the clock", .muted))
        }
        lines += TextWrap.wrap("\(row.number) \(row.title)", width: width).map { MinutesLine($0, .header) }
        var room: Int { max(0, limit - lines.count) }
        lines.append(MinutesLine("Notes", .bold, entry: .notes))
        let notes = row.notes ?? ""
        if notes.isEmpty {
            lines.append(MinutesLine("(none: \(context.keyMap.hint(.minutesNotes) ?? "E") edits them in your editor)", .muted, entry: .notes))
        } else {
            lines += TextWrap.wrap(notes, width: width, limit: room).map { MinutesLine($0, .plain, entry: .notes) }
        }
        let speakers = data.speakers.filter { $0.itemId == row.id }
        if !speakers.isEmpty {
            // One item's speakers share its budget (SpeakingBudget: the item's, the meeting's or 3).
            let budget = speakers[0].budgetMinutes * 60
            lines.append(MinutesLine("Speakers (\(speakers[0].budgetMinutes) min each)", .bold))
            for speaker in speakers {
                let name = speaker.name + (speaker.delegation.map { $0 == speaker.name ? "" : " (\($0))" } ?? "")
                let seconds = speaker.seconds(now: context.now) ?? 0
                switch speaker.state {
                case .speaking:
                    let over = seconds > budget
                    lines.append(MinutesLine("▶ \(name)  \(Self.clockText(Double(seconds))) of \(Self.clockText(Double(budget)))\(over ? "  over time" : "")",
                                             over ? .warning : .accent))
                case .queued: lines.append(MinutesLine("  \(name)", .plain))
                case .spoke: lines.append(MinutesLine("✓ \(name)  \(Self.clockText(Double(seconds)))", .muted))
                }
            }
        }
        // Numbered in the meeting, as `decision list` and the summary of decisions number them.
        let decisions = data.decisions.enumerated().filter { $0.element.itemNumber == row.number }
        lines.append(MinutesLine("Decisions", .bold))
        if decisions.isEmpty { lines.append(MinutesLine("(none)", .muted)) }
        for (index, decision) in decisions where room > 0 {
            lines += TextWrap.wrap("\(index + 1). \(decision.text)", width: width, limit: room).map {
                MinutesLine($0, .plain, entry: .decision(decision, number: index + 1))
            }
        }
        let actions = data.actions.filter { $0.itemNumber == row.number }
        lines.append(MinutesLine("Action points", .bold))
        if actions.isEmpty { lines.append(MinutesLine("(none)", .muted)) }
        for action in actions where room > 0 {
            let due = action.due.map { ", due \($0)" } ?? ""
            let text = "#\(action.id) [\(action.status.rawValue)] \(action.text) — \(action.owner ?? "?")\(due)"
            lines += TextWrap.wrap(text, width: width, limit: room).map {
                MinutesLine($0, action.status == .open ? .plain : .muted, entry: .action(action))
            }
        }
        return lines
    }

    func renderMinutes(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let items = data.agenda.items
        let parts = MinutesParts(area)
        TableView(columns: [TableColumn("No.", width: .fixed(7)), TableColumn("Item", width: .flexible)],
                  rowCount: items.count,
                  row: { index in [String(repeating: " ", count: items[index].depth) + items[index].number, items[index].title] },
                  selected: self.items.selected, offset: self.items.offset).render(into: &buffer, area: parts.list)
        let focused = minutesPane == .detail
        for y in area.y..<area.maxY { buffer.write("│", at: Point(x: parts.rule.x, y: y), style: focused ? .accent : .muted) }
        let detail = parts.detail
        guard let row = selectedAgendaRow else {
            EmptyNotice("No agenda items: add them on the Agenda tab.").render(into: &buffer, area: detail)
            return
        }
        let limit = max(minutesOffset, minutesCursor) + detail.height + 1
        let lines = minutesLines(data, row: row, width: detail.width, limit: limit, context: context)
        let highlighted = focused ? Self.entryLines(lines, at: minutesCursor) : 0..<0
        ScrolledLines(lines: lines.map { ($0.text, $0.style) }, offset: minutesOffset, continues: lines.count >= limit,
                      highlighted: highlighted).render(into: &buffer, area: detail)
    }
}
