/// Where a binding applies: everywhere (`global`) or on one screen. A screen's bindings are
/// looked up before the global ones, so a screen may reuse a global key on purpose.
public struct KeyContext: Hashable, Sendable, CustomStringConvertible {
    /// Identifier used in messages and config (`global`, `participants`).
    public let name: String
    /// Heading in the help screen (`Global`, `Participants`).
    public let title: String

    public init(_ name: String, title: String? = nil) {
        self.name = name
        self.title = title ?? name
    }

    public static let global = KeyContext("global", title: "Global")

    /// Contexts are identified by name; the title is only for display.
    public static func == (lhs: KeyContext, rhs: KeyContext) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    public var description: String { name }
}

/// A named action, the keys that run it, and the sentence shown in help.
/// Action names are unique across all contexts (e.g. `quit`, `participants.add`).
public struct KeyBinding: Hashable, Sendable {
    public var action: String
    public var keys: [Key]
    public var description: String
    public var context: KeyContext

    public init(_ action: String, keys: [Key], _ description: String, context: KeyContext = .global) {
        self.action = action
        self.keys = keys
        self.description = description
        self.context = context
    }
}

/// One line of the help screen.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var description: String
    public var action: String
    public var context: KeyContext
}

/// The table of actions and keys. The help screen is built from it, so help always shows
/// the keys that actually work, including the user's overrides.
public struct KeyMap: Sendable {
    public private(set) var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action a key runs on a screen: the screen's own bindings first, then global ones.
    public func action(for key: Key, in context: KeyContext = .global) -> String? {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.action
        }
        return bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.action
    }

    /// The binding for an action name, if there is one.
    public func binding(for action: String) -> KeyBinding? {
        bindings.first { $0.action == action }
    }

    /// Help lines for a screen: its own bindings, then the global ones, in table order.
    /// Actions without keys are listed as "(unbound)" so users can see what they can bind.
    public func helpEntries(for context: KeyContext = .global) -> [HelpEntry] {
        let contexts = context == .global ? [KeyContext.global] : [context, .global]
        return contexts.flatMap { current in
            bindings.filter { $0.context == current }.map { binding in
                let keys = binding.keys.isEmpty ? "(unbound)" : binding.keys.map(\.notation).joined(separator: " ")
                return HelpEntry(keys: keys, description: binding.description, action: binding.action, context: current)
            }
        }
    }

    /// Applies user overrides (action name → key notations; an empty list unbinds) and returns
    /// a readable message for everything that could not be applied as written.
    ///
    /// When an override takes a key that a default binding uses in the same context, the
    /// override wins and the default binding loses that key. When two overrides claim the
    /// same key in one context, neither gets it, because guessing which was meant would
    /// surprise half the users.
    @discardableResult
    public mutating func applyOverrides(_ overrides: [String: [String]]) -> [String] {
        var messages: [String] = []
        var overridden: Set<String> = []
        for action in overrides.keys.sorted() {
            guard let notations = overrides[action] else { continue }
            guard let index = bindings.firstIndex(where: { $0.action == action }) else {
                messages.append("unknown action '\(action)' in key overrides")
                continue
            }
            var keys: [Key] = []
            var valid = true
            for notation in notations {
                do {
                    let key = try Key(notation: notation)
                    if !keys.contains(key) { keys.append(key) }
                } catch {
                    messages.append("\(error) (for action '\(action)'; its keys were not changed)")
                    valid = false
                }
            }
            guard valid else { continue }
            bindings[index].keys = keys
            overridden.insert(action)
        }
        messages += resolveConflicts(overridden: overridden)
        return messages
    }

    /// Two actions on one key in one context, as readable messages, without changing anything.
    public func conflicts() -> [String] {
        conflictingGroups().map { group in
            "\(group.key.notation) is bound to both \(group.actions.map { "'\($0)'" }.joined(separator: " and ")) in \(group.context)"
        }
    }

    private func conflictingGroups() -> [(context: KeyContext, key: Key, actions: [String])] {
        var seen: [KeyContext: [Key: [String]]] = [:]
        var order: [(KeyContext, Key)] = []
        for binding in bindings {
            for key in binding.keys {
                if seen[binding.context, default: [:]][key] == nil { order.append((binding.context, key)) }
                seen[binding.context, default: [:]][key, default: []].append(binding.action)
            }
        }
        return order.compactMap { context, key in
            guard let actions = seen[context]?[key], actions.count > 1 else { return nil }
            return (context, key, actions)
        }
    }

    private mutating func resolveConflicts(overridden: Set<String>) -> [String] {
        var messages: [String] = []
        for group in conflictingGroups() {
            let byUser = group.actions.filter { overridden.contains($0) }
            let defaults = group.actions.filter { !overridden.contains($0) }
            let losers: [String]
            switch byUser.count {
            case 0:
                messages.append("\(group.key.notation) is bound to both \(group.actions.map { "'\($0)'" }.joined(separator: " and ")) in \(group.context)")
                continue
            case 1:
                losers = defaults
                messages.append("\(group.key.notation) now runs '\(byUser[0])' in \(group.context); it no longer runs \(defaults.map { "'\($0)'" }.joined(separator: " or "))")
            default:
                losers = byUser
                messages.append("\(group.key.notation) is bound to both \(byUser.map { "'\($0)'" }.joined(separator: " and ")) in \(group.context); it is left unbound until one is changed")
            }
            for index in bindings.indices where bindings[index].context == group.context && losers.contains(bindings[index].action) {
                bindings[index].keys.removeAll { $0 == group.key }
            }
        }
        return messages
    }
}
