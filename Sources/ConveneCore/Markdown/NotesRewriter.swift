/// Reads user notes line by line with the container and leaf rules of a CommonMark + GFM
/// block parser (block quotes, list items, lazy continuation, fenced and indented code,
/// tables), so that it rewrites exactly the lines a parser would take as headings or as
/// text that may hold raw HTML, and leaves code as the user typed it.
struct NotesRewriter {
    private enum Container {
        case blockQuote
        case listItem(contentIndent: Int, kind: NotesBlockStart.ListMarkerKind, hasContent: Bool)
    }

    private enum Leaf: Equatable {
        case none, paragraph, table, indentedCode
        case fencedCode(NotesBlockStart.Fence)
    }

    private enum BlockStart {
        case atxHeading(level: Int, hashes: Range<Int>)
        case fencedCode(NotesBlockStart.Fence)
        case setextUnderline(level: Int)
        case thematicBreak
        case indentedCode
    }

    /// A paragraph line waiting for the paragraph to end: the container markers and
    /// indentation (kept as typed) and the text a parser would take.
    private struct ParagraphLine {
        var outputIndex: Int
        var prefix: String
        var content: String
    }

    private let baseLevel: Int
    private let placement: MarkdownNotes.HeadingPlacement
    private var containers: [Container] = []
    private var leaf: Leaf = .none
    private var output: [String?] = []
    /// Indexes of blank lines added to keep a bold ex-heading apart from its neighbours.
    private var separators: Set<Int> = []
    private var paragraph: [ParagraphLine] = []

    init(demotingBelow baseLevel: Int, placement: MarkdownNotes.HeadingPlacement = .shifted) {
        self.baseLevel = max(0, baseLevel)
        self.placement = placement
    }

