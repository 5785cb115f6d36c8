import ConveneCore
import Foundation

/// The forms of the app: which fields each has, how they are checked while typing, and the
/// store request a saved form becomes.
enum Forms {
    // MARK: Inline checks (the same rules and sentences as the store's)

    static func reason(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as ConveneError {
            if let (_, reason) = error.fieldFailure { return reason }
            return error.description
        } catch {
            return "\(error)"
        }
    }

    static let checkEmail: @Sendable (String) -> String? = { text in
        FieldValidation.optionalText(text) == nil ? nil : reason { _ = try FieldValidation.email(text) }
    }

    static let checkCountry: @Sendable (String) -> String? = { text in
        guard let code = FieldValidation.optionalText(text) else { return nil }
        let letters = code.allSatisfy { $0.isASCII && $0.isLetter }
        return letters && (code.count == 2 || code.count == 3) ? nil : "expected an ISO code such as CHN or CN"
    }

    static let checkDateTime: @Sendable (String) -> String? = { text in
        reason { _ = try MeetingTime.parse(text, field: .start) }
    }

    static let checkEnd: @Sendable (String) -> String? = { text in
        guard FieldValidation.optionalText(text) != nil else { return nil }
        let isClock = text.count == 5 && text.dropFirst(2).first == ":"
        return reason { _ = try MeetingTime.parseEnd(text, start: isClock ? "2000-01-01T00:00" : "0000-01-01T00:00") }
    }

    static let checkTimeZone: @Sendable (String) -> String? = { text in
        reason { _ = try FieldValidation.timeZone(text) }
    }

    static let checkLink: @Sendable (String) -> String? = { text in
        FieldValidation.optionalText(text) == nil ? nil : reason { _ = try FieldValidation.link(text) }
    }

    static let checkDate: @Sendable (String) -> String? = { text in
        FieldValidation.optionalText(text) == nil ? nil : reason { _ = try MeetingTime.parseDate(text, field: .due) }
    }

    static let checkMinutes: @Sendable (String) -> String? = { text in
        guard let value = FieldValidation.optionalText(text) else { return nil }
        guard let minutes = Int(value), (0...1440).contains(minutes) else { return "minutes from 0 to 1440" }
        return nil
    }

    /// Shorter than the store's sentence, which would be cut beside the field at 80 columns.
    static let checkSpeakingMinutes: @Sendable (String) -> String? = { text in
        (try? SpeakingBudget.parse(text)) == nil && FieldValidation.optionalText(text) != nil ? "1 to 60 whole minutes" : nil
    }

    static let checkSymbolPattern: @Sendable (String) -> String? = { text in
        FieldValidation.optionalText(text) != nil && (try? DocumentSymbol.parsePattern(text)) == nil ? "{n} once, e.g. {series}/{n}-E" : nil
    }

    static let checkRequired: @Sendable (String) -> String? = { text in
        FieldValidation.optionalText(text) == nil ? "required" : nil
    }

    // MARK: Participant

    static func participant(_ listing: ParticipantListing?) -> FormModel {
        FormModel(title: listing == nil ? "Add participant" : "Edit participant #\(listing?.id ?? 0)",
                  purpose: .participant(id: listing?.id), fields: [
            FormField("honorific", "Honorific", shows: [.honorific], value: listing?.honorific ?? "", hint: "Ms, Mr, Dr"),
            FormField("given", "Given name", shows: [.givenName, .personName], value: listing?.givenName ?? ""),
            FormField("family", "Family name", shows: [.familyName], value: listing?.familyName ?? ""),
            FormField("org", "Organisation", shows: [.organisation], value: listing?.organisation ?? "", picker: .organisation),
            FormField("function", "Function", shows: [.function], value: listing?.function ?? ""),
            FormField("email", "Email", shows: [.email], value: listing?.email ?? "", check: checkEmail),
            FormField("phone", "Phone", shows: [.phone], value: listing?.phone ?? ""),
            FormField("country", "Country", shows: [.country], value: listing?.country ?? "", picker: .country,
                      shown: listing?.countryName.map { "\($0) (\(listing?.country ?? ""))" }),
            FormField("notes", "Notes", shows: [], value: listing?.notes ?? ""),
        ])
    }

    static func participantDraft(_ form: FormModel, isNew: Bool) -> ParticipantDraft {
        ParticipantDraft(honorific: form.changed("honorific", always: isNew), givenName: form.changed("given", always: isNew),
                         familyName: form.changed("family", always: isNew), organisation: form.changed("org", always: isNew),
                         function: form.changed("function", always: isNew), email: form.changed("email", always: isNew),
                         phone: form.changed("phone", always: isNew), country: form.changed("country", always: isNew),
                         notes: form.changed("notes", always: isNew))
    }

    // MARK: Organisation

