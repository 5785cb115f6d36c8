/// A line diff in the unified form `diff -u` prints, for comparing two versions of the
/// minutes: a longest common subsequence of the lines, after the common start and end are
/// set aside (two versions of a record differ in a few places, so what is left is small).
public enum LineDiff {
    public enum Edit: Equatable, Sendable {
        case same(String), removed(String), added(String)
    }

    /// Beyond this many cells (lines left × lines right, once the common start and end are set
    /// aside) the middle is shown as removed, then added, rather than matched line by line:
    /// it keeps the table under 64 MB.
    static let maximumCells = 16_000_000

    /// The edits that turn `old` into `new`, in order.
    public static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let left = Array(old[prefix..<(old.count - suffix)]), right = Array(new[prefix..<(new.count - suffix)])
        return old[..<prefix].map(Edit.same) + middle(left, right) + old[(old.count - suffix)...].map(Edit.same)
    }

    /// The classic table: `length[i][j]` is the longest common subsequence of `left[i...]`
    /// and `right[j...]`; walking it from the start takes a common line whenever one is next.
    private static func middle(_ left: [String], _ right: [String]) -> [Edit] {
        guard !left.isEmpty, !right.isEmpty, left.count * right.count <= maximumCells else {
            return left.map(Edit.removed) + right.map(Edit.added)
        }
        let width = right.count + 1
        var length = [Int32](repeating: 0, count: (left.count + 1) * width)
        for i in stride(from: left.count - 1, through: 0, by: -1) {
            for j in stride(from: right.count - 1, through: 0, by: -1) {
                length[i * width + j] = left[i] == right[j]
                    ? length[(i + 1) * width + j + 1] + 1
                    : max(length[(i + 1) * width + j], length[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if left[i] == right[j] {
                edits.append(.same(left[i]))
                i += 1
                j += 1
            } else if length[(i + 1) * width + j] >= length[i * width + j + 1] {
                edits.append(.removed(left[i]))
                i += 1
            } else {
                edits.append(.added(right[j]))
                j += 1
            }
        }
        return edits + left[i...].map(Edit.removed) + right[j...].map(Edit.added)
    }

    /// The unified diff of two texts: `--- old`, `+++ new`, then each hunk of changes with
    /// `context` unchanged lines around it under its `@@ -start,count +start,count @@` line.
    /// Nothing when the texts are the same.
    public static func unified(_ old: String, _ new: String, oldLabel: String, newLabel: String, context: Int = 3) -> [String] {
        let edits = edits(lines(old), lines(new))
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard let firstChange = changed.first else { return [] }
        // Runs of edits to show: each change with its context, runs that touch merged.
        var hunks: [Range<Int>] = []
        var start = max(firstChange - context, 0), end = min(firstChange + context + 1, edits.count)
        for index in changed.dropFirst() {
            if index - context <= end {
                end = min(index + context + 1, edits.count)
            } else {
                hunks.append(start..<end)
                start = index - context
                end = min(index + context + 1, edits.count)
            }
        }
        hunks.append(start..<end)

        var output = ["--- " + oldLabel, "+++ " + newLabel]
        // Line numbers before each edit, on either side.
        var oldLine = [Int](), newLine = [Int]()
        var o = 1, n = 1
        for edit in edits {
            oldLine.append(o)
            newLine.append(n)
            switch edit {
            case .same: o += 1; n += 1
            case .removed: o += 1
            case .added: n += 1
            }
        }
        for hunk in hunks {
            let slice = edits[hunk]
            let oldCount = slice.filter { if case .added = $0 { return false } else { return true } }.count
            let newCount = slice.filter { if case .removed = $0 { return false } else { return true } }.count
            // As diff -u: an empty side is numbered by the line before it.
            let oldStart = oldCount == 0 ? oldLine[hunk.lowerBound] - 1 : oldLine[hunk.lowerBound]
            let newStart = newCount == 0 ? newLine[hunk.lowerBound] - 1 : newLine[hunk.lowerBound]
            output.append("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@")
            for edit in slice {
                switch edit {
                case let .same(line): output.append(" " + line)
                case let .removed(line): output.append("-" + line)
                case let .added(line): output.append("+" + line)
                }
            }
        }
        return output
    }

    /// "12,7", or "12" for one line, as diff -u writes a hunk's range.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// A text's lines; the newline ending the last one does not start another.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
