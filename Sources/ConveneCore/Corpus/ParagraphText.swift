import Foundation

/// Turns the wrapped lines of one paragraph into its text: lines joined, words hyphenated
/// across lines mended, `*emphasis*` markers dropped, inline footnotes taken out.
enum ParagraphText {
    /// Prefixes whose hyphen is part of the word even at a line break ("non-discriminatory").
    private static let hyphenatedPrefixes: Set<String> = ["non", "self", "cross", "well", "anti"]

    /// Joins the lines of a paragraph, which may come in pieces separated by blank lines
    /// or page breaks. CJK lines join without a space.
    static func join(_ lines: [String]) -> String {
        var result = ""
        for line in lines where !line.isEmpty {
            guard let last = result.last, let next = line.first else {
                result += line
                continue
            }
            if last == "-", let fragment = hyphenatedFragment(before: result), next.isLetter {
                let keepsHyphen = fragment.count < 2 || next.isUppercase || fragment != fragment.lowercased()
                    || hyphenatedPrefixes.contains(fragment.lowercased())
                if !keepsHyphen { result.removeLast() }
                result += line
            } else if last == "-", next.isNumber, result.dropLast().last?.isNumber == true {
                // A range of years broken after its dash: "2016-" / "2019".
                result += line
            } else if isCJK(last), isCJK(next) {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// The letters just before a line-final hyphen ("recom" in "… recom-"), or nil when the
    /// hyphen follows a space or punctuation and is a dash.
    private static func hyphenatedFragment(before text: String) -> String? {
        let withoutHyphen = text.dropLast()
        guard let last = withoutHyphen.last, last.isLetter else { return nil }
        let fragment = withoutHyphen.reversed().prefix { $0.isLetter }
        return String(fragment.reversed())
    }

    static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            scalar.properties.isIdeographic
                || (0x3000...0x303F).contains(scalar.value)
                || (0xFF00...0xFFEF).contains(scalar.value)
        }
    }

    /// `*Any transmission … systems*` → `Any transmission … systems`. A lone asterisk stays.
    static func removeEmphasis(_ text: String) -> String {
        guard text.contains("*") else { return text }
        return text.replacing(/\*+([^*]+?)\*+/) { String($0.1) }
    }

    /// A paragraph's text with inline footnotes taken out.
    struct Footnoted: Equatable {
        var text: String
        /// Footnote numbers referred to, in order: `[footnoteRef:1]1` → 1.
        var references: [Int]
        /// Footnote bodies found in the paragraph: `[1: 1 这些国家…]` → (1, "这些国家…").
        var definitions: [(number: Int, text: String)]

        static func == (lhs: Footnoted, rhs: Footnoted) -> Bool {
            lhs.text == rhs.text && lhs.references == rhs.references
                && lhs.definitions.map(\.number) == rhs.definitions.map(\.number)
                && lhs.definitions.map(\.text) == rhs.definitions.map(\.text)
        }
    }

    /// Takes out `[footnoteRef:N]N` markers and `[N: N text]` bodies (as a Word-to-text
    /// conversion leaves them), so they are kept as footnotes rather than inline noise.
    static func extractFootnotes(_ text: String) -> Footnoted {
        guard text.contains("[") else { return Footnoted(text: text, references: [], definitions: []) }
        var references: [Int] = []
        var definitions: [(number: Int, text: String)] = []
        var result = text
        result = result.replacing(/\[footnoteRef:(\d+)\](\d*)/) { match in
            guard let number = Int(match.1) else { return "" }
            references.append(number)
            // The rendered marker repeats the number ("…]1"); other digits are text.
            let rendered = String(match.2)
            return rendered.hasPrefix(String(number)) ? String(rendered.dropFirst(String(number).count)) : rendered
        }
        result = result.replacing(/\[(\d+):\s*([^\]]*)\]/) { match in
            guard let number = Int(match.1) else { return String(match.0) }
            var body = SourceLines.clean(match.2)
            if body.hasPrefix("\(number) ") { body = String(body.dropFirst("\(number) ".count)) }
            definitions.append((number, body))
            return ""
        }
        return Footnoted(text: result, references: references, definitions: definitions)
    }

    /// The finished text of a paragraph from its lines.
    static func clean(_ lines: [String]) -> Footnoted {
        var footnoted = extractFootnotes(removeEmphasis(join(lines)))
        footnoted.text = SourceLines.clean(footnoted.text)
        return footnoted
    }

    /// A one-line text such as a heading: emphasis gone, spacing normalised, colon dropped.
    static func headingText(_ text: String) -> String {
        var result = SourceLines.clean(removeEmphasis(text).replacingOccurrences(of: "*", with: ""))
        while let last = result.last, last == ":" || last == "：" || last == "," {
            result.removeLast()
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
