import ConveneCore
import Foundation

extension ConveneApp {
    public mutating func update(_ event: Event<AppEvent>) -> [AppEffect] {
        var effects: [AppEffect] = []
        switch event {
        case let .resize(newSize):
            size = newSize
        case .tick:
            return [.poll]
        case let .key(key):
            effects = handleKey(key)
        case let .app(appEvent):
            effects = handle(appEvent)
        }
        keepSelectionsVisible()
        return effects + loadsNeeded()
    }

    /// Rows a full-screen list shows below its header.
    var listRows: Int { max(1, size.height - 4) }
    var page: Int { max(1, listRows - 1) }

    // MARK: Keys

    mutating func handleKey(_ key: Key) -> [AppEffect] {
        if TooSmallNotice.isTooSmall(size) {
            // Only quitting makes sense on the notice; a form stays open until there is room.
            if modal == nil, keyMap.action(for: key, in: contexts) == "back" { return back() }
            return []
        }
        if let modal { return handleModal(modal, key) }
        message = nil
        if let effects = handleTyping(key) { return effects }
        let action = keyMap.action(for: key, in: contexts)
        if let action, let effects = handleScreenAction(action, key: key) { return effects }
        return handleGlobal(action)
    }

    mutating func handleGlobal(_ action: String?) -> [AppEffect] {
        guard let action else { return [] }
        if action.hasPrefix("screen."), let target = ScreenID.allCases.first(where: { "screen.\($0.name)" == action }) {
            screen = target
            return []
        }
        switch action {
        case "help":
            modal = .help(entries: helpEntries(), offset: 0)
        case "undo":
            return [.write(.undo)]
        case "command":
            modal = .command(TextField())
        case "back":
            return back()
        case "redraw":
            return [.redraw]
        default:
            break
        }
        return []
    }

    func helpEntries() -> [HelpEntry] {
        var contexts = self.contexts
        if case .clausePicker = modal { contexts = [AppKeys.clausePicker] }
        // The action name is what config.toml's [keys] table rebinds.
        return keyMap.helpEntries(for: contexts).map { entry in
            var entry = entry
            entry.description += "  (\(entry.action))"
            return entry
        }
    }

    mutating func back() -> [AppEffect] {
        if screen == .meetings, workspace != nil {
            workspace = nil
            workspaceData = nil
            return []
        }
        isFinished = true
        return []
    }

    /// Keys for a focused filter field on the current screen; nil when none has focus.
    mutating func handleTyping(_ key: Key) -> [AppEffect]? {
        switch screen {
        case .participants where participantsList.isEditing:
            participantsList.handleFilterKey(key, keys: directory.keys)
            return []
        case .organisations where organisationsList.isEditing:
            organisationsList.handleFilterKey(key, keys: organisations.keys)
            return []
        case .resolutions where resolutions.list.isEditing:
            resolutions.handleFilterKey(key, documents: documents)
            return []
        default:
            return nil
        }
    }

    mutating func handleScreenAction(_ action: String, key: Key) -> [AppEffect]? {
        switch screen {
        case .meetings:
            return workspace == nil ? handleMeetingsAction(action) : handleWorkspaceAction(action, key: key)
        case .participants: return handleParticipantsAction(action)
        case .organisations: return handleOrganisationsAction(action)
        case .resolutions: return handleResolutionsAction(action)
        case .reports: return handleReportsAction(action)
        }
    }

    // MARK: Modals

    mutating func handleModal(_ current: Modal, _ key: Key) -> [AppEffect] {
        switch current {
        case let .help(entries, offset):
            switch keyMap.action(for: key) {
            case "move.down": modal = .help(entries: entries, offset: offset + 1)
            case "move.up": modal = .help(entries: entries, offset: max(0, offset - 1))
            case "page.down": modal = .help(entries: entries, offset: offset + page)
            case "page.up": modal = .help(entries: entries, offset: max(0, offset - page))
            default:
                if key == .escape || key == .enter || ["help", "back"].contains(keyMap.action(for: key) ?? "") { modal = nil }
            }
            if case let .help(entries, offset) = modal {
                modal = .help(entries: entries, offset: min(offset, max(0, entries.count + 8 - page)))
            }
            return []
        case let .confirm(_, yes):
            guard let answer = ConfirmDialog.answer(for: key) else { return [] }
            modal = nil
            if answer { return yes }
            say("Cancelled")
            return []
        case var .form(form):
            switch form.handle(key) {
            case .stay:
                modal = .form(form)
            case .save:
                modal = .form(form)
                return [.write(Forms.request(for: form))]
            case .cancel:
                modal = form.isDirty ? .discard(form) : nil
            }
            return []
        case let .discard(form):
            guard let answer = ConfirmDialog.answer(for: key) else { return [] }
            modal = answer ? nil : .form(form)
            if answer { say("Changes discarded") }
            return []
        case var .command(field):
            switch key {
            case .escape:
                modal = nil
            case .enter:
                modal = nil
                return runCommand(field.text)
            case .backspace where field.text.isEmpty:
                modal = nil
            default:
                field.handle(key)
                modal = .command(field)
            }
            return []
        case var .meetingPicker(picker):
            return handleMeetingPicker(&picker, key)
        case var .clausePicker(picker):
            return handleClausePicker(&picker, key)
        case var .prompt(prompt):
            switch key {
            case .escape:
                modal = nil
                say("Cancelled")
            case .enter:
                modal = nil
                return prompt.submit()
            default:
                prompt.field.handle(key)
                modal = .prompt(prompt)
            }
            return []
        }
    }

