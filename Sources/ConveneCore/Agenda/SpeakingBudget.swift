/// How long each speaker may speak on an agenda item: the item's own budget, else the
/// meeting's default, else three minutes (what chairs of these dialogues usually allow).
public enum SpeakingBudget {
    public static let fallbackMinutes = 3
    /// A longer turn is a presentation, which the agenda item's own minutes cover.
    public static let maximumMinutes = 60

    public static func minutes(item: AgendaItem?, meeting: Meeting) -> Int {
        item?.speakingMinutes ?? meeting.speakingMinutes ?? fallbackMinutes
    }

    /// Reads a budget as typed: a whole number of minutes from 1 to 60; empty clears it (nil).
    public static func parse(_ text: String) throws -> Int? {
        guard let trimmed = FieldValidation.optionalText(text) else { return nil }
        guard let minutes = Int(trimmed), (1...maximumMinutes).contains(minutes) else {
            throw ConveneError.invalid(field: .speakingMinutes, value: trimmed,
                                       reason: "speaking time out of range (whole minutes, 1 to \(maximumMinutes))")
        }
        return minutes
    }
}
