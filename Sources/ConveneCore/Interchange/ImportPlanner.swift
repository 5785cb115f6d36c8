import Foundation
import GRDB

extension Store {
    /// Reads, checks and previews a participants CSV file against one read of the database;
    /// writes nothing. A file that cannot be read as CSV at all (empty, binary, no name
    /// column) throws; a bad row becomes an `error` row of the preview. `progress` is told
    /// how many rows have been checked.
    public func planParticipantImport(csv data: Data, source: String,
                                      options: ParticipantImportOptions = ParticipantImportOptions(),
                                      progress: ProgressHandler? = nil) throws -> ParticipantImportPlan {
        try planParticipantImport(text: try CSVText.decode(data, path: source), source: source, options: options, progress: progress)
    }

    /// `planParticipantImport(csv:)` of a file already decoded by `CSVText.decode`, so that
    /// the caller can let go of the file's bytes while the rows are planned.
    public func planParticipantImport(text: String, source: String,
                                      options: ParticipantImportOptions = ParticipantImportOptions(),
                                      progress: ProgressHandler? = nil) throws -> ParticipantImportPlan {
        let delimiter = options.delimiter ?? CSVDelimiter.detect(in: text[...])
        // The rows are read one at a time while they are planned, never all held at once.
        var rows = CSVReader(text, delimiter: delimiter)
        let rowCount: Int
        let mapping: HeaderMapping
        let header: CSVRecord
        do {
            // Counting first finds a quoted cell that is never closed before anything else.
            let recordCount = try CSVReader.count(text, delimiter: delimiter)
            guard recordCount > 0, let first = try rows.next() else {
                throw ConveneError.invalid(field: .importFile, value: source, reason: "empty file: a CSV file starts with a header row")
            }
            header = first
            rowCount = recordCount - 1
            mapping = try HeaderMapping(header: header.cells, withMeeting: options.meeting != nil, rows: rows)
        } catch ConveneError.invalid(field: .importFile, value: let value, reason: let reason) where value != source {
            // The reader and the header mapping know the line or the column, not the file.
            let place = value.hasPrefix("line ") ? "\(source) \(value)" : "\(source), header '\(value)'"
            throw ConveneError.invalid(field: .importFile, value: place, reason: reason)
        }
        return try read { db in
            var planner = try ImportPlanner(db, header: header.cells, mapping: mapping, options: options, rowCount: rowCount)
            var checked = 0
            while let record = try rows.next() {
                planner.plan(record)
                checked += 1
                progress?(checked, rowCount)
            }
            return ParticipantImportPlan(
                source: source, delimiter: delimiter, rows: planner.rows, totals: planner.totals,
                unknownColumns: mapping.unknown, ignoredColumns: mapping.ignoredInvitationColumns,
                meetingName: planner.meeting.map { $0.code ?? $0.title },
                writes: planner.writes, invitations: planner.invitationWrites, newOrganisations: planner.newOrganisations, meetingId: planner.meeting?.id,
                dataVersion: try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0)
        }
    }
}

/// Why a row cannot be imported, and the column at fault.
private struct RowFailure: Error {
    var column: ParticipantColumn?
    var reason: String
}

/// Plans the rows one by one against the directory read once into dictionaries, so that a
/// file of 100,000 rows is checked in a second or two.
private struct ImportPlanner {
    let header: [String]
    let mapping: HeaderMapping
    let clearEmpty: Bool
    let meeting: Meeting?

    private var participants: [Participant]
    private var byEmail: [String: Int] = [:]
    private var byName: [String: [Int]] = [:]
    /// The ids of the organisations of each (lowercased) name, short name or Chinese name.
    private var organisationIdsByName: [String: [Int64]] = [:]
    private var memberStateByCountry: [String: Int64] = [:]
    private var countryOfMemberState: [Int64: String] = [:]
    private var countryByName: [String: String] = [:]
    private var invitations: [Int64: Invitation] = [:]

    private(set) var newOrganisations: [Organisation] = []
    private var newOrganisationByName: [String: Int] = [:]
    private var seenEmails: [String: Int] = [:]
    private var seenNames: [String: Int] = [:]

    private(set) var rows: [ImportRowPreview] = []
    private(set) var writes: [PlannedWrite] = []
    private(set) var invitationWrites: [PlannedInvitation] = []
    private(set) var totals = ImportTotals()

