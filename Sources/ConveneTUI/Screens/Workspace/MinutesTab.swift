import ConveneCore
import Foundation

/// The workspace's Minutes tab: per item notes, decisions and action points, and a clock.
/// `h`/`l` move between the item list and the item's minutes; j/k then scroll the minutes,
/// and the page keys always do.
extension Workspace {
    mutating func updateMinutes(_ action: Action, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        let page = max(1, MinutesParts(Parts(context.layout.body).tab).detail.height - 1)
        switch action {
        case .moveRight:
            minutesPane = .detail
            return .handled
        case .moveLeft:
            minutesPane = .items
            return .handled
        // Page keys always scroll the minutes: the item list is short, the minutes are long.
        case .pageDown:
            scrollMinutes(by: page, data: data, context: context)
            return .handled
        case .pageUp:
            scrollMinutes(by: -page, data: data, context: context)
            return .handled
        case .moveDown where minutesPane == .detail, .moveUp where minutesPane == .detail:
            scrollMinutes(by: action == .moveDown ? 1 : -1, data: data, context: context)
            return .handled
        case .moveTop where minutesPane == .detail:
            minutesOffset = 0
            return .handled
        default:
            break
        }
        let before = items.selected
        if items.handle(action, count: data.agenda.items.count, page: context.page) {
            if items.selected != before { minutesOffset = 0 }
            return .handled
        }
        guard let row = selectedAgendaRow else { return action.group == "minutes" ? .handled : nil }
        let meeting = meetingId
        switch action {
        case .minutesNotes:
            return .perform(.editNotes(meeting: meeting, number: row.number, current: row.notes ?? ""))
        case .minutesDecision:
            return .open(.form(Forms.decision(meeting: meeting, item: row.number)))
        case .minutesAction:
            return .open(.form(Forms.action(meeting: meeting, item: row.number)))
        case .minutesActionStatus:
            guard let action = data.actions.last(where: { $0.itemNumber == row.number }) else {
                return .say("item \(row.number) has no action points: add one with \(context.keyMap.hint(.minutesAction) ?? "A")", error: true)
            }
            let all = ActionStatus.allCases
            let next = all[((all.firstIndex(of: action.status) ?? 0) + 1) % all.count]
            return .perform(.write(.setActionStatus(id: action.id, next)))
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
    func minutesLines(_ data: WorkspaceData, row: AgendaRow, width: Int, limit: Int, context: ScreenContext) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let allotted = row.totalMinutes > 0 ? Self.clockText(Double(row.totalMinutes * 60)) : "–"
        if let clock, clock.itemId == row.id {
            let elapsed = clock.elapsed(at: context.now)
            let over = row.minutes.map { elapsed > Double($0 * 60) } ?? false
            lines.append(("⏱ \(Self.clockText(elapsed)) of \(allotted)\(clock.isRunning ? "" : " (stopped)")\(over ? "  over time" : "")",
                          over ? .warning : .accent))
        } else {
            let running = clock.flatMap { clock in data.agenda.items.first { $0.id == clock.itemId } }
            lines.append((running.map { "⏱ running on item \($0.number); t starts it here" } ?? "⏱ \(allotted) allotted; t starts the clock", .muted))
        }
        lines += TextWrap.wrap("\(row.number) \(row.title)", width: width).map { ($0, Style.header) }
        var room: Int { max(0, limit - lines.count) }
        lines.append(("Notes", .bold))
        let notes = row.notes ?? ""
        if notes.isEmpty {
            lines.append(("(none: \(context.keyMap.hint(.minutesNotes) ?? "E") edits them in your editor)", .muted))
        } else {
            lines += TextWrap.wrap(notes, width: width, limit: room).map { ($0, Style.plain) }
        }
        let speakers = data.speakers.filter { $0.itemId == row.id }
        if !speakers.isEmpty {
            // One item's speakers share its budget (SpeakingBudget: the item's, the meeting's or 3).
            let budget = speakers[0].budgetMinutes * 60
            lines.append(("Speakers (\(speakers[0].budgetMinutes) min each)", .bold))
            for speaker in speakers {
                let name = speaker.name + (speaker.delegation.map { $0 == speaker.name ? "" : " (\($0))" } ?? "")
                let seconds = speaker.seconds(now: context.now) ?? 0
                switch speaker.state {
                case .speaking:
                    let over = seconds > budget
                    lines.append(("▶ \(name)  \(Self.clockText(Double(seconds))) of \(Self.clockText(Double(budget)))\(over ? "  over time" : "")",
                                  over ? .warning : .accent))
                case .queued: lines.append(("  \(name)", .plain))
                case .spoke: lines.append(("✓ \(name)  \(Self.clockText(Double(seconds)))", .muted))
                }
            }
        }
        let decisions = data.decisions.filter { $0.itemNumber == row.number }
        lines.append(("Decisions", .bold))
        if decisions.isEmpty { lines.append(("(none)", .muted)) }
        for (index, decision) in decisions.enumerated() where room > 0 {
            lines += TextWrap.wrap("\(index + 1). \(decision.text)", width: width, limit: room).map { ($0, Style.plain) }
        }
        let actions = data.actions.filter { $0.itemNumber == row.number }
        lines.append(("Action points", .bold))
        if actions.isEmpty { lines.append(("(none)", .muted)) }
        for action in actions where room > 0 {
            let due = action.due.map { ", due \($0)" } ?? ""
            let text = "#\(action.id) [\(action.status.rawValue)] \(action.text) — \(action.owner ?? "?")\(due)"
            lines += TextWrap.wrap(text, width: width, limit: room).map { ($0, action.status == .open ? Style.plain : Style.muted) }
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
        let limit = minutesOffset + detail.height + 1
        let lines = minutesLines(data, row: row, width: detail.width, limit: limit, context: context)
        ScrolledLines(lines: lines, offset: minutesOffset, continues: lines.count >= limit).render(into: &buffer, area: detail)
    }
}
