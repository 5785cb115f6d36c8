import Testing
@testable import ConveneTUI

/// A counter whose "save" effect comes back as an event, like a database write would.
private struct Counter: TerminalProgram {
    enum AppEvent: Equatable { case saved(Int) }
    enum Effect: Equatable { case save(Int) }

    var count = 0
    var saved: [Int] = []
    var size = Size(width: 0, height: 0)
    var isFinished = false

    mutating func update(_ event: Event<AppEvent>) -> [Effect] {
        switch event {
        case let .resize(newSize): size = newSize
        case .key(.character("+")): count += 1; return [.save(count)]
        case .key(.character("q")): isFinished = true
        case let .app(.saved(value)): saved.append(value)
        default: break
        }
        return []
    }

    func view(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        buffer.write("count \(count) saved \(saved.map(String.init).joined(separator: ","))", at: Point(x: 0, y: 0))
        return buffer
    }
}

@Suite("Program runner")
struct ProgramTests {
    @Test("effects are performed and their results come back as events")
    func effectsComeBack() throws {
        var program = Counter()
        var performed: [Counter.Effect] = []
        let screen = try ProgramRunner.headless(&program, size: Size(width: 30, height: 2), keys: Key.sequence("++")) { effect in
            performed.append(effect)
            guard case let .save(value) = effect else { return [] }
            return [.saved(value)]
        }
        #expect(performed == [.save(1), .save(2)])
        #expect(screen.lines() == ["count 2 saved 1,2", ""])
        #expect(program.size == Size(width: 30, height: 2))
    }

    @Test("keys after the program finishes are not delivered")
    func stopsWhenFinished() throws {
        var program = Counter()
        _ = try ProgramRunner.headless(&program, size: Size(width: 10, height: 1), keys: Key.sequence("+q++")) { _ in [] }
        #expect(program.count == 1)
        #expect(program.isFinished)
    }

    @Test("the missing-terminal error says what is wrong")
    func noTerminalMessage() {
        #expect("\(TUIError.noTerminal("standard input is not a terminal"))"
            == "convene needs an interactive terminal: standard input is not a terminal")
    }
}
