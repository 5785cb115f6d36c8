/// Document symbols as ITU numbers a meeting's documents: each document has its own number
/// within the meeting's series ("R174-RD/1" the agenda, "R174-RD/2" the summary record),
/// written by the meeting's pattern, which may add a language suffix ("{series}/{n}-E" gives
/// "R174-RD/2-E"). A revision's mark is `RecordSymbol`'s ("C17/130(Rev.1)-E").
public enum DocumentSymbol {
    /// The pattern a meeting without its own uses.
    public static let defaultPattern = "{series}/{n}"
    static let seriesPlaceholder = "{series}", numberPlaceholder = "{n}"

    /// The document's number in its meeting's series: fixed per kind, so that the agenda and the
    /// summary record keep their symbols whichever is exported first, and again. The
    /// implementation report belongs to no meeting and has none.
    public static func number(of kind: ExportKind) -> Int? {
        switch kind {
        case .agenda: 1
        case .minutes: 2
        case .report: nil
        }
    }

    /// The meeting's series: its symbol ("R174-RD"). Before documents were numbered, the symbol
    /// field held the one symbol every export printed, often the agenda's ("R174-RD/1"), so a
    /// trailing "/number" is read as a document number and left out: such a database keeps its
    /// agenda's symbol and its summary record gets the next.
    public static func series(_ symbol: String?) -> String? {
        guard let symbol, !symbol.isEmpty else { return nil }
        guard let slash = symbol.lastIndex(of: "/") else { return symbol }
        let tail = symbol[symbol.index(after: slash)...]
        let isDocumentNumber = !tail.isEmpty && tail.allSatisfy { $0.isASCII && $0.isNumber }
        return isDocumentNumber && slash != symbol.startIndex ? String(symbol[..<slash]) : symbol
    }

    /// The symbol of the meeting's document of `kind`; nil when the kind has no number or the
    /// pattern needs a series the meeting has not got.
    public static func symbol(_ kind: ExportKind, meeting: Meeting) -> String? {
        guard let number = number(of: kind) else { return nil }
        return symbol(number: number, series: series(meeting.symbol), pattern: meeting.symbolPattern)
    }

    /// The pattern filled in: `{series}` by the series, `{n}` by the number.
    public static func symbol(number: Int, series: String?, pattern: String?) -> String? {
        let pattern = pattern ?? defaultPattern
        if pattern.contains(seriesPlaceholder), series == nil { return nil }
        return pattern.replacingOccurrences(of: seriesPlaceholder, with: series ?? "")
            .replacingOccurrences(of: numberPlaceholder, with: "\(number)")
    }

    /// A pattern as typed, checked: one line holding `{n}` once, `{series}` at most once and no
    /// other braces, so that every document of the meeting gets a symbol of its own.
    public static func parsePattern(_ text: String) throws -> String {
        let pattern = try FieldValidation.singleLine(text, field: .symbolPattern).trimmingWhitespace()
        func count(_ placeholder: String) -> Int { pattern.components(separatedBy: placeholder).count - 1 }
        guard count(numberPlaceholder) == 1 else {
            throw ConveneError.invalid(field: .symbolPattern, value: text,
                                       reason: "a symbol pattern holds {n}, the document's number, exactly once (e.g. {series}/{n}-E)")
        }
        guard count(seriesPlaceholder) <= 1 else {
            throw ConveneError.invalid(field: .symbolPattern, value: text, reason: "{series} may appear only once")
        }
        let rest = pattern.replacingOccurrences(of: seriesPlaceholder, with: "").replacingOccurrences(of: numberPlaceholder, with: "")
        guard !rest.contains("{"), !rest.contains("}") else {
            throw ConveneError.invalid(field: .symbolPattern, value: text, reason: "the only placeholders are {series} and {n}")
        }
        return pattern
    }
}
