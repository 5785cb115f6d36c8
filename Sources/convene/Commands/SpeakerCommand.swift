import ArgumentParser
import ConveneCore
import Foundation

struct SpeakerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker", abstract: "Run an agenda item's speakers' list.",
        subcommands: [Add.self, Next.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a speaker at the end of an item's list; prints its id.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments
        @Option(parsing: .unconditional, help: ArgumentHelp("Who speaks: participant id, email or name.", valueName: "participant"))
        var participant: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("For which delegation: organisation id, name or ISO code.", valueName: "org"))
        var delegation: String?

        func validate() throws {
            if participant == nil && delegation == nil { throw ValidationError("Give --participant, --delegation or both.") }
        }

        func run() throws {
            print(try store.open().addSpeaker(meeting: .text(item.meeting), item: item.item,
                                              participant: participant.map(RecordReference.text),
                                              delegation: delegation.map(RecordReference.text)))
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give the floor to the next speaker; the one speaking stops. Prints who speaks now.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var item: AgendaItemArguments

        func run() throws {
            if let speaker = try store.open().nextSpeaker(meeting: .text(item.meeting), item: item.item) {
                print(Output.singleLine(speaker.name))
            } else {
                Output.notice("the speakers' list is done")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the speakers of a meeting, or of one item, with how long each spoke and the speaking time in force.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Meeting id, code or title words.") var meeting: String
        @Argument(help: "Only this item's (its number).") var number: String?

        func run() throws {
            let rows = try store.open().speakers(meeting: .text(meeting), item: number.map(AgendaItemReference.number))
            if output.json {
                let now = Date()
                return try Output.json(rows.map { SpeakerJSON($0, now: now) })
            }
            Output.table(["ID", "ITEM", "SPEAKER", "DELEGATION", "STATE", "TIME", "BUDGET"], empty: "no speakers listed", rows.map { row in
                let time = row.seconds().map { String(format: "%d:%02d", $0 / 60, $0 % 60) } ?? ""
                return ["\(row.id)", row.itemNumber, row.name, row.delegation ?? "", row.state.rawValue, time, "\(row.budgetMinutes) min"]
            })
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a speaker off the list.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The speaker's id, as speaker list shows it.") var id: Int64

        func run() throws {
            try store.open().removeSpeaker(id)
        }
    }
}
