import ConveneCore

/// "Set the role of 3 participants to:": a short list to choose one value from, with j/k
/// or the arrows, a value's first letter, Enter to apply, Esc to cancel.
struct ChoiceMenu: Sendable {
    enum Purpose: Sendable {
        /// Sets one field of these invitations, all in one change.
        case invitations(meeting: Int64, participants: [Int64], field: InvitationField)
    }

    enum InvitationField: Sendable {
        case role, reply, attendance

        var options: [String] {
            switch self {
            case .role: InvitationRole.allCases.map(\.rawValue)
            case .reply: Reply.allCases.map(\.rawValue)
            case .attendance: Attendance.allCases.map(\.rawValue)
            }
        }

        var noun: String {
            switch self {
            case .role: "role"
            case .reply: "reply"
            case .attendance: "attendance"
            }
        }

        func change(_ value: String) -> InvitationChange {
            switch self {
            case .role: InvitationChange(role: InvitationRole(rawValue: value))
            case .reply: InvitationChange(reply: Reply(rawValue: value))
            case .attendance: InvitationChange(attendance: Attendance(rawValue: value))
            }
        }
    }

    var purpose: Purpose
    var cursor = ListCursor()

    init(purpose: Purpose, current: String? = nil) {
        self.purpose = purpose
        if let current, let index = options.firstIndex(of: current) { cursor.selected = index }
    }

    var options: [String] {
        switch purpose {
        case let .invitations(_, _, field): field.options
        }
    }

    var title: String {
        switch purpose {
        case let .invitations(_, participants, field):
            participants.count == 1 ? "Set the \(field.noun) to:" : "Set the \(field.noun) of \(participants.count) marked to:"
        }
    }

    /// Handles a key; returns whether the menu stays open and what to write.
    mutating func handle(_ key: Key, action: Action?) -> (staysOpen: Bool, [AppEffect]) {
        switch key {
        case .escape: return (false, [])
        case .enter:
            guard options.indices.contains(cursor.selected) else { return (false, []) }
            switch purpose {
            case let .invitations(meeting, participants, field):
                let change = field.change(options[cursor.selected])
                return (false, [.write(.changeInvitations(meeting: meeting, participants: participants, change))])
            }
        case let .character(character) where action != .moveDown && action != .moveUp:
            let start = cursor.selected + 1
            let ordered = Array(options.indices[min(start, options.count)...]) + Array(options.indices[..<min(start, options.count)])
            if let match = ordered.first(where: { options[$0].lowercased().hasPrefix(String(character).lowercased()) }) {
                cursor.selected = match
            }
        default:
            _ = cursor.handle(action ?? .redraw, count: options.count, page: options.count)
        }
        return (true, [])
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = min(area.width, max(30, DisplayWidth.of(title) + 6))
        let box = area.centred(Size(width: width, height: min(area.height, options.count + 3)))
        let inside = Border(title: title).render(into: &buffer, area: box).inset(horizontal: 1, vertical: 0)
        for (row, option) in options.enumerated() where row < inside.height - 1 {
            let line = inside.row(row)
            let selected = row == cursor.selected
            if selected { buffer.fill(line, style: .selection) }
            buffer.write(option, at: line.origin, style: selected ? .selection : .plain, clip: line)
        }
        buffer.write("Enter set  Esc cancel", at: inside.row(inside.height - 1).origin, style: .accent, clip: inside)
    }
}
