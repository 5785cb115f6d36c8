import ConveneCore
import Foundation

/// A meeting with 1,000 attendees, 200 agenda items with notes and decisions, 500 action points.
func largeMeeting(at path: String) throws -> String {
    let store = try Store.open(path: path, reference: reference)
    let countries = ["BRA", "JPN", "CHN", "CHE", "SEN", "EGY", "IND", "RUS", "USA", "FRA", "KEN", "ARG"]
    let ids = try store.addParticipants((0..<1000).map { index in
        index % 3 == 0
            ? ParticipantDraft(givenName: "名\(index)", familyName: "王", organisation: countries[index % countries.count],
                               email: "p\(index)@example.org")
            : ParticipantDraft(honorific: "Ms", givenName: "Delegate \(index)", familyName: "Souza-\(index)",
                               organisation: countries[index % countries.count], email: "p\(index)@example.org")
    })
    let meeting = try store.addMeeting(MeetingDraft(code: "BIG", title: "Global dialogue on Resolution 174",
                                                    start: "2027-03-02T09:00", end: "2027-03-04T18:00", timeZone: "Europe/Zurich",
                                                    venue: "Geneva, CICG", symbol: "R174-GD/2"), defaultTimeZone: "UTC")
    _ = try store.invite(meeting: .id(meeting), participants: ids.map(RecordReference.id), role: nil, delegation: nil)
    let statuses: [Attendance] = [.present, .present, .remote, .apologies, .absent]
    for (index, id) in ids.enumerated() {
        try store.setAttendance(meeting: .id(meeting), participant: .id(id), attendance: statuses[index % statuses.count])
    }
    let keys = ["R174-2010/resolves-to-instruct-sg/i", "R174-2010/requests-sg", "R174-2010/recalling/g"]
    for index in 0..<200 {
        let number = try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(
            title: "Agenda item \(index) on | illicit use of ICTs",
            minutes: 10, documents: ["R174-GD/\(index)"], clauses: [keys[index % keys.count]]))
        try store.setNotes(meeting: .id(meeting), item: .number(number), .replace(
            "The Secretariat introduced document R174-GD/\(index).\n\nDelegates discussed *options* and asked questions.\n\n- Brazil supported.\n- 中国表示支持。"))
        try store.addDecision(meeting: .id(meeting), item: .number(number), text: "The meeting took note of item \(index).")
    }
    for index in 0..<500 {
        try store.addAction(meeting: .id(meeting), ActionDraft(text: "Follow up on point \(index)", owner: "\(ids[index])",
                                                        item: .number("\(index % 200 + 1)"), due: "2027-05-01",
                                                        clause: index % 2 == 0 ? keys[index % keys.count] : nil))
    }
    try store.checkpoint()
    return "\(meeting)"
}

func minutesExport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
    let path = folder.appendingPathComponent("big.sqlite").path
    if keep { print("database: \(path)") }
    let setup = DispatchTime.now()
    _ = try largeMeeting(at: path)
    print(String(format: "setup: 1,000 attendees, 200 items, 500 action points in %.1f s", milliseconds(since: setup) / 1000))

    let store = try Store.open(path: path, reference: reference)
    var inProcess: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = DispatchTime.now()
        let markdown = MinutesExport.markdown(try store.meetingRecord(.text("BIG")), options: ExportOptions(date: "2027-03-05"))
        inProcess.append(milliseconds(since: start))
        bytes = markdown.utf8.count
    }
    print("in process (load + render): \(summary(inProcess)); \(bytes) bytes")

    guard FileManager.default.isExecutableFile(atPath: convene.path) else {
        print("no convene binary beside the benchmark at \(convene.path): build it with the same configuration")
        return
    }
    var whole: [Double] = []
    let output = folder.appendingPathComponent("minutes.md").path
    for _ in 0..<runs {
        let start = DispatchTime.now()
        let status = try runToCompletion(convene.path, ["export", "minutes", "BIG", "--db", path, "--date", "2027-03-05", "-o", output])
        whole.append(milliseconds(since: start))
        guard status == 0 else { print("convene exited \(status)"); return }
    }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    print("whole process (convene export minutes -o FILE): \(summary(whole)); peak RSS \(usage.ru_maxrss / 1024) MB")
}
