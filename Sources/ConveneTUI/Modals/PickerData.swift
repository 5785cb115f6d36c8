import Foundation
import ConveneCore

/// What kind of record a form field names, and so which picker it opens.
enum PickerKind: Sendable, Hashable {
    case participant, organisation, country, clause
    /// Who may take the floor in a meeting: its delegations and its invited participants.
    case speaker(meeting: Int64)

    /// What the picker lists.
    var dataset: Dataset {
        switch self {
        case let .speaker(meeting): .workspace(meeting)
        case .participant: .directory
        case .organisation: .organisations
        case .country: .countries
        case .clause: .resolutions
        }
    }

    var noun: String {
        switch self {
        case .participant: "participant"
        case .organisation: "organisation"
        case .country: "country"
        case .clause: "clause"
        case .speaker: "delegation or participant"
        }
    }
}

/// One speaker a meeting's picker offers: a delegation (an organisation its invitations are
/// made under) or an invited participant, with their delegation.
struct SpeakerChoice: Sendable, Equatable {
    var name: String
    /// "delegation", or the participant's delegation.
    var detail: String
    var participantId: Int64?
    var delegationId: Int64?

    /// Delegations first (the floor is usually given to them), then participants, each by name.
    static func choices(_ invitations: [InvitationListing]) -> [SpeakerChoice] {
        var delegations: [Int64: String] = [:]
        for invitation in invitations {
            if let id = invitation.delegationId, let name = invitation.delegation { delegations[id] = name }
        }
        let byName = { (a: SpeakerChoice, b: SpeakerChoice) in a.name.localizedStandardCompare(b.name) == .orderedAscending }
        return delegations.map { SpeakerChoice(name: $0.value, detail: "delegation", participantId: nil, delegationId: $0.key) }.sorted(by: byName)
            + invitations.map { SpeakerChoice(name: $0.name, detail: $0.delegation ?? $0.organisation ?? "", participantId: $0.participantId,
                                              delegationId: $0.delegationId) }.sorted(by: byName)
    }

    /// The form field's value: "p12 d5", "p12" or "d5".
    var value: String {
        [participantId.map { "p\($0)" }, delegationId.map { "d\($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// The participant and delegation ids of a field value.
    static func parse(_ value: String) -> (participant: String?, delegation: String?) {
        let words = value.split(separator: " ")
        let participant = words.first { $0.hasPrefix("p") }.map { String($0.dropFirst()) }
        let delegation = words.first { $0.hasPrefix("d") }.map { String($0.dropFirst()) }
        return (participant, delegation)
    }
}

/// The records a picker chooses from, with their folded search keys: the directory's own
/// keys for participants, so that the picker finds what `/` finds.
enum PickerData: Sendable {
    case participants(DirectoryData)
    case organisations(OrganisationData)
    case countries([Country], keys: [String])
    case clauses([Clause], keys: [String])
    case speakers([SpeakerChoice], keys: [String])

    static func speakers(_ invitations: [InvitationListing]) -> PickerData {
        let choices = SpeakerChoice.choices(invitations)
        return .speakers(choices, keys: choices.map { TextFolding.fold($0.name + "\u{1}" + $0.detail) })
    }

    static func countries(_ countries: [Country]) -> PickerData {
        .countries(countries, keys: countries.map { TextFolding.fold([$0.nameEn, $0.nameZh, $0.alpha3, $0.alpha2].joined(separator: "\u{1}")) })
    }

    static func clauses(of documents: [ResolutionDocument]) -> PickerData {
        let clauses = documents.flatMap(\.clauses)
        return .clauses(clauses, keys: clauses.map { TextFolding.fold([$0.key, $0.headingText, $0.text].joined(separator: "\u{1}")) })
    }

    var keys: [String] {
        switch self {
        case let .participants(data): data.keys
        case let .organisations(data): data.keys
        case let .countries(_, keys), let .clauses(_, keys), let .speakers(_, keys): keys
        }
    }

    /// What goes into the form field: a reference the store resolves without doubt.
    func value(_ index: Int) -> String {
        switch self {
        case let .participants(data): "\(data.listings[index].id)"
        case let .organisations(data): "\(data.listings[index].id)"
        case let .countries(countries, _): countries[index].alpha3
        case let .clauses(clauses, _): clauses[index].key
        case let .speakers(choices, _): choices[index].value
        }
    }

    /// What the form field shows once chosen.
    func name(_ index: Int) -> String {
        switch self {
        case let .participants(data):
            let listing = data.listings[index]
            return listing.name + (listing.organisation.map { " (\($0))" } ?? "")
        case let .organisations(data): return data.listings[index].name
        case let .countries(countries, _): return "\(countries[index].nameEn) (\(countries[index].alpha3))"
        case let .clauses(clauses, _): return clauses[index].key
        case let .speakers(choices, _):
            let choice = choices[index]
            return choice.participantId == nil || choice.detail.isEmpty ? choice.name : "\(choice.name) (\(choice.detail))"
        }
    }

    var columns: [TableColumn] {
        switch self {
        case .participants:
            [TableColumn("#", width: .fixed(6), alignment: .right), TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
             TableColumn("Organisation", width: .flexible(minimum: 8, weight: 2)), TableColumn("Email", width: .flexible(minimum: 8, weight: 2))]
        case .organisations:
            [TableColumn("Name", width: .flexible(minimum: 16, weight: 4)), TableColumn("Short", width: .flexible(minimum: 5, weight: 1)),
             TableColumn("Country", width: .fixed(7))]
        case .countries:
            [TableColumn("Code", width: .fixed(5)), TableColumn("Name", width: .flexible(minimum: 12, weight: 3)),
             TableColumn("中文", width: .flexible(minimum: 6, weight: 1))]
        case .clauses:
            [TableColumn("Clause", width: .flexible(minimum: 12, weight: 2)), TableColumn("Text", width: .flexible(minimum: 10, weight: 3))]
        case .speakers:
            [TableColumn("Name", width: .flexible(minimum: 12, weight: 3)), TableColumn("Delegation", width: .flexible(minimum: 10, weight: 2))]
        }
    }

    func cells(_ index: Int) -> [String] {
        switch self {
        case let .participants(data):
            let listing = data.listings[index]
            return ["\(listing.id)", listing.name, listing.organisation ?? "", listing.email ?? ""]
        case let .organisations(data):
            let listing = data.listings[index]
            return [listing.name, listing.shortName ?? "", listing.country ?? ""]
        case let .countries(countries, _):
            return [countries[index].alpha3, countries[index].nameEn, countries[index].nameZh]
        case let .clauses(clauses, _):
            return [clauses[index].key, clauses[index].text]
        case let .speakers(choices, _):
            return [choices[index].name, choices[index].detail]
        }
    }
}
