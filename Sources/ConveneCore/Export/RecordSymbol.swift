/// The symbols of a revised or corrected document, as ITU writes them: the mark goes before a
/// language suffix, so "C17/130-E" revised is "C17/130(Rev.1)-E" and "R174-RD/2" is
/// "R174-RD/2(Rev.1)".
public enum RecordSymbol {
    /// The suffixes of the six languages, "-E" English to "-R" Russian.
    static let languageSuffixes: Set<Character> = ["E", "F", "S", "A", "C", "R"]

    public static func revision(_ symbol: String, _ number: Int) -> String {
        marked(symbol, "(Rev.\(number))")
    }

    public static func corrigendum(_ symbol: String, _ number: Int) -> String {
        marked(symbol, "(Corr.\(number))")
    }

    static func marked(_ symbol: String, _ mark: String) -> String {
        let characters = Array(symbol)
        if characters.count > 2, characters[characters.count - 2] == "-", let last = characters.last,
           languageSuffixes.contains(last) {
            return String(characters.dropLast(2)) + mark + String(characters.suffix(2))
        }
        return symbol + mark
    }
}
