/// A corrigendum to approved minutes: its own short document, "Corrigendum 1 to Document
/// R174-RD/2", with the header block of the meeting's documents and the correction as the
/// secretariat wrote it (Markdown).
public enum CorrigendumExport {
    public static func markdown(meeting: Meeting, number: Int, document: String?, date: String, text: String) -> String {
        let title = "Corrigendum \(number)"
        let symbol = document.map { RecordSymbol.corrigendum($0, number) }
        var front = DocumentHeader.frontMatter(title: title, meeting: meeting, options: ExportOptions(date: date, symbol: symbol))
        if symbol == nil { front.removeAll { $0.key == "symbol" } }
        var markdown = MarkdownDocument(frontMatter: front)
        markdown.lines([
            [.strong(meeting.title)], [.text(DocumentHeader.placeAndDates(meeting))],
            [.text(title + (document.map { " to Document " + $0 } ?? " to the summary record"))],
            [.text(DocumentHeader.longDate(date))], [.text("Original: English")],
        ])
        markdown.heading("\(title) to the summary record", level: 1)
        markdown.notes(text, below: 1)
        return markdown.rendered()
    }
}
