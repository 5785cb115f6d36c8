import ConveneCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Benchmarks that measure real work on realistic data and print figures; they never pass or
// fail. Run with: swift build -c release && .build/release/convene-benchmark
// [all | minutes-export | directory-100k | long-notes] [--runs N] [--keep] [--only GROUP (all)] [--db PATH (all, directory-100k: reuse a
// kept database)] [--json PATH (all: where the figures go, default benchmark-results.json)]

let arguments = CommandLine.arguments.dropFirst()
/// The value after `name` on the command line.
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
}
let runs = option("--runs").flatMap { Int($0) } ?? 20
let which = arguments.first { !$0.hasPrefix("-") && Int($0) == nil && $0 != option("--db") && $0 != option("--json") } ?? "minutes-export"
/// `--keep` leaves the generated database in place (its path is printed) for profiling.
let keep = arguments.contains("--keep")

let executableFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let convene = executableFolder.appendingPathComponent("convene")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let reference = ReferenceData(directory: packageRoot.appendingPathComponent("Data"))

switch which {
case "minutes-export":
    try minutesExport()
case "directory-100k":
    try directory100k()
case "long-notes":
    try longNotes()
case "all":
    try suite()
default:
    print("unknown benchmark '\(which)'; known: all, minutes-export, directory-100k, long-notes")
    exit(64)
}
