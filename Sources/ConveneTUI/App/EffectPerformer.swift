import ConveneCore
import Foundation

/// Performs the app's effects against the store, the clause source, `$EDITOR` and the export
/// runner, and turns each result into an event. Synchronous: in snapshot mode the printed
/// screen therefore shows every effect's result.
public final class AppEffects {
    let store: Store
    let clauses: ClauseSource
    let exporter: ExportRunner
    let environment: [String: String]
    /// Wraps work that needs the real terminal (the editor); the ncurses front end leaves
    /// curses mode around it.
    public var outsideTerminal: (() -> [AppEvent]) -> [AppEvent] = { $0() }
    /// Forces a full repaint (Ctrl-L).
    public var redraw: () -> Void = {}

    public init(store: Store, clauses: ClauseSource? = nil, exporter: ExportRunner? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.clauses = clauses ?? StoreClauseSource(store: store)
        self.exporter = exporter ?? MarkdownExportRunner(store: store)
        self.environment = environment
        // An earlier run killed while the editor was open left the notes in a temporary file.
        ExternalEditor.removeLeftovers()
    }

    public func perform(_ effect: AppEffect) -> [AppEvent] {
        switch effect {
        case let .load(dataset):
            do {
                return [.loaded(try load(dataset))]
            } catch {
                return [.loadFailed(dataset, Self.sentence(error))]
            }
        case let .write(request):
            do {
                let (message, number) = try write(request)
                return [.written(request, message: message, reference: number)]
            } catch let error as ConveneError {
                return [.writeFailed(request, error)]
            } catch {
                return [.writeFailed(request, .refused(Self.sentence(error)))]
            }
        case let .editNotes(meeting, number, current):
            return outsideTerminal {
                do {
                    let text = try ExternalEditor.edit(current, name: "notes-\(number).md", environment: self.environment)
                    return [.edited(meeting: meeting, number: number, text: text)]
                } catch {
                    return [.editorFailed(Self.sentence(error))]
                }
            }
        case let .editText(current, name):
            return outsideTerminal {
                do {
                    return [.textEdited(try ExternalEditor.edit(current, name: name, environment: self.environment, unchanged: "the text was not changed"))]
                } catch {
                    return [.editorFailed(Self.sentence(error))]
                }
            }
        case let .export(kind, meeting, path, choices):
            do {
                let written = try exporter.export(kind, meeting: meeting, choices: choices, to: path)
                return [.exported("\(kind.title) written to \(written)")]
            } catch {
                return [.exported(Self.sentence(error))]
            }
        case let .planImport(path, label, meeting):
            guard let data = FileManager.default.contents(atPath: ExportFile.absolutePath(path)) else {
                return [.importUnreadable("Cannot read \(label)")]
            }
            do {
                let options = ParticipantImportOptions(meeting: meeting.map(RecordReference.id))
                return [.importPlanned(try store.planParticipantImport(csv: data, source: label, options: options))]
            } catch {
                return [.importUnreadable(Self.sentence(error))]
            }
        case .checkDatabase:
            do {
                try store.checkForDamage()
                return []
            } catch ConveneError.unusableDatabase {
                return [.databaseDamaged]
            } catch {
                return [.loadFailed(.meetings, Self.sentence(error))]
            }
        case .poll:
            // Another process of one's own is "another convene process"; someone else is named.
            let author = (try? store.latestChangeAuthor()) ?? nil
            return [.polled(now: Date(), dataVersion: try? store.dataVersion(),
                            author: author == store.author.description ? nil : author)]
        case let .searchClauses(query):
            do {
                return [.clausesFound(query: query, try clauses.search(query))]
            } catch {
                return [.loadFailed(.resolutions, Self.sentence(error))]
            }
        case .redraw:
            redraw()
            return []
        }
    }

    /// More rows than a terminal shows.
    static let directoryPreviewRows = 300

    static func sentence(_ error: Error) -> String {
        "\(error)"
    }

    private func load(_ dataset: Dataset) throws -> LoadedData {
        switch dataset {
        case .meetings:
            return .meetings(try store.meetings())
        case .directory:
            return .directory(DirectoryData(listings: try store.participants()))
        case .directoryPreview:
            let (listings, total) = try store.participantsPreview(limit: Self.directoryPreviewRows)
            return .directory(DirectoryData(firstRows: listings, total: total))
        case .organisations:
            return .organisations(OrganisationData(listings: try store.organisations()))
        case .resolutions:
            return .resolutions(try clauses.documents())
        case .backlinks:
            return .backlinks(try backlinks())
        case .actions:
            return .actions(try store.actions())
        case .countries:
            return .countries(try store.countries())
        case let .workspace(id):
            let reference = RecordReference.id(id)
            return .workspace(WorkspaceData(
                meeting: try store.meeting(reference), invitations: try store.invitations(meeting: reference),
                agenda: try store.agenda(meeting: reference), decisions: try store.decisions(meeting: reference),
                actions: try store.actions(ActionQuery(meeting: reference)), speakers: try store.speakers(meeting: reference),
                versions: try store.minutesVersions(meeting: reference).versions))
        }
    }

    /// Agenda items and action points by the clause they cite.
    private func backlinks() throws -> [String: [Backlink]] {
        try store.clauseBacklinks()
    }

