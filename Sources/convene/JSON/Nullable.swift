/// A field of convene's JSON that is always present: `null` when it has no value, and
/// `null` rather than `""` for empty text, so scripts test one thing (`. == null`) and
/// never meet a missing key. See convene(5), JSON OUTPUT.
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue, (wrappedValue as? String)?.isEmpty != true {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
