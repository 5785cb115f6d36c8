import ConveneCore
import Foundation

/// Keys while a modal is open: it has the keyboard before the screen does.
extension ConveneApp {
    mutating func handleModal(_ current: Modal, _ key: Key) -> [AppEffect] {
        let page = layout.page
        switch current {
        case let .help(entries, offset):
            switch keyMap.action(for: key, in: []) {
            case .moveDown: modal = .help(entries: entries, offset: offset + 1)
            case .moveUp: modal = .help(entries: entries, offset: max(0, offset - 1))
            case .pageDown: modal = .help(entries: entries, offset: offset + page)
            case .pageUp: modal = .help(entries: entries, offset: max(0, offset - page))
            case .help, .back: modal = nil
            default:
                if key == .escape || key == .enter { modal = nil }
            }
            if case let .help(entries, offset) = modal {
                modal = .help(entries: entries, offset: min(offset, max(0, entries.count + 8 - page)))
            }
            return []
        case let .confirm(_, yes, alternative):
            if let alternative, key == .character(alternative.key) {
                modal = nil
                return alternative.effects
            }
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
            case .editInEditor:
                modal = .form(form)
                // The form stays open behind the editor and takes back what it saved.
                return [.editText(current: form.fields[form.focus].storedValue, name: "\(form.fields[form.focus].id).md")]
            case let .pick(query):
                guard let kind = form.fields[form.focus].picker else { return [] }
                modal = .recordPicker(RecordPicker(kind: kind, form: form, fieldIndex: form.focus, query: query, data: pickerData[kind]))
            }
            return []
        case var .choice(menu):
            let (staysOpen, effects) = menu.handle(key, action: keyMap.action(for: key, in: []))
            modal = staysOpen ? .choice(menu) : nil
            return effects
        case var .recordPicker(picker):
            switch picker.handle(key, page: page) {
            case .stay: modal = .recordPicker(picker)
            case let .done(form): modal = .form(form)
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
            let (staysOpen, outcome) = picker.handle(key, meetings: meetings, page: page)
            modal = staysOpen ? .meetingPicker(picker) : nil
            return follow(outcome)
        case var .clausePicker(picker):
            let action = keyMap.action(for: key, in: [AppKeys.clausePicker])
            let (staysOpen, outcome) = picker.handle(key, action: action, page: page,
                                                     visibleRows: ClausePicker.resultRows(in: layout.body))
            modal = staysOpen ? .clausePicker(picker) : nil
            return follow(outcome)
        case var .prompt(prompt):
            switch key {
            case .escape:
                modal = nil
                say("Cancelled")
            case .enter:
                modal = nil
                return prompt.submit(home: home)
            case .tab:
                // Reads the folder's names only; nothing is written.
                let completed = PathCompletion.complete(
                    prompt.field.text, home: home,
                    listing: { try? FileManager.default.contentsOfDirectory(atPath: $0) },
                    isFolder: { path in
                        var isFolder: ObjCBool = false
                        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                    })
                prompt.field = TextField(completed)
                modal = .prompt(prompt)
            default:
                prompt.field.handle(key)
                modal = .prompt(prompt)
            }
            return []
        case var .importPreview(preview):
            switch preview.handle(key, action: keyMap.action(for: key, in: []), page: page) {
            case .stay:
                modal = .importPreview(preview)
            case .cancel:
                modal = nil
                say("Import cancelled: nothing was written")
            case let .importRows(skipping):
                modal = nil
                return [.write(.importParticipants(preview.plan, skippingInvalid: skipping))]
            }
            return []
        }
    }
}
