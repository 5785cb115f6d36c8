import ArgumentParser

/// `convene help meeting add` names the command to explain. argument-parser's own `help`
/// stops at a name it does not know and prints the top-level help with status 0, so a typo
/// looks like an answer; convene refuses it as a usage error, as it refuses an unknown command.
enum HelpTopic {
    /// Checks the names after `help` when `command` is argument-parser's help command.
    static func check(_ command: ParsableCommand, arguments: [String]) throws {
        guard type(of: command)._commandName == "help", let help = arguments.firstIndex(of: "help") else { return }
        var parent: ParsableCommand.Type = Convene.self
        var path: [String] = []
        for name in arguments[(help + 1)...] where !name.hasPrefix("-") {
            let known = parent.configuration.subcommands.first { $0._commandName == name || $0.configuration.aliases.contains(name) }
            guard let known else {
                let lister = (["convene"] + path + ["--help"]).joined(separator: " ")
                throw ValidationError("unknown command '\((path + [name]).joined(separator: " "))'; '\(lister)' lists the commands")
            }
            path.append(name)
            parent = known
        }
    }
}