    // MARK: Results of effects

    mutating func handle(_ event: AppEvent) -> [AppEffect] {
        switch event {
        case let .loaded(data):
            apply(data)
        case let .loadFailed(dataset, reason):
            pending.remove(dataset)
            fresh.insert(dataset)
            if case .workspace = dataset {
                workspace = nil
                workspaceData = nil
            }
            say(reason, error: true)
        case let .written(request, text, reference):
            if case .form = modal { modal = nil }
            say(text)
            afterWrite(request, reference: reference)
            invalidate()
        case let .writeFailed(_, error):
            if case var .form(form) = modal {
                form.show(error)
                modal = .form(form)
            } else {
                say(error.description, error: true)
            }
        case let .edited(meeting, number, text):
            let current = workspaceData?.agenda.items.first { $0.number == number }?.notes ?? ""
            guard let text, text.trimmingCharacters(in: .whitespacesAndNewlines) != current.trimmingCharacters(in: .whitespacesAndNewlines) else {
                say("Notes unchanged")
                return []
            }
            return [.write(.setNotes(meeting: meeting, number: number, text: text))]
        case let .editorFailed(reason):
            say(reason, error: true)
        case let .exported(text):
            say(text, error: !text.contains(" written to "))
        case let .clausesFound(query, clauses):
            if case var .clausePicker(picker) = modal, picker.field.text == query {
                picker.results = clauses
                picker.cursor.clamp(count: clauses.count)
                modal = .clausePicker(picker)
            }
        case let .polled(time, version):
            now = time
            if let version {
                if let known = dataVersion, known != version {
                    invalidate()
                    say("Changed by another convene process: reloaded")
                }
                dataVersion = version
            }
        }
        return []
    }

    /// Forgets everything read from the store (the corpus does not change).
    mutating func invalidate() {
        fresh = fresh.intersection([.resolutions])
    }

    mutating func apply(_ data: LoadedData) {
        let dataset: Dataset
        switch data {
        case let .meetings(listings):
            dataset = .meetings
            let selectedId = meetings.indices.contains(meetingsList.selected) ? meetings[meetingsList.selected].meeting.id : nil
            meetings = listings
            if let selectedId, let index = meetings.firstIndex(where: { $0.meeting.id == selectedId }) {
                meetingsList.selected = index
            }
            meetingsList.clamp(count: meetings.count)
        case let .directory(data):
            dataset = data.isComplete ? .directory : .directoryPreview
            pending.remove(.directoryPreview)
            if data.isComplete { hasWholeDirectory = true }
            applyDirectory(data)
        case let .organisations(data):
            dataset = .organisations
            organisations = data
            organisationsList.refilter(keys: data.keys, reload: true)
        case let .resolutions(loaded):
            dataset = .resolutions
            documents = loaded
            resolutions.refilter(documents: documents)
        case let .backlinks(links):
            dataset = .backlinks
            backlinks = links
        case let .workspace(data):
            dataset = .workspace(data.meeting.id ?? 0)
            applyWorkspace(data)
        }
        pending.remove(dataset)
        fresh.insert(dataset)
    }

    /// Loads for what is on screen and not loaded since the last change.
    mutating func loadsNeeded() -> [AppEffect] {
        var needed: [Dataset] = []
        switch screen {
        case .meetings:
            if let workspace { needed.append(.workspace(workspace.meetingId)) } else { needed.append(.meetings) }
        // A first visit draws the first rows at once; `deferredEffects` then loads the rest.
        case .participants: needed.append(hasWholeDirectory ? .directory : .directoryPreview)
        case .organisations: needed.append(.organisations)
        case .resolutions: needed += [.resolutions, .backlinks]
        case .reports: needed.append(.meetings)
        }
        if case .meetingPicker = modal { needed.append(.meetings) }
        if case .clausePicker = modal { needed.append(.resolutions) }
        if case .prompt = modal { needed.append(.meetings) }
        let missing = needed.filter { !fresh.contains($0) && !pending.contains($0) }
        pending.formUnion(missing)
        return missing.map { .load($0) }
    }

    /// Loads that can wait until the screen is drawn: the rest of the directory after its
    /// first rows.
    public mutating func deferredEffects() -> [AppEffect] {
        guard screen == .participants, !hasWholeDirectory, fresh.contains(.directoryPreview),
              !pending.contains(.directory) else { return [] }
        pending.insert(.directory)
        return [.load(.directory)]
    }

    mutating func keepSelectionsVisible() {
        meetingsList.keepVisible(rows: listRows, count: meetings.count)
        participantsList.cursor.keepVisible(rows: listRows, count: participantsList.count(total: directory.listings.count))
        organisationsList.cursor.keepVisible(rows: listRows, count: organisationsList.count(total: organisations.listings.count))
        // The outline takes the upper half of the Resolutions screen below its title row.
        let outlineRows = max(1, (size.height - 3) / 2 - 1)
        resolutions.list.cursor.keepVisible(rows: outlineRows, count: resolutions.list.count(total: resolutions.keys.count))
        resolutions.document.keepVisible(rows: max(1, size.height - 4), count: documents.count)
        if var workspace {
            workspace.keepVisible(size: size, data: workspaceData)
            self.workspace = workspace
        }
    }
}
