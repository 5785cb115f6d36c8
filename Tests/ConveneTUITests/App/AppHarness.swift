import ConveneCore
import Foundation
@testable import ConveneTUI

/// The app on an in-memory database, driven by keys as the terminal would, with every effect
/// performed at once. `screen` is what a user would see.
struct AppHarness {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let reference = ReferenceData(directory: packageRoot.appendingPathComponent("Data"))

    var app: ConveneApp
    let store: Store
    let effects: AppEffects
    var size: Size
    /// Every effect performed, in order.
    private(set) var performed: [AppEffect] = []

    init(store: Store? = nil, screen: ScreenID = .meetings, size: Size = Size(width: 80, height: 24),
         keyMap: KeyMap = AppKeys.defaults, environment: [String: String] = [:]) throws {
        let store = try store ?? Store.inMemory(reference: Self.reference)
        self.store = store
        self.size = size
        effects = AppEffects(store: store, environment: environment)
        app = ConveneApp(databasePath: "/data/convene.sqlite", keyMap: keyMap, screen: screen)
        send(.resize(size))
    }

    mutating func send(_ event: Event<AppEvent>) {
        var log: [AppEffect] = []
        let effects = self.effects
        let perform = { (effect: AppEffect) -> [AppEvent] in
            log.append(effect)
            return effects.perform(effect)
        }
        ProgramRunner.deliver(event, to: &app, perform: perform)
        // As the terminal does once the frame is drawn.
        ProgramRunner.performDeferred(&app, perform: perform)
        performed += log
    }

    /// Presses keys written in key notation ("2/sao<Enter>").
    mutating func press(_ notation: String) throws {
        for key in try Key.sequence(notation) { send(.key(key)) }
    }

    mutating func resize(_ width: Int, _ height: Int) {
        size = Size(width: width, height: height)
        send(.resize(size))
    }

    var screen: String { app.view(size: size).text() }
    var lines: [String] { app.view(size: size).lines() }
    var messageLine: String { lines.count >= 2 ? lines[lines.count - 2] : "" }

    /// What is wrong with a drawn screen: a row wider than the terminal, a wide character
    /// without all its continuation cells, or a continuation cell without its character.
    /// Empty when intact.
    static func damage(in buffer: ScreenBuffer) -> [String] {
        let size = buffer.size
        var problems: [String] = []
        for (y, line) in buffer.lines().enumerated() where DisplayWidth.of(line) > size.width {
            problems.append("row \(y) is \(DisplayWidth.of(line)) columns wide: \(line)")
        }
        for y in 0..<size.height {
            for x in 0..<size.width {
                guard let cell = buffer.cell(at: Point(x: x, y: y)) else { continue }
                for offset in 1..<max(1, cell.width) where buffer.cell(at: Point(x: x + offset, y: y))?.isContinuation != true {
                    problems.append("'\(cell.character)' at \(x),\(y) has lost its cell \(offset + 1) of \(cell.width)")
                }
                if cell.isContinuation {
                    var owner = x - 1
                    while owner >= 0, buffer.cell(at: Point(x: owner, y: y))?.isContinuation == true { owner -= 1 }
                    let ownerWidth = owner >= 0 ? buffer.cell(at: Point(x: owner, y: y))?.width ?? 0 : 0
                    if owner < 0 || x >= owner + ownerWidth {
                        problems.append("a continuation cell at \(x),\(y) has no wide character before it")
                    }
                }
            }
        }
        return problems
    }

    /// A small directory and meeting with Chinese and Latin names, the same in every test.
    static func sampleStore() throws -> Store {
        let store = try Store.inMemory(reference: reference)
        _ = try store.addParticipant(ParticipantDraft(givenName: "太郎", familyName: "山田", organisation: "JPN", country: "JPN"))
        _ = try store.addParticipant(ParticipantDraft(honorific: "Ms", givenName: "Ana", familyName: "Souza", organisation: "BRA",
                                                      email: "ana@anatel.gov.br", country: "BRA"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "伟", familyName: "张", organisation: "CHN",
                                                      email: "zhang.wei@miit.gov.cn", country: "CHN"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "São", familyName: "Tomé", organisation: "CEPT",
                                                      email: "sao@cept.org", country: "PRT"))
        let meeting = try store.addMeeting(MeetingDraft(code: "RD-2027", title: "Regional dialogue on Resolution 174",
                                                        start: "2027-03-02T09:30", end: "17:30", timeZone: "Europe/Zurich",
                                                        level: "regional", region: "Europe", venue: "Geneva", symbol: "R174-RD"),
                                           defaultTimeZone: "UTC")
        _ = try store.addMeeting(MeetingDraft(code: "NAT-CN", title: "国家利益攸关方会议", start: "2027-05-10T14:00",
                                              timeZone: "Asia/Shanghai", level: "national", region: "Asia-Pacific"),
                                 defaultTimeZone: "UTC")
        _ = try store.invite(meeting: .id(meeting), participants: [.id(1), .id(2), .id(3)], role: nil, delegation: nil)
        try store.setReply(meeting: .id(meeting), participant: .id(2), reply: .accepted)
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Opening of the meeting", minutes: 10))
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Approval of the agenda", minutes: 5))
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "Geospatial information services", minutes: 45, presenter: "3"))
        try store.addAgendaItem(meeting: .id(meeting), AgendaItemDraft(title: "区域报告", parent: "3", minutes: 20))
        try store.setNotes(meeting: .id(meeting), item: "3", .replace("The chair opened the discussion on illicit use of ICTs.\n\n张伟 presented the regional report."))
        try store.addDecision(meeting: .id(meeting), item: "3", text: "Prepare a compendium of national practices.")
        try store.addAction(meeting: .id(meeting), ActionDraft(text: "Circulate the compendium draft", owner: "2", item: "3", due: "2027-04-30"))
        return store
    }
}