    init(_ db: Database, header: [String], mapping: HeaderMapping, options: ParticipantImportOptions, rowCount: Int) throws {
        self.header = header
        // Reserved once: arrays that double as they grow hold twice their size for a moment.
        rows.reserveCapacity(rowCount)
        writes.reserveCapacity(rowCount)
        seenEmails.reserveCapacity(rowCount)
        seenNames.reserveCapacity(rowCount)
        self.mapping = mapping
        clearEmpty = options.clearEmpty
        meeting = try options.meeting.map { try MeetingReference.resolve($0, db) }
        participants = try Participant.fetchAll(db)
        for (index, participant) in participants.enumerated() {
            if let email = participant.email { byEmail[email.lowercased()] = index }
            byName[Self.nameKey(participant.givenName, participant.familyName,
                                participant.organisationId.map(PlannedOrganisation.existing) ?? .absent), default: []].append(index)
        }
        var organisationsByName: [String: [Organisation]] = [:]
        for organisation in try Organisation.fetchAll(db) {
            for name in [organisation.name, organisation.shortName, organisation.nameZh].compactMap({ $0 }) where !name.isEmpty {
                organisationsByName[name.lowercased(), default: []].append(organisation)
            }
            if organisation.category == .memberState, let country = organisation.country, let id = organisation.id,
               memberStateByCountry[country] == nil {
                memberStateByCountry[country] = id
            }
            if organisation.category == .memberState, let id = organisation.id { countryOfMemberState[id] = organisation.country }
        }
        // Grouped once here rather than for every row that names the organisation.
        organisationIdsByName = organisationsByName.mapValues { Dictionary(grouping: $0, by: \.id).keys.compactMap { $0 }.sorted() }
        for country in try Country.fetchAll(db) {
            for name in [country.alpha3, country.alpha2, country.nameEn, country.nameZh] {
                countryByName[TextFolding.fold(name)] = country.alpha3
            }
        }
        if let meetingId = meeting?.id {
            for invitation in try Invitation.filter(Column("meetingId") == meetingId).fetchAll(db) {
                invitations[invitation.participantId] = invitation
            }
        }
    }

    mutating func plan(_ record: CSVRecord) {
        let organisationsBefore = newOrganisations.count
        do {
            let preview = try planRow(record)
            rows.append(preview)
            totals[preview.status] += 1
        } catch let failure as RowFailure {
            // A failed row's new organisation is not created.
            for organisation in newOrganisations[organisationsBefore...] {
                newOrganisationByName[organisation.name.lowercased()] = nil
            }
            newOrganisations.removeSubrange(organisationsBefore...)
            rows.append(ImportRowPreview(
                line: record.line, status: .error,
                name: PersonName.display(honorific: nil, given: text(.givenName, record) ?? "", family: text(.familyName, record) ?? ""),
                email: text(.email, record).flatMap { $0.isEmpty ? nil : $0 },
                column: failure.column.flatMap { mapping.columns[$0] }.map { header[$0] }, reason: failure.reason))
            totals.error += 1
        } catch {
            rows.append(ImportRowPreview(line: record.line, status: .error, name: "", reason: "\(error)"))
            totals.error += 1
        }
    }

    /// The cell of `column`, trimmed and with formula neutralisation taken off; nil when the
    /// file has no such column.
    private func text(_ column: ParticipantColumn, _ record: CSVRecord) -> String? {
        guard let index = mapping.columns[column], index < record.cells.count else { return nil }
        return FormulaGuard.restore(ImportText.trimmed(record.cells[index]))
    }

    /// What the row says for an optional field: `.some(nil)` clears (with --clear-empty),
    /// nil keeps the stored value.
    private func value(_ column: ParticipantColumn, _ record: CSVRecord,
                       _ check: (String) throws -> String) throws -> String?? {
        guard let cell = text(column, record) else { return nil }
        if cell.isEmpty { return clearEmpty ? .some(nil) : nil }
        do {
            return .some(try check(cell))
        } catch let error as ConveneError {
            throw RowFailure(column: column, reason: Self.reason(error))
        }
    }