    /// The rewritten notes, without a trailing newline, and how the list that the notes end
    /// inside (if any) is marked, so that a following list can avoid joining it.
    static func rewrite(_ lines: [Substring], demotingBelow baseLevel: Int,
                        placement: MarkdownNotes.HeadingPlacement = .shifted)
        -> (text: String, trailingList: NotesBlockStart.ListMarkerKind?) {
        var rewriter = NotesRewriter(demotingBelow: baseLevel, placement: placement)
        for line in lines { rewriter.process(line) }
        let text = rewriter.finish().text
        // The rewritten lines are what readers parse: read them again for the list they end in.
        var reader = NotesRewriter(demotingBelow: baseLevel, placement: placement)
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            reader.process(Substring(line))
        }
        return (text, reader.outermostList)
    }

    private mutating func process(_ raw: Substring) {
        let leafBefore = leaf
        var line = NotesLine(raw)
        let matched = matchOpenContainers(&line)
        let allMatched = matched == containers.count

        if allMatched, case .fencedCode(let fence) = leaf {
            if line.indentation <= 3, NotesBlockStart.isFenceClosing(line, at: line.firstNonBlankIndex, for: fence) {
                leaf = .none
            }
            output.append(String(raw))
            return
        }
        if allMatched, leaf == .indentedCode, line.indentation >= 4 || line.isBlankFromHere {
            output.append(String(raw))
            return
        }

        let tipIsParagraph = leaf == .paragraph
        let (newContainers, blockStart) = openNewBlocks(&line, allMatched: allMatched)

        let isBlank = line.isBlankFromHere
        if blockStart == nil, newContainers.isEmpty, !allMatched, !isBlank, tipIsParagraph {
            appendParagraphLine(line) // lazy continuation: the unmatched containers stay open
            return
        }
        if case .setextUnderline(let level) = blockStart {
            convertParagraphToHeading(setextLevel: level)
            return
        }
        let continuesLeaf = allMatched && newContainers.isEmpty && blockStart == nil && !isBlank
        if !continuesLeaf { closeLeaf() }
        if !allMatched { containers.removeSubrange(matched...) }
        let enclosingContainers = containers.count
        for container in newContainers {
            markDeepestListItemAsHavingContent()
            containers.append(container)
        }
        if blockStart != nil || !isBlank { markDeepestListItemAsHavingContent() }

        switch blockStart {
        case .atxHeading(let level, let hashes):
            let heading = demotedATXHeading(line, level: level, hashes: hashes)
            if placedLevel(level) <= 6 {
                output.append(heading)
            } else {
                // A heading ends the paragraph or table before it and stands alone; the
                // bold paragraph replacing it needs blank lines to do the same.
                if leafBefore == .paragraph || leafBefore == .table {
                    appendSeparator(blankLine(inside: enclosingContainers))
                }
                output.append(heading)
                appendSeparator(blankLine(inside: containers.count))
            }
        case .fencedCode(let fence):
            leaf = .fencedCode(fence)
            output.append(String(raw))
        case .indentedCode:
            leaf = .indentedCode
            output.append(String(raw))
        case .thematicBreak, .setextUnderline:
            output.append(String(raw))
        case nil:
            if isBlank {
                output.append(String(raw))
            } else if leaf == .table {
                output.append(line.text(upTo: line.firstNonBlankIndex)
                    + InlineHTMLNeutraliser.neutraliseTableRow(line.text(from: line.firstNonBlankIndex)))
            } else if leaf == .paragraph, line.indentation < 4,
                      let columns = NotesBlockStart.delimiterRowColumnCount(line.text(from: line.index)),
                      let header = paragraph.last,
                      NotesBlockStart.tableCells(header.content).count == columns {
                startTable(delimiterRow: raw)
            } else {
                leaf = .paragraph
                appendParagraphLine(line)
            }
        }
    }

    /// Reads the container markers that open new block quotes and list items on this line,
    /// and the leaf block that starts after them, in the order CommonMark tries them.
    private func openNewBlocks(_ line: inout NotesLine, allMatched: Bool) -> ([Container], BlockStart?) {
        var containerIsParagraph = allMatched && leaf == .paragraph
        var maybeLazy = leaf == .paragraph
        var newContainers: [Container] = []
        while true {
            let position = line.firstNonBlankIndex
            if line.indentation >= 4 {
                let isCode = !maybeLazy && !line.isBlankFromHere
                return (newContainers, isCode ? .indentedCode : nil)
            }
            guard let first = line.byte(at: position) else { return (newContainers, nil) }
            if first == UInt8(ascii: ">") {
                line.consumeMarker(at: position, length: 1)
                if line.byte(at: line.index) == UInt8(ascii: " ") || line.byte(at: line.index) == UInt8(ascii: "\t") {
                    line.consumeIndentation(columns: 1)
                }
                newContainers.append(.blockQuote)
            } else if let heading = NotesBlockStart.atxHeading(line, at: position) {
                return (newContainers, .atxHeading(level: heading.level, hashes: position..<heading.end))
            } else if let fence = NotesBlockStart.fenceOpening(line, at: position) {
                return (newContainers, .fencedCode(fence))
            } else if first == UInt8(ascii: "<") {
                return (newContainers, nil) // would open an HTML block; escaped, so it is paragraph text
            } else if containerIsParagraph, let level = NotesBlockStart.setextUnderlineLevel(line, at: position) {
                return (newContainers, .setextUnderline(level: level))
            } else if NotesBlockStart.isThematicBreak(line, at: position) {
                return (newContainers, .thematicBreak)
            } else if let marker = NotesBlockStart.listMarker(line, at: position),
                      let item = openListItem(&line, marker: marker, at: position,
                                              interruptsParagraph: containerIsParagraph) {
                newContainers.append(item)
            } else {
                return (newContainers, nil)
            }
            containerIsParagraph = false
            maybeLazy = false
        }
    }

    /// Walks the open containers as far as this line continues them; returns how many.
    private mutating func matchOpenContainers(_ line: inout NotesLine) -> Int {
        var matched = 0
        for container in containers {
            switch container {
            case .blockQuote:
                let position = line.firstNonBlankIndex
                guard line.indentation <= 3, line.byte(at: position) == UInt8(ascii: ">") else { return matched }
                line.consumeMarker(at: position, length: 1)
                if line.byte(at: line.index) == UInt8(ascii: " ") || line.byte(at: line.index) == UInt8(ascii: "\t") {
                    line.consumeIndentation(columns: 1)
                }
            case .listItem(let contentIndent, _, let hasContent):
                if line.isBlankFromHere {
                    guard hasContent else { return matched }
                } else {
                    guard line.indentation >= contentIndent else { return matched }
                    line.consumeIndentation(columns: contentIndent)
                }
            }
            matched += 1
        }
        return matched
    }

    /// Opens a list item the way CommonMark measures its content indentation, or returns
    /// nil when the marker may not interrupt the paragraph it follows.
    private func openListItem(_ line: inout NotesLine, marker: NotesBlockStart.ListMarker, at position: Int,
                              interruptsParagraph: Bool) -> Container? {
        var probe = line
        let markerIndent = probe.indentation
        probe.consumeMarker(at: position, length: marker.length)
        let restIsBlank = probe.isBlankFromHere
        if interruptsParagraph {
            if restIsBlank { return nil }
            if case .ordered = marker.kind, !marker.startsWithOne { return nil }
        }
        let spaces = min(probe.indentation, 5)
        let padding: Int
        if spaces >= 5 || spaces < 1 || restIsBlank {
            padding = marker.length + 1
            if spaces > 0 { probe.consumeIndentation(columns: 1) }
        } else {
            padding = marker.length + spaces
            probe.consumeIndentation(columns: spaces)
        }
        line = probe
        return .listItem(contentIndent: markerIndent + padding, kind: marker.kind, hasContent: false)
    }

    private mutating func markDeepestListItemAsHavingContent() {
        guard let last = containers.indices.last,
              case .listItem(let contentIndent, let kind, _) = containers[last] else { return }
        containers[last] = .listItem(contentIndent: contentIndent, kind: kind, hasContent: true)
    }

    private mutating func appendParagraphLine(_ line: NotesLine) {
        let start = line.firstNonBlankIndex
        paragraph.append(ParagraphLine(outputIndex: output.count, prefix: line.text(upTo: start),
                                       content: line.text(from: start)))
        output.append(nil)
    }

    private mutating func closeLeaf() {
        if leaf == .paragraph { flushParagraph(paragraph) }
        paragraph = []
        leaf = .none
    }

    private mutating func flushParagraph(_ lines: [ParagraphLine]) {
        let neutralised = InlineHTMLNeutraliser.neutraliseParagraph(lines.map(\.content))
        for (line, content) in zip(lines, neutralised) {
            output[line.outputIndex] = line.prefix + content
        }
    }

    /// GFM makes the paragraph's last line the header row of a table.
    private mutating func startTable(delimiterRow: Substring) {
        guard let header = paragraph.popLast() else { return }
        flushParagraph(paragraph)
        paragraph = []
        output[header.outputIndex] = header.prefix + InlineHTMLNeutraliser.neutraliseTableRow(header.content)
        output.append(String(delimiterRow))
        leaf = .table
    }

    private mutating func convertParagraphToHeading(setextLevel level: Int) {
        let neutralised = InlineHTMLNeutraliser.neutraliseParagraph(paragraph.map(\.content))
        let text = neutralised.map { $0.trimmingWhitespace() }.joined(separator: " ")
        if let first = paragraph.first {
            output[first.outputIndex] = first.prefix + demotedHeading(text: text, level: level)
            for line in paragraph.dropFirst() { output[line.outputIndex] = nil }
        }
        if placedLevel(level) > 6 {
            appendSeparator(blankLine(inside: containers.count)) // so a next `===` is no underline
        }
        paragraph = [] // the underline line is dropped: the heading is now in ATX form
        leaf = .none
    }

    private func demotedATXHeading(_ line: NotesLine, level: Int, hashes: Range<Int>) -> String {
        var text = line.text(from: hashes.upperBound).trimmingWhitespace()
        text = strippingClosingSequence(text)
        let neutralised = InlineHTMLNeutraliser.neutraliseParagraph([text])[0]
        return line.text(upTo: hashes.lowerBound) + demotedHeading(text: neutralised, level: level)
    }

    /// A heading of the notes, placed below `baseLevel`; past level 6 it becomes bold text.
    /// An empty heading past level 6 shows as a literal `#`: a blank line in its place
    /// would not end the lists and quotes that the heading ended.
    private func demotedHeading(text: String, level: Int) -> String {
        let newLevel = placedLevel(level)
        if newLevel <= 6 {
            return String(repeating: "#", count: newLevel) + (text.isEmpty ? "" : " " + text)
        }
        return text.isEmpty ? "\\#" : "**" + text + "**"
    }

    /// The level a notes heading of `level` takes in the document.
    private func placedLevel(_ level: Int) -> Int {
        switch placement {
        case .shifted: baseLevel + level
        case .oneBelow: baseLevel + 1
        }
    }

    private func strippingClosingSequence(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1] == "#" { end -= 1 }
        if end == 0 { return "" }
        guard end < scalars.count, scalars[end - 1] == " " || scalars[end - 1] == "\t" else { return text }
        scalars.removeSubrange(end...)
        return String(String.UnicodeScalarView(scalars)).trimmingWhitespace()
    }

    private mutating func finish() -> (text: String, trailingList: NotesBlockStart.ListMarkerKind?) {
        if case .fencedCode(let fence) = leaf {
            output.append(continuationPrefix() + fence.closingLine)
        }
        closeLeaf()
        return (linesWithoutRedundantSeparators().joined(separator: "\n"), outermostList)
    }

    private mutating func appendSeparator(_ line: String) {
        separators.insert(output.count)
        output.append(line)
    }

    /// Added blank lines are dropped where the user's own blank line already does their job,
    /// and at the end of the notes, where the document adds one.
    private func linesWithoutRedundantSeparators() -> [String] {
        func isBlank(_ line: String) -> Bool {
            line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
        }
        var lines: [String] = []
        var lastWasSeparator = false
        for (index, line) in output.enumerated() {
            guard let line else { continue }
            if separators.contains(index) {
                if lines.last.map(isBlank) ?? true { continue }
                lines.append(line)
                lastWasSeparator = true
            } else {
                if lastWasSeparator, isBlank(line) { lines.removeLast() }
                lines.append(line)
                lastWasSeparator = false
            }
        }
        if lastWasSeparator { lines.removeLast() }
        return lines
    }

    private var outermostList: NotesBlockStart.ListMarkerKind? {
        if case .listItem(_, let kind, _) = containers.first { return kind }
        return nil
    }

    /// A blank line that stays inside the first `depth` open containers.
    private func blankLine(inside depth: Int) -> String {
        var prefix = continuationPrefix(depth: depth)
        while prefix.last == " " { prefix.removeLast() }
        return prefix
    }

    /// What a line needs in front to stay inside the first `depth` open containers.
    private func continuationPrefix(depth: Int? = nil) -> String {
        containers.prefix(depth ?? containers.count).map { container in
            switch container {
            case .blockQuote: return "> "
            case .listItem(let contentIndent, _, _): return String(repeating: " ", count: contentIndent)
            }
        }.joined()
    }
}