    static func organisation(_ listing: OrganisationListing?) -> FormModel {
        FormModel(title: listing == nil ? "Add organisation" : "Edit organisation #\(listing?.id ?? 0)",
                  purpose: .organisation(id: listing?.id), fields: [
            FormField("name", "Name", shows: [.organisationName], value: listing?.name ?? "", check: checkRequired),
            FormField("short", "Short name", shows: [.shortName], value: listing?.shortName ?? "", hint: "CEPT"),
            FormField("name-zh", "Chinese name", shows: [.organisationNameZh], value: listing?.nameZh ?? ""),
            FormField("category", "Category", shows: [.category], value: (listing?.category ?? .other).rawValue,
                      choices: StakeholderCategory.allCases.map(\.rawValue)),
            FormField("country", "Country", shows: [.country], value: listing?.country ?? "", picker: .country,
                      shown: listing?.countryName.map { "\($0) (\(listing?.country ?? ""))" }),
        ])
    }

    static func organisationDraft(_ form: FormModel) -> OrganisationDraft {
        OrganisationDraft(name: form.value("name"), category: form.value("category"), shortName: form.value("short"),
                          nameZh: form.value("name-zh"), country: form.value("country"))
    }

    static func organisationEdit(_ form: FormModel) -> OrganisationEdit {
        OrganisationEdit(name: form.changed("name", always: false), category: form.changed("category", always: false),
                         shortName: form.changed("short", always: false), nameZh: form.changed("name-zh", always: false),
                         country: form.changed("country", always: false))
    }

    // MARK: Meeting

    static func meeting(_ meeting: Meeting?, defaultTimeZone: String) -> FormModel {
        FormModel(title: meeting == nil ? "Add meeting" : "Edit meeting #\(meeting?.id ?? 0)",
                  purpose: .meeting(id: meeting?.id), fields: [
            FormField("code", "Code", shows: [.code], value: meeting?.code ?? "", hint: "RD-2027"),
            FormField("title", "Title", shows: [.title], value: meeting?.title ?? "", check: checkRequired),
            FormField("start", "Start", shows: [.start], value: meeting?.start ?? "", hint: MeetingTime.example, check: checkDateTime),
            FormField("end", "End", shows: [.end], value: meeting?.end ?? "", hint: "17:30 or a date-time", check: checkEnd),
            FormField("tz", "Time zone", shows: [.timeZone, .storedTimeZone], value: meeting?.timeZone ?? defaultTimeZone, hint: "Europe/Zurich", check: checkTimeZone),
            FormField("level", "Level", shows: [.level], value: meeting?.level.rawValue ?? MeetingLevel.international.rawValue,
                      choices: MeetingLevel.allCases.map(\.rawValue)),
            FormField("region", "Region", shows: [.region], value: meeting?.region ?? "", choices: [""] + ITURegion.allCases.map(\.rawValue)),
            FormField("venue", "Venue", shows: [.venue], value: meeting?.venue ?? ""),
            FormField("online", "Online link", shows: [.onlineLink], value: meeting?.onlineLink ?? "", hint: "https://", check: checkLink),
            FormField("symbol", "Doc. symbol", shows: [.symbol], value: meeting?.symbol ?? "", hint: "R174-RD"),
            FormField("pattern", "Symbol pattern", shows: [.symbolPattern], value: meeting?.symbolPattern ?? "",
                      hint: "empty: {series}/{n}", check: checkSymbolPattern),
            FormField("speaking", "Speaking time", shows: [.speakingMinutes], value: meeting?.speakingMinutes.map(String.init) ?? "",
                      hint: "minutes per speaker; empty: 3", check: checkSpeakingMinutes),
            FormField("status", "Status", shows: [.status], value: meeting?.status.rawValue ?? MeetingStatus.draft.rawValue,
                      choices: statusChoices(meeting), hint: "minutes-approved: :approve"),
        ])
    }

    /// The statuses the form offers: minutes-approved only by approving the minutes (`:approve`),
    /// and then nothing else until they are reopened.
    static func statusChoices(_ meeting: Meeting?) -> [String] {
        if meeting?.status == .minutesApproved { return [MeetingStatus.minutesApproved.rawValue] }
        return MeetingStatus.allCases.filter { $0 != .minutesApproved }.map(\.rawValue)
    }

    static func meetingDraft(_ form: FormModel, isNew: Bool) -> MeetingDraft {
        func value(_ id: String) -> String? {
            let changed = form.changed(id, always: isNew)
            return isNew && changed?.isEmpty == true ? nil : changed
        }
        return MeetingDraft(code: value("code"), title: value("title"), start: value("start"), end: value("end"),
                            timeZone: value("tz"), level: value("level"), region: value("region"), venue: value("venue"),
                            onlineLink: value("online"), symbol: value("symbol"), status: value("status"),
                            speakingMinutes: value("speaking"), symbolPattern: value("pattern"))
    }

    // MARK: Agenda item

