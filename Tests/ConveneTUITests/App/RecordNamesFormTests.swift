import ConveneCore
import Testing
@testable import ConveneTUI

@Suite("The participant form's Latin name and the organisation form's names in fr, es, ar, ru")
struct RecordNamesFormTests {
    @Test("the Latin name is typed beside the names and saved; the filter finds it")
    func latinName() throws {
        var harness = try AppHarness(screen: .participants)
        try harness.press("aMs<Tab>فاطمة<Tab>السيد<Tab>Fatima El-Sayed<Enter>")
        #expect(harness.app.modal == nil)
        #expect(try harness.store.participants().first?.latinName == "Fatima El-Sayed")
        try harness.press("/el-sayed<Enter>")
        #expect(harness.screen.contains("فاطمة السيد"))
    }

    @Test("the organisation form edits the Arabic name and sends only it")
    func organisationNames() throws {
        let store = try AppHarness.sampleStore()
        var harness = try AppHarness(store: store, screen: .organisations)
        try harness.press("/egypt<Enter>e<Tab><Tab><Tab><Tab><Tab>مصر<Enter>")
        #expect(harness.app.modal == nil)
        let egypt = try #require(try store.organisations(OrganisationQuery(filter: "egypt")).first)
        #expect(egypt.nameAr == "مصر")
        #expect(egypt.nameFr == nil)
    }
}
