import ConveneCore

/// One labelled field of a form: free text, or a choice cycled with Space and the arrows.
struct FormField: Sendable {
    var id: String
    var label: String
    var input: TextField
    /// When set, the value is one of these (the empty string means "none").
    var choices: [String]?
    /// A short example shown while the field is empty and focused.
    var hint: String
    /// The message shown beside the field, from inline validation or from the store.
    var error: String?
    /// The value when the form opened, to tell whether anything changed.
    var original: String
    /// The store's fields whose `ConveneError.invalid` is shown beside this one.
    var shows: [Field]
    /// Checks a value as it is typed; returns the reason it is wrong, or nil.
    var check: (@Sendable (String) -> String?)?
    /// When set, the field names a record: typing opens a picker instead of editing the text.
    var picker: PickerKind?
    /// What the field shows instead of its value: the chosen record's name.
    var shown: String?
    /// Rows the field takes: more than one for a long text, which is then wrapped (never shown
    /// only by its end), keeps its line breaks and opens in `$EDITOR` with `C-e`.
    var rows: Int

    init(_ id: String, _ label: String, shows: [Field], value: String = "", choices: [String]? = nil, hint: String = "",
         picker: PickerKind? = nil, shown: String? = nil, rows: Int = 1, check: (@Sendable (String) -> String?)? = nil) {
        self.id = id
        self.label = label
        self.input = TextField(value)
        self.rows = max(1, rows)
        // A long text opens at its beginning.
        if rows > 1 { input.handle(.home) }
        self.choices = choices
        self.hint = hint
        // As the field shows it (line breaks as ↵), so that an untouched field is unchanged.
        self.original = input.text
        self.shows = shows
        self.picker = picker
        self.shown = shown
        self.check = check
    }

    var value: String { input.text }

    /// The value to store: a long text's line breaks, shown as `↵` while editing, are line
    /// breaks again.
    var storedValue: String {
        rows > 1 ? String(value.map { $0 == SafeText.lineBreakStandIn ? "\n" : $0 }) : value
    }

    /// Puts a text (from `$EDITOR`) into the field, the cursor at its beginning.
    mutating func replaceText(_ text: String) {
        input.setText(text.trimmingCharacters(in: .whitespacesAndNewlines))
        input.handle(.home)
        validate()
    }

    /// What the form shows: the record's name for a picker field, else the value.
    var display: String { shown ?? value }

    mutating func cycleChoice(by step: Int) {
        guard let choices, !choices.isEmpty else { return }
        let index = choices.firstIndex(of: value) ?? 0
        input.setText(choices[(index + step + choices.count) % choices.count])
    }

    /// Jumps to the next choice starting with a letter, as list boxes do.
    mutating func chooseStarting(with character: Character) {
        guard let choices else { return }
        let prefix = String(character).lowercased()
        let start = (choices.firstIndex(of: value) ?? -1) + 1
        let ordered = Array(choices[min(start, choices.count)...]) + Array(choices[..<min(start, choices.count)])
        if let match = ordered.first(where: { $0.lowercased().hasPrefix(prefix) }) { input.setText(match) }
    }

    mutating func validate() {
        error = check?(value)
    }
}

/// What a form is for; decides the store call made on save.
enum FormPurpose: Sendable {
    case participant(id: Int64?)
    case organisation(id: Int64?)
    case meeting(id: Int64?)
    case agendaItem(meeting: Int64, number: String?, after: String?)
    case action(meeting: Int64, item: String)
    case decision(meeting: Int64, item: String)
    case editDecision(meeting: Int64, id: Int64)
    case editAction(id: Int64)
    case invitation(meeting: Int64)
    case speaker(meeting: Int64, item: String)
}

enum FormOutcome: Equatable {
    case stay, save, cancel
    /// Open the picker of the focused field, searching for this text.
    case pick(String)
    /// Edit the focused long-text field in `$EDITOR`.
    case editInEditor
}

/// A form: labelled fields, Tab / Shift-Tab (or Up/Down) to move, Enter to save, Esc to
/// cancel. Every printable key goes into the focused field, so no single-letter binding
/// can fire while typing.
struct FormModel: Sendable {
    var title: String
    var purpose: FormPurpose
    var fields: [FormField]
    var focus = 0
    /// A message about the whole form (a store error that names no field).
    var error: String?

    init(title: String, purpose: FormPurpose, fields: [FormField]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
    }

    var isDirty: Bool { fields.contains { $0.value != $0.original } }

    func value(_ id: String) -> String {
        fields.first { $0.id == id }?.storedValue ?? ""
    }

    func field(_ id: String) -> FormField? {
        fields.first { $0.id == id }
    }

    /// The value when it changed (or always, for a new record), else nil: edits send only
    /// what the user touched, as the CLI's `edit` commands do.
    func changed(_ id: String, always: Bool) -> String? {
        guard let field = field(id) else { return nil }
        return always || field.value != field.original ? field.storedValue : nil
    }

    mutating func handle(_ key: Key) -> FormOutcome {
        guard fields.indices.contains(focus) else { return key == .escape ? .cancel : .stay }
        switch key {
        case .escape:
            return .cancel
        case .enter:
            return validateAll() ? .save : .stay
        case .tab, .down:
            moveFocus(by: 1)
        case .backTab, .up:
            moveFocus(by: -1)
        case .control("e") where fields[focus].rows > 1:
            return .editInEditor
        default:
            if fields[focus].picker != nil {
                switch key {
                case .space: return .pick("")
                case let .character(character): return .pick(String(character))
                case .backspace, .delete, .control("u"):
                    fields[focus].input.setText("")
                    fields[focus].shown = nil
                    fields[focus].validate()
                default: break
                }
            } else if fields[focus].choices != nil {
                switch key {
                case .left: fields[focus].cycleChoice(by: -1)
                case .right, .space: fields[focus].cycleChoice(by: 1)
                case let .character(character): fields[focus].chooseStarting(with: character)
                default: break
                }
            } else {
                fields[focus].input.handle(key)
                if fields[focus].error != nil { fields[focus].validate() }
            }
            error = nil
        }
        return .stay
    }

    /// Puts what `$EDITOR` saved into the focused field.
    mutating func replaceFocusedText(_ text: String) {
        guard fields.indices.contains(focus) else { return }
        fields[focus].replaceText(text)
        error = nil
    }

    /// Puts a picked record into a field: its reference as the value, its name on show.
    mutating func choose(value: String, shown: String, at index: Int) {
        guard fields.indices.contains(index) else { return }
        fields[index].input.setText(value)
        fields[index].shown = shown
        fields[index].validate()
        focus = index
        error = nil
    }

    private mutating func moveFocus(by step: Int) {
        fields[focus].validate()
        focus = (focus + step + fields.count) % fields.count
    }

    /// Checks every field; on failure focuses the first one in error.
    mutating func validateAll() -> Bool {
        for index in fields.indices { fields[index].validate() }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focus = first
            return false
        }
        return true
    }

    /// Shows a store error beside the field it names, or above the fields.
    mutating func show(_ failure: ConveneError) {
        if let (field, reason) = failure.fieldFailure, let index = fields.firstIndex(where: { $0.shows.contains(field) }) {
            fields[index].error = reason
            focus = index
            error = nil
        } else {
            error = failure.description
        }
    }
}
