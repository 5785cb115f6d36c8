extension MarkdownTable {
    /// Terminal columns taken by `text`, for lining up table cells in the Markdown source:
    /// East Asian wide and fullwidth characters and emoji count two, combining marks and
    /// other zero-width characters count zero, everything else one.
    /// Only cosmetic: a wrong guess misaligns the source but never changes the table.
    static func displayWidth(of text: String) -> Int {
        if let width = printableASCIIWidth(text.utf8) { return width }
        return text.reduce(0) { $0 + displayWidth(of: $1) }
    }

    static func displayWidth(ofUTF8 text: [UInt8]) -> Int {
        printableASCIIWidth(text) ?? displayWidth(of: String(decoding: text, as: UTF8.self))
    }

    /// Printable ASCII characters are one column each and never join into one character,
    /// so text made only of them needs no grapheme breaking.
    private static func printableASCIIWidth(_ utf8: some Collection<UInt8>) -> Int? {
        utf8.allSatisfy { (0x20...0x7E).contains($0) } ? utf8.count : nil
    }

    static func displayWidth(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { isWide($0) }) { return 2 }
        if scalars.allSatisfy({ isZeroWidth($0) }) { return 0 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
