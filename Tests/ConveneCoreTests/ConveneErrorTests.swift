import Testing
@testable import ConveneCore

@Test("an invalid value names its field and value")
func invalidMessage() {
    let error = ConveneError.invalid(field: "--country", value: "ZZZ", reason: "unknown country code")
    #expect(error.description == "unknown country code 'ZZZ' for --country")
}
