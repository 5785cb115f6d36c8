import ConveneCore
import Foundation

/// How an event changes the app: keys go to the modal, else to the current screen, else to
/// the global actions; results of effects go to every screen.
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

    // MARK: Keys

    mutating func handleKey(_ key: Key) -> [AppEffect] {
        if TooSmallNotice.isTooSmall(size) {
            // Only quitting makes sense on the notice; a form stays open until there is room.
            if modal == nil, keyMap.action(for: key, in: contexts) == .back { return back() }
            return []
        }
        if let modal { return handleModal(modal, key) }
        message = nil
        let context = context(for: current)
        if screens[current].focusedFilter != nil {
            screens[current].typeInFilter(key, context: context)
            return []
        }
        let action = keyMap.action(for: key, in: contexts)
        if let action, let outcome = screens[current].update(action, key: key, context: context) { return follow(outcome) }
        return handleGlobal(action)
    }

    mutating func handleGlobal(_ action: Action?) -> [AppEffect] {
        guard let action else { return [] }
        if let target = screens.firstIndex(where: { Action.switching(to: $0.id) == action }) {
            current = target
            return []
        }
        switch action {
        case .help:
            modal = .help(entries: helpEntries(), offset: 0)
        case .undo:
            return [.write(.undo)]
        case .redo:
            return [.write(.redo)]
        case .command:
            modal = .command(TextField())
        case .back:
            return back()
        case .redraw:
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

    /// Leaves what is open on the screen (a meeting), else quits.
    mutating func back() -> [AppEffect] {
        if screens[current].canGoBack {
            screens[current].goBack()
        } else {
            isFinished = true
        }
        return []
    }

    // MARK: Results of effects

    mutating func handle(_ event: AppEvent) -> [AppEffect] {
        if case let .written(request, _, reference) = event, let selection = PendingSelection(after: request, reference: reference) {
            pendingSelection = selection
        }
        // Every screen sees every result, while its context still holds the shared data as it
        // was (a loaded list carries the new data in the event).
        let effects = broadcast { screen, context in screen.receive(event, context: context) }
        switch event {
        case let .loaded(data):
            switch data {
            case let .meetings(listings): meetings = listings
            case let .resolutions(loaded): documents = loaded
            case let .workspace(workspace): refreshClausePicker(workspace)
            default: break
            }
            keepPickerData(data)
            let dataset = data.dataset
            if let selection = pendingSelection, selection.isSettled(by: dataset) { pendingSelection = nil }
            pending.subtract(dataset.answers)
            fresh.insert(dataset)
        case let .loadFailed(dataset, reason):
            pending.remove(dataset)
            fresh.insert(dataset)
            say(reason, error: true)
        case let .written(_, text, _):
            if case .form = modal { modal = nil }
            say(text)
            invalidate()
        case let .writeFailed(_, error):
            if case var .form(form) = modal {
                form.show(error)
                modal = .form(form)
            } else {
                say(RecordLock.appNotice(error) ?? error.description, error: true)
            }
        case let .editorFailed(reason):
            say(reason, error: true)
        case let .textEdited(text):
            if case var .form(form) = modal {
                form.replaceFocusedText(text)
                modal = .form(form)
            }
        case .databaseDamaged:
            // The line is short; `convene check` and the man page say how to recover.
            say("The database is damaged: writes are refused. Quit and run convene check.", error: true)
        case let .exported(text):
            say(text, error: !text.contains(" written to "))
        case let .importPlanned(plan):
            modal = .importPreview(ImportPreviewModal(plan: plan))
        case let .importUnreadable(reason):
            say(reason, error: true)
        case let .clausesFound(query, clauses):
            if case var .clausePicker(picker) = modal, picker.field.text == query {
                picker.results = clauses
                picker.cursor.clamp(count: clauses.count)
                modal = .clausePicker(picker)
            }
        case let .polled(time, version, author):
            now = time
            if let version {
                if let known = dataVersion, known != version {
                    invalidate()
                    say("Changed by \(author ?? "another convene process"): reloaded")
                }
                dataVersion = version
            }
        case .edited:
            // The Meetings screen compares the notes and saves them if they changed.
            break
        }
        return effects
    }

    /// Forgets everything read from the store (the corpus does not change).
    mutating func invalidate() {
        fresh = fresh.intersection([.resolutions])
    }

    /// Keeps an open clause picker's links in step with the reloaded agenda.
    mutating func refreshClausePicker(_ data: WorkspaceData) {
        guard case var .clausePicker(picker) = modal, picker.meeting == data.meeting.id,
              let row = data.agenda.items.first(where: { $0.number == picker.item }) else { return }
        picker.linked = row.clauses
        modal = .clausePicker(picker)
    }

    /// Loads for what is on screen and not loaded since the last change.
    mutating func loadsNeeded() -> [AppEffect] {
        var needed = screens[current].neededData
        switch modal {
        case .meetingPicker, .prompt: needed.append(.meetings)
        case .clausePicker: needed.append(.resolutions)
        case let .recordPicker(picker): needed.append(picker.kind.dataset)
        default: break
        }
        let missing = needed.filter { !fresh.contains($0) && !pending.contains($0) }
        pending.formUnion(missing)
        return missing.map { .load($0) }
    }

    /// Loads that can wait until the screen is drawn, such as the rest of the directory after
    /// its first rows.
    public mutating func deferredEffects() -> [AppEffect] {
        var wanted = screens[current].deferredData(fresh: fresh)
        // An open form's pickers get their records once the form is drawn, so that the first
        // letter typed into a field opens a picker with them loaded instead of waiting for them.
        if case let .form(form) = modal {
            for dataset in form.fields.compactMap({ $0.picker?.dataset }) where !fresh.contains(dataset) && !wanted.contains(dataset) {
                wanted.append(dataset)
            }
        }
        let missing = wanted.filter { !pending.contains($0) }
        pending.formUnion(missing)
        var effects = missing.map { AppEffect.load($0) }
        if !hasCheckedDatabase {
            // Before the loads: a damaged file is named before anything else reads it.
            hasCheckedDatabase = true
            effects.insert(.checkDatabase, at: 0)
        }
        return effects
    }

    /// Keeps what the pickers choose from, and gives an open picker its records.
    mutating func keepPickerData(_ data: LoadedData) {
        switch data {
        case let .directory(directory) where directory.isComplete: pickerData[.participant] = .participants(directory)
        case let .organisations(organisations): pickerData[.organisation] = .organisations(organisations)
        case let .countries(countries): pickerData[.country] = .countries(countries)
        case let .resolutions(documents): pickerData[.clause] = .clauses(of: documents)
        case let .workspace(workspace):
            guard let id = workspace.meeting.id else { return }
            pickerData[.speaker(meeting: id)] = .speakers(workspace.invitations)
        default: return
        }
        if case var .recordPicker(picker) = modal, let records = pickerData[picker.kind] {
            picker.load(records)
            modal = .recordPicker(picker)
        }
    }

    mutating func keepSelectionsVisible() {
        let body = layout.body
        if case var .recordPicker(picker) = modal {
            picker.keepSelectionVisible(in: body)
            modal = .recordPicker(picker)
        }
        for index in screens.indices {
            let context = context(for: index)
            screens[index].keepSelectionVisible(in: body, context: context)
        }
    }
}
