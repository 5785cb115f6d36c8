import Foundation

/// Builds the outline of a resolution's body as lines arrive: headings, their lead-in
/// text, items and sub-items, each with the raw lines of its paragraph.
///
/// Items take the numbering style of the heading's first item (`a)`, `i)` or `1`); an item
/// in another style under an item is its sub-item (`1 to review:` then `i)`, `ii)`).
struct ClauseOutlineBuilder {
    struct DraftParagraph {
        var label: String
        var style: MarkerStyle
        var line: Int
        var lines: [String]
        var subItems: [DraftParagraph] = []
    }

    struct DraftHeading {
        var text: String
        var tableSlug: String?
        var line: Int
        var leadLines: [String] = []
        var leadLine: Int?
        var items: [DraftParagraph] = []
        var topStyle: MarkerStyle?
    }

    private(set) var headings: [DraftHeading] = []
    private(set) var warnings: [ParseWarning] = []

    var hasHeading: Bool { !headings.isEmpty }

    mutating func startHeading(_ heading: RecognizedHeading, line: Int) {
        headings.append(DraftHeading(text: heading.text, tableSlug: heading.tableSlug, line: line))
    }

    /// Adds a line to the paragraph being read: the last sub-item, the last item, or the
    /// heading's lead-in.
    mutating func appendText(_ text: String, line: Int) {
        guard !headings.isEmpty else { return }
        let h = headings.count - 1
        if let i = headings[h].items.indices.last {
            if let s = headings[h].items[i].subItems.indices.last {
                headings[h].items[i].subItems[s].lines.append(text)
            } else {
                headings[h].items[i].lines.append(text)
            }
        } else {
            if headings[h].leadLine == nil { headings[h].leadLine = line }
            headings[h].leadLines.append(text)
        }
    }

    /// Whether `marker` is the next item or sub-item of the current heading: the successor of
    /// its last item or sub-item, or the first item of a heading that has none ("i" after
    /// "h" is the next letter, not a roman one).
    func isNextInSequence(_ marker: ParagraphMarker) -> Bool {
        guard let heading = headings.last else { return false }
        guard let topStyle = heading.topStyle, let lastItem = heading.items.last else {
            return marker.label == "a" || marker.label == "1" || marker.label == "i"
        }
        if marker.styles.contains(topStyle),
           ParagraphMarker.successor(of: lastItem.label, style: topStyle) == marker.label { return true }
        if let lastSub = lastItem.subItems.last, marker.styles.contains(lastSub.style),
           ParagraphMarker.successor(of: lastSub.label, style: lastSub.style) == marker.label { return true }
        return false
    }

    /// Adds a footnote read from a footnote block: its text goes with the paragraph being
    /// read, and the mark that refers to it ("countries1") becomes a reference, so that the
    /// clause carrying the mark gets it. Returns false when no mark was found.
    mutating func addFootnote(number: Int, text: String) -> Bool {
        let definition = "[\(number): \(number) \(text)]"
        guard !headings.isEmpty else { return false }
        let found = markReference(number)
        let h = headings.count - 1
        if let i = headings[h].items.indices.last {
            if let s = headings[h].items[i].subItems.indices.last {
                headings[h].items[i].subItems[s].lines.append(definition)
            } else {
                headings[h].items[i].lines.append(definition)
            }
        } else {
            headings[h].leadLines.append(definition)
        }
        return found
    }

    /// Turns the last "word1" (a letter followed by the footnote's number, as a superscript
    /// copies) into "word[footnoteRef:1]1"; true when one was found.
    private mutating func markReference(_ number: Int) -> Bool {
        let pattern = try? Regex<(Substring, Substring)>("(\\p{Ll}|[)\"”])\(number)(?=[\\s,;.:)]|$)")
        guard let pattern else { return false }
        func mark(_ lines: inout [String]) -> Bool {
            for index in lines.indices.reversed() {
                guard let match = lines[index].matches(of: pattern).last else { continue }
                lines[index].replaceSubrange(match.range, with: "\(match.output.1)[footnoteRef:\(number)]\(number)")
                return true
            }
            return false
        }
        for h in headings.indices.reversed() {
            for i in headings[h].items.indices.reversed() {
                for s in headings[h].items[i].subItems.indices.reversed() where mark(&headings[h].items[i].subItems[s].lines) {
                    return true
                }
                if mark(&headings[h].items[i].lines) { return true }
            }
            if mark(&headings[h].leadLines) { return true }
        }
        return false
    }

    /// Opens an item or sub-item for `marker`. Returns false when the marker is better read
    /// as text: an arabic number out of sequence ("12 of the Geneva Plan …").
    mutating func startItem(_ marker: ParagraphMarker, line: Int, text: String) -> Bool {
        guard !headings.isEmpty else { return false }
        let h = headings.count - 1
        let heading = headings[h]
        let paragraph = { (style: MarkerStyle) in
            DraftParagraph(label: marker.label, style: style, line: line, lines: [marker.rest])
        }

        guard let topStyle = heading.topStyle, let lastItem = heading.items.last else {
            let style = Self.preferredStyle(for: marker)
            if style == .arabic, marker.label != "1" { return false }
            headings[h].topStyle = style
            headings[h].items.append(paragraph(style))
            return true
        }

        if marker.styles.contains(topStyle),
           ParagraphMarker.successor(of: lastItem.label, style: topStyle) == marker.label {
            headings[h].items.append(paragraph(topStyle))
            return true
        }
        if let lastSub = lastItem.subItems.last, marker.styles.contains(lastSub.style),
           ParagraphMarker.successor(of: lastSub.label, style: lastSub.style) == marker.label {
            headings[h].items[heading.items.count - 1].subItems.append(paragraph(lastSub.style))
            return true
        }
        if lastItem.subItems.isEmpty,
           let style = marker.styles.first(where: { $0 != topStyle && ParagraphMarker.first(in: $0) == marker.label }) {
            headings[h].items[heading.items.count - 1].subItems.append(paragraph(style))
            return true
        }
        // Out of sequence: keep it as an item of the closest level, and say so.
        if marker.styles == [.arabic] { return false }
        warnings.append(ParseWarning(
            line: line,
            message: "item \(marker.label)) under '\(heading.text)' is out of sequence after "
                + "\(lastItem.subItems.last.map { "\(lastItem.label) \($0.label))" } ?? "\(lastItem.label))"); "
                + "check that no item is missing or merged: '\(text)'",
            kind: .sequence
        ))
        if marker.styles.contains(topStyle) {
            headings[h].items.append(paragraph(topStyle))
        } else {
            let style = lastItem.subItems.last?.style ?? Self.preferredStyle(for: marker)
            headings[h].items[heading.items.count - 1].subItems.append(paragraph(style))
        }
        return true
    }

    /// `i` opens a roman list and `a` a lettered one; otherwise the first style the marker allows.
    private static func preferredStyle(for marker: ParagraphMarker) -> MarkerStyle {
        marker.styles.first { ParagraphMarker.first(in: $0) == marker.label } ?? marker.styles[0]
    }
}