    private mutating func planRow(_ record: CSVRecord) throws -> ImportRowPreview {
        guard record.cells.count == header.count else {
            throw RowFailure(column: nil, reason: "\(record.cells.count) cells where the header has \(header.count) (a ragged row)")
        }
        let honorific = try value(.honorific, record) { try ImportText.singleLine($0, field: .honorific) }
        let given = try value(.givenName, record) { try ImportText.singleLine($0, field: .givenName) }
        let family = try value(.familyName, record) { try ImportText.singleLine($0, field: .familyName) }
        let function = try value(.function, record) { try ImportText.singleLine($0, field: .function) }
        let email = try value(.email, record) { try ImportText.email($0) }
        let phone = try value(.phone, record) { try ImportText.singleLine($0, field: .phone) }
        let notes = try value(.notes, record) { try StoredText.check($0, field: .text) }
        let country = try value(.country, record) { name in
            guard let code = countryByName[TextFolding.fold(name)] else {
                throw ConveneError.invalid(field: .country, value: name, reason: "unknown country (an ISO code or an English or Chinese name)")
            }
            return code
        }
        let category = try value(.category, record) { try StakeholderCategory.parse($0).rawValue }
        let organisation: PlannedOrganisation? = try text(.organisation, record).flatMap { name in
            if name.isEmpty { return clearEmpty ? PlannedOrganisation.absent : nil }
            return (try self.organisation(name, category: category ?? nil, column: .organisation))
        }

        // Who the row is: by email, else by name and organisation.
        let rowEmail = email ?? nil
        var existing: Participant?
        if let rowEmail {
            let key = ImportText.lowercased(rowEmail)
            if let line = seenEmails[key] { throw RowFailure(column: .email, reason: "the same email as line \(line) (a duplicate row)") }
            seenEmails[key] = record.line
            existing = byEmail[key].map { participants[$0] }
        } else {
            let key = Self.nameKey((given ?? nil) ?? "", (family ?? nil) ?? "", organisation ?? .absent)
            if let line = seenNames[key] {
                throw RowFailure(column: nil, reason: "the same name and organisation as line \(line) (a duplicate row)")
            }
            seenNames[key] = record.line
            if let matches = byName[key] {
                if matches.count > 1 {
                    throw RowFailure(column: nil, reason: """
                        matches \(matches.count) participants of that name and organisation \
                        (\(matches.map { "#\(participants[$0].id ?? 0)" }.joined(separator: ", "))); add an email column
                        """)
                }
                existing = participants[matches[0]]
            }
        }
        var participant = existing ?? Participant(givenName: "", familyName: "")
        var plannedOrganisation = participant.organisationId.map(PlannedOrganisation.existing) ?? .absent
        func set(_ keyPath: WritableKeyPath<Participant, String?>, _ value: String??) {
            if let value { participant[keyPath: keyPath] = value }
        }
        set(\.honorific, honorific)
        if let given { participant.givenName = given ?? "" }
        if let family { participant.familyName = family ?? "" }
        set(\.function, function)
        // The stored spelling stays when only the case differs: addresses match without it.
        if (email ?? nil).map(ImportText.lowercased) != participant.email.map(ImportText.lowercased) { set(\.email, email) }
        set(\.phone, phone)
        set(\.country, country)
        set(\.notes, notes)
        if let organisation { plannedOrganisation = organisation }
        guard !participant.givenName.isEmpty || !participant.familyName.isEmpty else {
            throw RowFailure(column: mapping.columns[.givenName] != nil ? .givenName : .familyName,
                             reason: "a participant needs a given or a family name; both are empty")
        }
        switch plannedOrganisation {
        case let .existing(id): participant.organisationId = id
        case .absent: participant.organisationId = nil
        case .new: participant.organisationId = nil
        }
        // A Member State's delegate without a country of their own is of that State (`Store.fillCountry`).
        if participant.country == nil, let id = participant.organisationId { participant.country = countryOfMemberState[id] }

        var changes: [String] = []
        if let existing {
            changes = Self.changedColumns(existing, participant, newOrganisation: plannedOrganisation)
        }
        let invitation = try plannedInvitation(record, participantId: existing?.id, organisation: plannedOrganisation, &changes)
        let status: ImportRowStatus = existing == nil ? .new : (changes.isEmpty ? .unchanged : .update)
        if status != .unchanged {
            writes.append(PlannedWrite(participant: participant, organisation: plannedOrganisation,
                                       participantChanged: existing == nil || changes.contains { !ParticipantColumn.invitation.map(\.rawValue).contains($0) }))
            if var invitation {
                invitation.write = writes.count - 1
                invitationWrites.append(invitation)
            }
        }
        return ImportRowPreview(line: record.line, status: status, name: participant.displayName, email: participant.email,
                                changes: status == .update ? changes : [])
    }

    private static func changedColumns(_ old: Participant, _ new: Participant, newOrganisation: PlannedOrganisation) -> [String] {
        var columns: [ParticipantColumn] = []
        if old.honorific != new.honorific { columns.append(.honorific) }
        if old.givenName != new.givenName { columns.append(.givenName) }
        if old.familyName != new.familyName { columns.append(.familyName) }
        if case .new = newOrganisation { columns.append(.organisation) } else if old.organisationId != new.organisationId {
            columns.append(.organisation)
        }
        if old.function != new.function { columns.append(.function) }
        if old.email != new.email { columns.append(.email) }
        if old.phone != new.phone { columns.append(.phone) }
        if old.country != new.country { columns.append(.country) }
        if old.notes != new.notes { columns.append(.notes) }
        return columns.map(\.rawValue)
    }