    static func agendaItem(meeting: Int64, row: AgendaRow?, after: String?) -> FormModel {
        FormModel(title: row.map { "Edit item \($0.number)" } ?? "Add agenda item",
                  purpose: .agendaItem(meeting: meeting, number: row?.number, after: after), fields: [
            FormField("title", "Title", shows: [.title], value: row?.title ?? "", check: checkRequired),
            FormField("minutes", "Minutes", shows: [.minutes], value: row?.minutes.map(String.init) ?? "", hint: "allotted, e.g. 20", check: checkMinutes),
            FormField("presenter", "Presenter", shows: [.presenter], value: row?.presenterId.map(String.init) ?? "", picker: .participant,
                      shown: row?.presenter),
            FormField("documents", "Documents", shows: [.document], value: row?.documents.joined(separator: ", ") ?? "",
                      hint: "R174-RD/3, R174-RD/4"),
            FormField("description", "Description", shows: [], value: row?.description ?? ""),
            FormField("speaking", "Speaking time", shows: [.speakingMinutes], value: row?.speakingMinutes.map(String.init) ?? "",
                      hint: "minutes per speaker; empty: the meeting's", check: checkSpeakingMinutes),
        ])
    }

    static func agendaDraft(_ form: FormModel, isNew: Bool, after: String?) -> AgendaItemDraft {
        let minutes = form.changed("minutes", always: isNew).map { Int($0.trimmingCharacters(in: .whitespaces)) ?? 0 }
        let documents = form.changed("documents", always: isNew).map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let presenter = form.changed("presenter", always: isNew)
        return AgendaItemDraft(title: form.changed("title", always: isNew), after: isNew ? after.map(AgendaItemReference.number) : nil,
                               minutes: isNew && minutes == 0 ? nil : minutes,
                               presenter: isNew && presenter?.isEmpty == true ? nil : presenter,
                               documents: documents, description: form.changed("description", always: isNew),
                               speakingMinutes: form.changed("speaking", always: isNew))
    }

    // MARK: Minutes

    static func action(meeting: Int64, item: String) -> FormModel {
        FormModel(title: "Action point under item \(item)", purpose: .action(meeting: meeting, item: item), fields: [
            FormField("text", "Action", shows: [.text], check: checkRequired),
            FormField("owner", "Owner", shows: [.owner], picker: .participant, check: checkRequired),
            FormField("due", "Due", shows: [.due], hint: "YYYY-MM-DD", check: checkDate),
            FormField("clause", "Clause", shows: [.clause], picker: .clause),
        ])
    }

    static func decision(meeting: Int64, item: String) -> FormModel {
        FormModel(title: "Decision under item \(item)", purpose: .decision(meeting: meeting, item: item), fields: [
            FormField("text", "Decision", shows: [.text], check: checkRequired),
        ])
    }

    // MARK: Invitation

    static func invitation(meeting: Int64) -> FormModel {
        FormModel(title: "Invite to the meeting", purpose: .invitation(meeting: meeting), fields: [
            FormField("participant", "Participant", shows: [], picker: .participant, check: checkRequired),
            FormField("role", "Role", shows: [], value: InvitationRole.delegate.rawValue, choices: InvitationRole.allCases.map(\.rawValue)),
            FormField("delegation", "Delegation", shows: [.delegation], hint: "their organisation", picker: .organisation),
        ])
    }

    static func speaker(meeting: Int64, item: String) -> FormModel {
        FormModel(title: "Speaker under item \(item)", purpose: .speaker(meeting: meeting, item: item), fields: [
            FormField("participant", "Participant", shows: [.owner], picker: .participant),
            FormField("delegation", "Delegation", shows: [.delegation], hint: "or only a delegation", picker: .organisation),
        ])
    }

    /// The store request a saved form makes.
    static func request(for form: FormModel) -> WriteRequest {
        switch form.purpose {
        case let .participant(id):
            return .saveParticipant(id: id, participantDraft(form, isNew: id == nil))
        case let .organisation(id):
            guard let id else { return .addOrganisation(organisationDraft(form)) }
            return .editOrganisation(id, organisationEdit(form))
        case let .meeting(id):
            return .saveMeeting(id: id, meetingDraft(form, isNew: id == nil))
        case let .agendaItem(meeting, number, after):
            return .saveAgendaItem(meeting: meeting, number: number, agendaDraft(form, isNew: number == nil, after: after))
        case let .action(meeting, item):
            return .addAction(meeting: meeting, ActionDraft(
                text: form.value("text"), owner: form.value("owner"), item: .number(item),
                due: FieldValidation.optionalText(form.value("due")), clause: FieldValidation.optionalText(form.value("clause"))))
        case let .decision(meeting, item):
            return .addDecision(meeting: meeting, number: item, text: form.value("text"))
        case let .speaker(meeting, item):
            return .addSpeaker(meeting: meeting, number: item, participant: FieldValidation.optionalText(form.value("participant")),
                               delegation: FieldValidation.optionalText(form.value("delegation")))
        case let .invitation(meeting):
            return .inviteOne(meeting: meeting, participant: form.value("participant"), role: InvitationRole(rawValue: form.value("role")),
                              delegation: FieldValidation.optionalText(form.value("delegation")))
        }
    }
}
