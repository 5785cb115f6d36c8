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
        var effects: [AppEffect] = []
        switch event {
        case let .loaded(data):
            let dataset = data.dataset
            // Screens see the data as it was (in their context) and the new data in the event.
            effects = broadcast { screen, context in screen.receive(event, context: context) }
            switch data {
            case let .meetings(listings): meetings = listings
            case let .resolutions(loaded): documents = loaded
            case let .workspace(workspace): refreshClausePicker(workspace)
            default: break
            }
            if let selection = pendingSelection, selection.isSettled(by: dataset) { pendingSelection = nil }
            for answered in dataset.answers { pending.remove(answered) }
            fresh.insert(dataset)
            return effects
        case let .loadFailed(dataset, reason):
            pending.remove(dataset)
            fresh.insert(dataset)
            say(reason, error: true)
        case let .written(request, text, reference):
            if case .form = modal { modal = nil }
            say(text)
            if let selection = PendingSelection(after: request, reference: reference) { pendingSelection = selection }
            invalidate()
        case let .writeFailed(_, error):
            if case var .form(form) = modal {
                form.show(error)
                modal = .form(form)
            } else {
                say(error.description, error: true)
            }
            return []
        case let .editorFailed(reason):
            say(reason, error: true)
            return []
        case let .exported(text):
            say(text, error: !text.contains(" written to "))
            return []
        case let .clausesFound(query, clauses):
            if case var .clausePicker(picker) = modal, picker.field.text == query {
                picker.results = clauses
                picker.cursor.clamp(count: clauses.count)
                modal = .clausePicker(picker)
            }
            return []
        case let .polled(time, version):
            now = time
            if let version {
                if let known = dataVersion, known != version {
                    invalidate()
                    say("Changed by another convene process: reloaded")
                }
                dataVersion = version
            }
            return []
        case .edited:
            break
        }
        return broadcast { screen, context in screen.receive(event, context: context) }
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
        default: break
        }
        let missing = needed.filter { !fresh.contains($0) && !pending.contains($0) }
        pending.formUnion(missing)
        return missing.map { .load($0) }
    }

    /// Loads that can wait until the screen is drawn, such as the rest of the directory after
    /// its first rows.
    public mutating func deferredEffects() -> [AppEffect] {
        let missing = screens[current].deferredData(fresh: fresh).filter { !pending.contains($0) }
        pending.formUnion(missing)
        return missing.map { .load($0) }
    }

    mutating func keepSelectionsVisible() {
        let body = layout.body
        for index in screens.indices {
            let context = context(for: index)
            screens[index].keepSelectionVisible(in: body, context: context)
        }
    }
}
