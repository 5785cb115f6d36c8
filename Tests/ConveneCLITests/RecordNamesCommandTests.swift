import Foundation
import Testing

@Suite("--latin-name and the organisation names in fr, es, ar, ru on the real binary")
struct RecordNamesCommandTests {
    @Test("participant add --latin-name: show, JSON, filter and the minutes export")
    func latinName() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let id = try convene.ok("participant", "add", "--honorific", "Ms", "--given", "فاطمة", "--family", "السيد",
                                "--org", "EGY", "--latin-name", "Fatima El-Sayed")
        let shown = try #require(try convene.json("participant", "show", id, "--json") as? [String: Any])
        #expect(shown["latin_name"] as? String == "Fatima El-Sayed")
        #expect(shown["country"] as? String == "EGY")
        #expect(try convene.ok("participant", "show", id).contains("Latin name:"))
        #expect(try convene.ok("participant", "list", "--filter", "el-sayed").contains("السيد"))
        _ = try convene.ok("meeting", "add", "--code", "RD", "--title", "Dialogue", "--start", "2027-03-02T09:30", "--tz", "Africa/Cairo")
        _ = try convene.ok("invite", "RD", id, "--role", "chair")
        let minutes = try convene.ok("export", "minutes", "RD", "--date", "2027-03-03")
        #expect(minutes.contains("**Chair:** Ms Fatima El-Sayed (فاطمة السيد) (Egypt)"))
        _ = try convene.ok("participant", "edit", id, "--latin-name", "")
        #expect((try #require(try convene.json("participant", "show", id, "--json") as? [String: Any]))["latin_name"] is NSNull)
    }

    @Test("org add|edit --name-fr/es/ar/ru: show, JSON; an empty value clears")
    func organisationNames() throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        let id = try convene.ok("org", "add", "--name", "Arab Telecommunication Union", "--category", "regional-organization",
                                "--name-fr", "Union arabe des télécommunications", "--name-ar", "الاتحاد العربي للاتصالات",
                                "--name-ru", "Арабский союз электросвязи")
        _ = try convene.ok("org", "edit", id, "--name-es", "Unión Árabe de Telecomunicaciones", "--name-ru", "")
        let shown = try #require(try convene.json("org", "show", id, "--json") as? [String: Any])
        #expect(shown["name_fr"] as? String == "Union arabe des télécommunications")
        #expect(shown["name_es"] as? String == "Unión Árabe de Telecomunicaciones")
        #expect(shown["name_ar"] as? String == "الاتحاد العربي للاتصالات")
        #expect(shown["name_ru"] is NSNull)
        #expect(try convene.ok("org", "show", id).contains("Arabic name:"))
        #expect(try convene.ok("org", "list", "--filter", "unión árabe").contains("Arab Telecommunication Union"))
    }

    @Test("a name on two lines is refused, naming the option; nothing written", arguments: [
        (["participant", "edit", "1", "--latin-name", "Fatima\nEl-Sayed"], "--latin-name"),
        (["org", "edit", "EGY", "--name-ar", "مصر\nالعربية"], "--name-ar"),
    ])
    func refused(arguments: [String], flag: String) throws {
        let convene = try ConveneProcess()
        defer { convene.cleanUp() }
        _ = try convene.ok("participant", "add", "--given", "Omar", "--family", "Hassan")
        let before = try #require(FileManager.default.contents(atPath: convene.defaultDatabase))
        let result = try convene.run(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("convene: ") && result.stderr.contains(flag))
        #expect(FileManager.default.contents(atPath: convene.defaultDatabase) == before)
    }
}
