import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The real CommonMark + GFM parser, `cmark-gfm`, run as a subprocess so that tests check
/// the structure a reader's tools will see, not what our own code believes.
///
/// Structure tests fail (they never pass silently) when `cmark-gfm` is not installed.
/// Set `CMARK_GFM` to the executable's path to use one outside `PATH`.
enum CommonMarkParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// GFM extensions enabled by default: tables, as in the exports' promise.
    static let defaultExtensions = ["table"]

    /// cmark-gfm's XML for `markdown`. A leading YAML front matter block is removed first,
    /// as GitHub and pandoc do, because CommonMark alone would read it as a heading.
    static func parseToXML(_ markdown: String, extensions: [String] = defaultExtensions,
                           skippingFrontMatter: Bool = true) throws -> String {
        let executable = try locateExecutable()
        let body = skippingFrontMatter ? removingFrontMatter(markdown) : markdown
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-cmark-\(UUID().uuidString).md")
        try Data(body.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }

        let process = Process()
        process.executableURL = executable
        process.arguments = extensions.flatMap { ["-e", $0] } + ["--to", "xml", input.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "cmark-gfm failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The parsed document as a tree of nodes.
    static func parse(_ markdown: String, extensions: [String] = defaultExtensions,
                      skippingFrontMatter: Bool = true) throws -> MarkdownNode {
        let xml = try parseToXML(markdown, extensions: extensions, skippingFrontMatter: skippingFrontMatter)
        return try MarkdownNode.fromXML(xml)
    }

    static func removingFrontMatter(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n") else { return markdown }
        let rest = markdown.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? (rest.hasSuffix("\n---") ? rest.range(of: "\n---", options: .backwards) : nil) else {
            return markdown
        }
        return String(rest[end.upperBound...])
    }

    private static func locateExecutable() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["CMARK_GFM"], FileManager.default.isExecutableFile(atPath: configured) {
            return URL(fileURLWithPath: configured)
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/cmark-gfm"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return URL(fileURLWithPath: candidate)
            }
        }
        throw Failure(description: """
            cmark-gfm is not installed: the Markdown structure tests check exports with the real \
            CommonMark + GFM parser. Install it (Debian/Ubuntu: apt-get install cmark-gfm; \
            macOS: brew install cmark-gfm) or set CMARK_GFM to its path.
            """)
    }
}

/// One node of cmark-gfm's XML: `document`, `heading`, `table_row`, `text`, ...
final class MarkdownNode: CustomStringConvertible {
    let name: String
    let attributes: [String: String]
    fileprivate(set) var children: [MarkdownNode] = []
    /// The literal of `text`, `code`, `code_block`, `html_block` and `html_inline` nodes.
    fileprivate(set) var literal = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every node below this one, depth first, in document order.
    var descendants: [MarkdownNode] {
        children.flatMap { [$0] + $0.descendants }
    }

    func descendants(named name: String) -> [MarkdownNode] {
        descendants.filter { $0.name == name }
    }

    var level: Int? { attributes["level"].flatMap(Int.init) }

    /// The text a reader sees: text and code literals, soft breaks as spaces, hard breaks
    /// as newlines.
    var plainText: String {
        switch name {
        case "text", "code", "html_inline": return literal
        case "softbreak": return " "
        case "linebreak": return "\n"
        default: return children.map(\.plainText).joined()
        }
    }

    /// Names of inline nodes below this one other than plain text and line breaks: any
    /// emphasis, link, code, image, HTML or strikethrough shows that text became structure.
    var structuralInlineNames: Set<String> {
        Set(descendants.map(\.name)).subtracting(["text", "softbreak", "linebreak", "paragraph"])
    }

    var description: String {
        let attributeText = attributes.keys.sorted().map { " \($0)=\"\(attributes[$0] ?? "")\"" }.joined()
        let inner = literal.isEmpty ? children.map(\.description).joined(separator: " ") : literal.debugDescription
        return "<\(name)\(attributeText)>\(inner)</\(name)>"
    }

    static func fromXML(_ xml: String) throws -> MarkdownNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw CommonMarkParser.Failure(description: "unreadable cmark-gfm XML: \(parser.parserError.map(String.init(describing:)) ?? "no document")")
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: MarkdownNode?
        private var stack: [MarkdownNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            let node = MarkdownNode(name: elementName, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let node = stack.last, ["text", "code", "code_block", "html_block", "html_inline"].contains(node.name) else {
                return
            }
            node.literal += string
        }
    }
}
