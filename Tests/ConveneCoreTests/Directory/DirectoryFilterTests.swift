import ConveneTestSupport
import Testing
@testable import ConveneCore

@Suite("The directory filter")
struct DirectoryFilterTests {
    static func directory() throws -> Store {
        let store = try TestSupport.memoryStore()
        _ = try store.addParticipant(ParticipantDraft(givenName: "João", familyName: "São Paulo", organisation: "BRA", email: "joao@anatel.gov.br"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "太郎", familyName: "山田", organisation: "JPN", country: "JPN"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Zoë", familyName: "Łukasiewicz", organisation: "CEPT", country: "POL"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Amina", familyName: "Diallo", organisation: "SEN", email: "a.diallo@artp.sn"))
        return store
    }

    func names(_ store: Store, _ query: String) throws -> [String] {
        try store.participants(filter: query).map(\.name)
    }

    @Test("the keys folded for a whole directory are each participant's own search key")
    func keysForAWholeDirectory() throws {
        let store = try Self.directory()
        _ = try store.addParticipant(ParticipantDraft(honorific: "Dr", givenName: "Søren", familyName: "Brandt", organisation: "CEPT",
                                                      function: "Chair", country: "DNK"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "Noé", familyName: "Sans Organisation"))
        _ = try store.addParticipant(ParticipantDraft(givenName: "", familyName: "王", organisation: "CHN", email: "wang@example.cn"))
        let listings = try store.participants()
        #expect(DirectoryFilter.searchKeys(listings) == listings.map(DirectoryFilter.searchKey))
    }

    @Test("the directory preview is its first rows in directory order, with the count of all")
    func preview() throws {
        let store = try Self.directory()
        let (firstRows, total) = try store.participantsPreview(limit: 2)
        #expect(total == 4)
        #expect(firstRows == Array(try store.participants().prefix(2)))
    }

    @Test("sao finds São, ignoring case and accents")
    func accents() throws {
        let store = try Self.directory()
        #expect(try names(store, "sao") == ["João São Paulo"])
        #expect(try names(store, "JOAO") == ["João São Paulo"])
        #expect(try names(store, "lukasiewicz zoe") == ["Zoë Łukasiewicz"])
    }

    @Test("太郎 finds 山田太郎, and the whole name written without a space matches too")
    func cjk() throws {
        let store = try Self.directory()
        #expect(try names(store, "太郎") == ["山田太郎"])
        #expect(try names(store, "山田太郎") == ["山田太郎"])
        #expect(try names(store, "日本") == ["山田太郎"])
    }

    @Test("organisation, email and country are searched")
    func otherFields() throws {
        let store = try Self.directory()
        #expect(try names(store, "cept") == ["Zoë Łukasiewicz"])
        #expect(try names(store, "artp.sn") == ["Amina Diallo"])
        #expect(try names(store, "senegal") == ["Amina Diallo"])
        #expect(try names(store, "pol") == ["Zoë Łukasiewicz"])
        #expect(try names(store, "japan") == ["山田太郎"])
    }

    @Test("an empty query keeps everyone; a query matching nothing keeps no one")
    func edges() throws {
        let store = try Self.directory()
        #expect(try names(store, "  ").count == 4)
        #expect(try names(store, "zzzz").isEmpty)
    }

    @Test("precomputed keys give the same result as computing them on the fly")
    func precomputedKeys() throws {
        let store = try Self.directory()
        let all = try store.participants()
        let keys = all.map(DirectoryFilter.searchKey)
        #expect(DirectoryFilter.matching(all, query: "sao", keys: keys) == DirectoryFilter.matching(all, query: "sao"))
    }
}
