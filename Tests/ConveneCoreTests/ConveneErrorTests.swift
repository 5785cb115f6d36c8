import Testing
@testable import ConveneCore

@Test("an invalid value names its field in words and the value")
func invalidMessage() {
    let error = ConveneError.invalid(field: .country, value: "ZZZ", reason: "unknown country code")
    #expect(error.description == "unknown country code 'ZZZ' for country")
}

@Test("a front end names the field its own way, and a parenthesised hint follows the field")
func invalidMessageNamedByCaller() {
    let error = ConveneError.invalid(field: .timeZone, value: "Mars/Olympus",
                                     reason: "unknown time zone (use an IANA name such as Europe/Zurich)")
    #expect(error.message(naming: { $0 == .timeZone ? "--tz" : "?" })
        == "unknown time zone 'Mars/Olympus' for --tz (use an IANA name such as Europe/Zurich)")
}
