/// The header block ITU documents open with: meeting, place and dates, symbol, date, language.
enum DocumentHeader {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "15 February 2027" from "2027-02-15"; the input unchanged if it is not a date.
    static func longDate(_ isoDate: String) -> String {
        let parts = isoDate.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return isoDate }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// "2 March 2027", "2–3 March 2027", "30 March – 2 April 2027", "30 December 2027 – 2 January 2028".
    static func dateRange(start: String, end: String?) -> String {
        let first = Array(start.prefix(10).split(separator: "-").compactMap { Int($0) })
        guard let end, end.prefix(10) != start.prefix(10) else { return longDate(start) }
        let last = Array(end.prefix(10).split(separator: "-").compactMap { Int($0) })
        guard first.count == 3, last.count == 3, (1...12).contains(first[1]), (1...12).contains(last[1]) else {
            return longDate(start)
        }
        if first[0] != last[0] { return "\(longDate(start)) – \(longDate(end))" }
        if first[1] != last[1] { return "\(first[2]) \(months[first[1] - 1]) – \(longDate(end))" }
        return "\(first[2])–\(last[2]) \(months[first[1] - 1]) \(first[0])"
    }

    /// "Geneva, CICG, and online, 2 March 2027, 09:30–17:30 (Europe/Zurich)".
    static func placeAndDates(_ meeting: Meeting) -> String {
        var place = meeting.venue ?? ""
        if meeting.onlineLink != nil { place = place.isEmpty ? "Online" : place + ", and online" }
        let dates = dateRange(start: meeting.start, end: meeting.end)
        var times = MeetingTime.clock(meeting.start)
        if let end = meeting.end { times += "–" + MeetingTime.clock(end) }
        return [place, dates, "\(times) (\(meeting.timeZone))"].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The symbol is the document's own (`ExportOptions.symbol`, which `Store.export` fills in).
    static func frontMatter(title: String, meeting: Meeting, options: ExportOptions) -> [(key: String, value: String)] {
        [("title", title), ("meeting", meeting.title), ("date", options.date), ("symbol", options.symbol ?? "")]
    }

    /// `revision` > 0 heads a revision: "Revision 1 to Document R174-RD/2".
    static func block(_ meeting: Meeting, options: ExportOptions, revision: Int = 0) -> [[MarkdownSpan]] {
        var lines: [[MarkdownSpan]] = [[.strong(meeting.title)], [.text(placeAndDates(meeting))]]
        if let symbol = options.symbol {
            lines.append([.text((revision > 0 ? "Revision \(revision) to Document " : "Document ") + symbol)])
        } else if revision > 0 {
            lines.append([.text("Revision \(revision)")])
        }
        lines.append([.text(longDate(options.date))])
        lines.append([.text("Original: English")])
        return lines
    }

    /// "2 h 15 min", "45 min".
    static func duration(_ minutes: Int) -> String {
        minutes >= 60 ? "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") : "\(minutes) min"
    }
}