    private func write(_ request: WriteRequest) throws -> (String, String?) {
        var number: String?
        var outcome = ChangeOutcome.changed
        switch request {
        case let .saveParticipant(id, draft):
            if let id { outcome = try store.editParticipant(.id(id), draft) } else { number = "\(try store.addParticipant(draft))" }
        case let .removeParticipant(id, purge):
            try store.removeParticipant(.id(id), purge: purge)
        case let .addOrganisation(draft):
            _ = try store.addOrganisation(draft)
        case let .editOrganisation(id, edit):
            outcome = try store.editOrganisation(.id(id), edit)
        case let .removeOrganisation(id):
            try store.removeOrganisation(.id(id))
        case let .saveMeeting(id, draft):
            if let id {
                outcome = try store.editMeeting(.id(id), draft)
            } else {
                _ = try store.addMeeting(draft, defaultTimeZone: TimeZone.current.identifier)
            }
        case let .removeMeeting(id):
            try store.removeMeeting(.id(id))
        case let .invite(meeting, participants, role):
            let invited = try store.invite(meeting: .id(meeting), participants: participants.map(RecordReference.id),
                                           role: role, delegation: nil)
            let summary = try lastSummary()
            return ("Saved: \(summary) (\(invited.invited.count) new, \(invited.updated.count) updated)", nil)
        case let .setReply(meeting, participant, reply):
            try store.setReply(meeting: .id(meeting), participant: .id(participant), reply: reply)
        case let .setAttendance(meeting, participant, attendance):
            try store.setAttendance(meeting: .id(meeting), participant: .id(participant), attendance: attendance)
        case let .inviteOne(meeting, participant, role, delegation):
            _ = try store.invite(meeting: .id(meeting), participants: [.text(participant)], role: role,
                                 delegation: delegation.map(RecordReference.text))
        case let .changeInvitations(meeting, participants, change):
            try store.changeInvitations(meeting: .id(meeting), participants: participants.map(RecordReference.id), change)
        case let .uninvite(meeting, participants):
            try store.uninvite(meeting: .id(meeting), participants: participants.map(RecordReference.id))
        case let .addSpeaker(meeting, number, participant, delegation):
            try store.addSpeaker(meeting: .id(meeting), item: .number(number), participant: participant.map(RecordReference.text),
                                 delegation: delegation.map(RecordReference.text))
        case let .nextSpeaker(meeting, number):
            let speaker = try store.nextSpeaker(meeting: .id(meeting), item: .number(number))
            return (speaker.map { "The floor: \($0.name)" } ?? "The speakers' list of item \(number) is done", nil)
        case let .itemClock(meeting, number, action, now):
            let stamp = try store.itemClock(meeting: .id(meeting), item: .number(number), action, at: now)
            let time = MeetingTime.clock(stamp.at)
            return (action == .start ? "Clock started for item \(number) at \(time)" : "Clock stopped for item \(number) at \(time)", nil)
        case let .saveAgendaItem(meeting, existing, draft):
            if let existing {
                outcome = try store.editAgendaItem(meeting: .id(meeting), item: .number(existing), draft)
                number = existing
            } else {
                number = try store.addAgendaItem(meeting: .id(meeting), draft)
            }
        case let .removeAgendaItem(meeting, item):
            try store.removeAgendaItem(meeting: .id(meeting), item: .number(item))
        case let .moveAgendaItem(meeting, item, move):
            number = try store.moveAgendaItem(meeting: .id(meeting), item: .number(item), move)
        case let .linkClause(meeting, item, key, linked):
            if linked {
                try store.linkClauses(meeting: .id(meeting), item: .number(item), keys: [key])
            } else {
                try store.unlinkClauses(meeting: .id(meeting), item: .number(item), keys: [key])
            }
        case let .addDecision(meeting, item, text):
            try store.addDecision(meeting: .id(meeting), item: .number(item), text: text)
        case let .editDecision(meeting, id, text):
            outcome = try store.editDecision(meeting: .id(meeting), .id(id), text: text)
        case let .removeDecision(meeting, id):
            try store.removeDecision(meeting: .id(meeting), .id(id))
        case let .addAction(meeting, draft):
            try store.addAction(meeting: .id(meeting), draft)
        case let .editAction(id, edit):
            outcome = try store.editAction(.id(id), edit)
        case let .removeAction(id):
            try store.removeAction(.id(id))
        case let .setActionStatus(id, status):
            try store.setActionStatus(.id(id), status)
        case let .setNotes(meeting, item, text):
            try store.setNotes(meeting: .id(meeting), item: .number(item), .replace(text))
        case let .approveMinutes(meeting):
            try store.approveMinutes(meeting: .id(meeting))
        case let .reopenMinutes(meeting, reason):
            try store.reopenMinutes(meeting: .id(meeting), reason: reason)
        case let .importParticipants(plan, skipping):
            let result = try store.importParticipants(plan, skippingInvalid: skipping)
            return ("Imported \(plan.source): \(result.added) added, \(result.updated) updated"
                + (plan.meetingName.map { ", \(result.invited) invited to \($0)" } ?? ""), nil)
        case .undo:
            return ("Undone: \(try store.undo())", nil)
        case .redo:
            return ("Redone: \(try store.redo())", nil)
        }
        // An edit that kept every value wrote nothing, so the newest history entry is not its.
        if outcome == .unchanged { return ("Nothing to change", number) }
        return ("Saved: \(try lastSummary())", number)
    }

    private func lastSummary() throws -> String {
        try store.history(limit: 1).first?.summary ?? "done"
    }
}
