import Testing
@testable import ConveneTUI

@Suite("The status line")
struct StatusLineTests {
    @Test("the database path is shown from ~ with the home directory the app was given, not the environment's")
    func homeIsPassedIn() {
        let path = "/home/ana/.local/share/convene/convene.sqlite"
        var app = ConveneApp(databasePath: path, home: "/home/ana")
        _ = app.update(.resize(Size(width: 100, height: 24)))
        #expect(app.view(size: Size(width: 100, height: 24)).lines().last?.contains("~/.local/share/convene/convene.sqlite") == true)
        let elsewhere = ConveneApp(databasePath: path, home: "/home/bo")
        #expect(elsewhere.view(size: Size(width: 100, height: 24)).lines().last?.contains(path) == true)
    }
}
