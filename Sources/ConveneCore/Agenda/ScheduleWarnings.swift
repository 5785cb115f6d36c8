/// What is wrong with an agenda's times, in sentences: an item fixed at a time the items
/// before it run past, and sub-items that take longer than their parent's own minutes.
/// Shown by `agenda list` (on standard error) and under the agenda export's table.
public enum ScheduleWarnings {
    public static func lines(_ rows: [AgendaRow]) -> [String] {
        rows.flatMap { row -> [String] in
            var lines: [String] = []
            if let gap = row.gapBefore, gap < 0, let fixed = row.fixedStart {
                let previousEnd = MeetingTime.adding(minutes: -gap, to: fixed)
                lines.append("\(capitalised(name(row))) is fixed at \(MeetingTime.clock(fixed)), but the items before it run until "
                             + "\(MeetingTime.clock(previousEnd)) (\(DocumentHeader.duration(-gap)) over).")
            }
            if let over = row.subItemsOverrun, let own = row.minutes {
                lines.append("The sub-items of \(name(row)) take \(DocumentHeader.duration(own + over)), "
                             + "\(DocumentHeader.duration(over)) more than its \(DocumentHeader.duration(own)).")
            }
            return lines
        }
    }

    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "item 4", or for a break "Lunch (B2)".
    static func name(_ row: AgendaRow) -> String {
        row.isBreak ? "\(row.title) (\(row.number))" : "item \(row.number)"
    }
}
