import Foundation

/// The agenda export's grouping: by day for a meeting of several days, and within a day by
/// session, a session being the run of items between two top-level breaks. An agenda of one
/// day without breaks is one group, printed as one table.
struct AgendaSessions {
    enum Part: Equatable {
        /// Items of one session (top-level items with their sub-items, in reading order).
        case session(number: Int, rows: [AgendaRow])
        /// A top-level break between sessions.
        case pause(AgendaRow)
    }

    struct Day: Equatable {
        var number: Int
        /// "2027-03-03T09:30": the start of the day's first row.
        var start: String
        var parts: [Part]
    }

    var days: [Day] = []

    init(_ rows: [AgendaRow]) {
        var sessionNumber = 0
        for row in rows {
            if days.last?.number != row.day { days.append(Day(number: row.day, start: row.start, parts: [])) }
            if row.depth == 0, row.isBreak {
                days[days.count - 1].parts.append(.pause(row))
                continue
            }
            if case let .session(number, rows)? = days[days.count - 1].parts.last {
                days[days.count - 1].parts[days[days.count - 1].parts.count - 1] = .session(number: number, rows: rows + [row])
            } else {
                sessionNumber += 1
                days[days.count - 1].parts.append(.session(number: sessionNumber, rows: [row]))
            }
        }
    }

    /// "Wednesday 3 March 2027" of "2027-03-03T09:30".
    static func weekdayDate(_ local: String) -> String {
        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = local.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3,
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return DocumentHeader.longDate(local)
        }
        return "\(names[calendar.component(.weekday, from: date) - 1]) \(DocumentHeader.longDate(local))"
    }

    var hasSeveralDays: Bool { days.count > 1 || days.contains { $0.number > 1 } }
    var hasBreaks: Bool { days.contains { $0.parts.contains { if case .pause = $0 { true } else { false } } } }
}
