import ConveneCore
import Foundation

/// The workspace's Minutes tab: per item notes, decisions and action points, and a clock.
extension Workspace {
    mutating func updateMinutes(_ action: Action, data: WorkspaceData, context: ScreenContext) -> Outcome? {
        if items.handle(action, count: data.agenda.items.count, page: context.page) { return .handled }
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
            return toggleClock(for: row, now: context.now)
        default:
            return nil
        }
    }

    /// Starts the clock on an item, or stops or resumes it if it is already the item's.
    private mutating func toggleClock(for row: AgendaRow, now: Date) -> Outcome {
        guard var itemClock = clock, itemClock.itemId == row.id else {
            clock = ItemClock(itemId: row.id, startedAt: now)
            return .say("Clock started for item \(row.number)")
        }
        let message: String
        if itemClock.isRunning {
            itemClock.elapsedBefore = itemClock.elapsed(at: now)
            itemClock.isRunning = false
            message = "Clock stopped for item \(row.number)"
        } else {
            itemClock.startedAt = now
            itemClock.isRunning = true
            message = "Clock resumed for item \(row.number)"
        }
        clock = itemClock
        return .say(message)
    }

    static func clockText(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        return String(format: "%02d:%02d", total / 60, total % 60)
    }

    func renderMinutes(_ data: WorkspaceData, into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext) {
        let items = data.agenda.items
        let columns = area.splitColumns([.fixed(min(34, area.width / 2 - 4)), .fixed(1), .fill])
        let list = columns[0]
        TableView(columns: [TableColumn("No.", width: .fixed(7)), TableColumn("Item", width: .flexible)],
                  rowCount: items.count,
                  row: { index in [String(repeating: " ", count: items[index].depth) + items[index].number, items[index].title] },
                  selected: self.items.selected, offset: self.items.offset).render(into: &buffer, area: list)
        for y in area.y..<area.maxY { buffer.write("│", at: Point(x: columns[1].x, y: y), style: .muted) }
        let detail = columns[2].inset(horizontal: 1, vertical: 0)
        guard let row = selectedAgendaRow else {
            EmptyNotice("No agenda items: add them on the Agenda tab.").render(into: &buffer, area: detail)
            return
        }
        var lines: [(String, Style)] = []
        let allotted = row.minutes.map { Self.clockText(Double($0 * 60)) } ?? "–"
        if let clock, clock.itemId == row.id {
            let elapsed = clock.elapsed(at: context.now)
            let over = row.minutes.map { elapsed > Double($0 * 60) } ?? false
            lines.append(("⏱ \(Self.clockText(elapsed)) of \(allotted)\(clock.isRunning ? "" : " (stopped)")\(over ? "  over time" : "")",
                          over ? .warning : .accent))
        } else {
            let running = clock.flatMap { clock in items.first { $0.id == clock.itemId } }
            lines.append((running.map { "⏱ running on item \($0.number); t starts it here" } ?? "⏱ \(allotted) allotted; t starts the clock", .muted))
        }
        lines.append(("\(row.number) \(row.title)", .header))
        // Only what fits is wrapped: a megabyte of notes costs one screenful of work.
        var room: Int { max(0, detail.height - lines.count) }
        lines.append(("Notes", .bold))
        let notes = row.notes ?? ""
        if notes.isEmpty {
            lines.append(("(none: \(context.keyMap.hint(.minutesNotes) ?? "E") edits them in your editor)", .muted))
        } else {
            lines += TextWrap.wrap(notes, width: detail.width, limit: room).map { ($0, Style.plain) }
        }
        let decisions = data.decisions.filter { $0.itemNumber == row.number }
        lines.append(("Decisions", .bold))
        if decisions.isEmpty { lines.append(("(none)", .muted)) }
        for (index, decision) in decisions.enumerated() where room > 0 {
            lines += TextWrap.wrap("\(index + 1). \(decision.text)", width: detail.width, limit: room).map { ($0, Style.plain) }
        }
        let actions = data.actions.filter { $0.itemNumber == row.number }
        lines.append(("Action points", .bold))
        if actions.isEmpty { lines.append(("(none)", .muted)) }
        for action in actions where room > 0 {
            let due = action.due.map { ", due \($0)" } ?? ""
            let text = "#\(action.id) [\(action.status.rawValue)] \(action.text) — \(action.owner ?? "?")\(due)"
            lines += TextWrap.wrap(text, width: detail.width, limit: room).map { ($0, action.status == .open ? Style.plain : Style.muted) }
        }
        for (index, line) in lines.prefix(detail.height).enumerated() {
            buffer.write(line.0, at: Point(x: detail.x, y: detail.y + index), style: line.1, clip: detail)
        }
    }
}
