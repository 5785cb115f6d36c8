import ConveneCore
import ConveneTUI
import Foundation

/// `long-notes`: a Minutes-tab frame (80×24) with one paragraph of notes of 32 KB, 128 KB and
/// 1 MB. Target (from the issue): under 50 ms for 1 MB; the work is linear in the text and
/// only the visible lines are wrapped, so the frame time should hardly grow with the notes.
func longNotes() throws {
    let sentence = "The delegate of Brazil 🇧🇷 proposed that 李明 and محمد draft the text on कृष्णमूर्ति's report; São Tomé agreed. "
    let size = Size(width: 80, height: 24)
    for bytes in [32_000, 128_000, 1_000_000] {
        let store = try Store.inMemory(reference: reference)
        let meeting = try store.addMeeting(MeetingDraft(code: "MM", title: "Dialogue", start: "2027-03-02T09:30"),
                                           defaultTimeZone: "UTC")
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Opening"))
        let notes = String(repeating: sentence, count: bytes / sentence.utf8.count + 1)
        try store.setNotes(meeting: .id(meeting), item: .number("1"), .replace(notes))

        var app = ConveneApp(databasePath: "benchmark", screen: .meetings)
        let effects = AppEffects(store: store, environment: [:])
        ProgramRunner.deliver(.resize(size), to: &app) { effects.perform($0) }
        ProgramRunner.performDeferred(&app) { effects.perform($0) }
        for key in try Key.sequence("<Enter><Tab><Tab><Tab>") {
            ProgramRunner.deliver(.key(key), to: &app) { effects.perform($0) }
            ProgramRunner.performDeferred(&app) { effects.perform($0) }
        }
        guard app.view(size: size).text().contains("The delegate of Brazil") else {
            print("long-notes: the Minutes tab does not show the notes; nothing measured")
            return
        }
        var frames: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now()
            _ = app.view(size: size)
            frames.append(milliseconds(since: start))
        }
        var wraps: [Double] = []
        for _ in 0..<max(1, runs / 4) {
            let start = DispatchTime.now()
            _ = TextWrap.wrap(notes, width: 44)
            wraps.append(milliseconds(since: start))
        }
        let label = bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1_000) KB"
        print("Minutes-tab frame, \(label) of notes in one paragraph: \(summary(frames))")
        print("  wrapping all \(label) (what a frame did before it wrapped only what shows): \(summary(wraps))")
    }
}