    /// The invitation to the meeting the rows are imported into, if any: a new one with the
    /// row's role, delegation (else the participant's organisation) and reply, or the stored
    /// one with the row's values.
    private mutating func plannedInvitation(_ record: CSVRecord, participantId: Int64?, organisation: PlannedOrganisation,
                                            _ changes: inout [String]) throws -> PlannedInvitation? {
        guard let meetingId = meeting?.id else { return nil }
        let role = try value(.role, record) { try InvitationRole.parseToken($0, field: .status, what: "role").rawValue }
        let reply = try value(.reply, record) { try Reply.parseToken($0, field: .status, what: "reply").rawValue }
        let attendance = try value(.attendance, record) { try Attendance.parseToken($0, field: .status, what: "attendance").rawValue }
        let delegation: PlannedOrganisation? = try text(.delegation, record).flatMap { name in
            if name.isEmpty { return clearEmpty ? PlannedOrganisation.absent : nil }
            return (try self.organisation(name, category: nil, column: .delegation, creating: false))
        }
        let stored = participantId.flatMap { invitations[$0] }
        var invitation = stored ?? Invitation(meetingId: meetingId, participantId: participantId ?? 0)
        var plannedDelegation = stored.map { $0.delegationId.map(PlannedOrganisation.existing) ?? .absent } ?? organisation
        if let role { invitation.role = role.flatMap(InvitationRole.init(rawValue:)) ?? .delegate }
        if let reply { invitation.reply = reply.flatMap(Reply.init(rawValue:)) ?? .invited }
        if let attendance { invitation.attendance = attendance.flatMap(Attendance.init(rawValue:)) }
        if let delegation { plannedDelegation = delegation }
        if case let .existing(id) = plannedDelegation { invitation.delegationId = id } else { invitation.delegationId = nil }
        guard let stored else {
            if participantId != nil { changes.append("invited") }
            return PlannedInvitation(invitation: invitation, delegation: plannedDelegation)
        }
        var invitationChanges: [ParticipantColumn] = []
        if stored.role != invitation.role { invitationChanges.append(.role) }
        if case .new = plannedDelegation { invitationChanges.append(.delegation) } else if stored.delegationId != invitation.delegationId {
            invitationChanges.append(.delegation)
        }
        if stored.reply != invitation.reply { invitationChanges.append(.reply) }
        if stored.attendance != invitation.attendance { invitationChanges.append(.attendance) }
        changes += invitationChanges.map(\.rawValue)
        return invitationChanges.isEmpty ? nil : PlannedInvitation(invitation: invitation, delegation: plannedDelegation)
    }

    /// An organisation by name, short name or Chinese name; a Member State also by its
    /// country's ISO code or name. An unknown one is created (category from the row, else
    /// `other`), unless it names a delegation.
    private mutating func organisation(_ name: String, category: String?, column: ParticipantColumn,
                                       creating: Bool = true) throws -> PlannedOrganisation {
        let key = name.lowercased()
        if let distinct = organisationIdsByName[key] {
            if distinct.count == 1 { return .existing(distinct[0]) }
            throw RowFailure(column: column, reason: "'\(name)' matches several organisations (\(distinct.map { "#\($0)" }.joined(separator: ", ")))")
        }
        if let index = newOrganisationByName[key] { return .new(index) }
        if let country = countryByName[TextFolding.fold(name)], let id = memberStateByCountry[country] { return .existing(id) }
        guard creating else { throw RowFailure(column: column, reason: "unknown organisation '\(name)'") }
        do {
            let checked = try FieldValidation.singleLine(name, field: .organisationName)
            newOrganisations.append(Organisation(name: checked, category: try category.map { try StakeholderCategory.parse($0) } ?? .other))
        } catch let error as ConveneError {
            throw RowFailure(column: column, reason: Self.reason(error))
        }
        newOrganisationByName[key] = newOrganisations.count - 1
        return .new(newOrganisations.count - 1)
    }

    private static func nameKey(_ given: String, _ family: String, _ organisation: PlannedOrganisation) -> String {
        let organisationKey: String
        switch organisation {
        case .absent: organisationKey = ""
        case let .existing(id): organisationKey = "#\(id)"
        case let .new(index): organisationKey = "new \(index)"
        }
        return given.lowercased() + "\u{1F}" + family.lowercased() + "\u{1F}" + organisationKey
    }

    /// The error's sentence without "for <field>": the preview names the column beside it.
    private static func reason(_ error: ConveneError) -> String {
        let marker = "\u{1}"
        return error.message(naming: { _ in marker }).replacingOccurrences(of: " for \(marker)", with: "")
    }
}
