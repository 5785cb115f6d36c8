/// Something that happens to a program: a key, a new terminal size, a timer tick, or an
/// event of the app's own (usually the result of an effect coming back).
public enum Event<AppEvent> {
    case key(Key)
    case resize(Size)
    case tick
    case app(AppEvent)
}

extension Event: Equatable where AppEvent: Equatable {}
extension Event: Sendable where AppEvent: Sendable {}

/// An Elm-style program: state, `update` that turns an event into new state plus effects to
/// perform, and `view` that draws the state. `update` and `view` do no input or output, which
/// is what makes every screen testable as text; effects (database writes, `$EDITOR`, exports)
/// are performed by the caller's effect hook, whose results come back as `.app` events.
public protocol TerminalProgram {
    associatedtype AppEvent
    associatedtype Effect

    /// Draws the whole screen. Set `cursor` on the buffer to show the terminal cursor.
    func view(size: Size) -> ScreenBuffer
    /// Handles one event and returns the effects to perform, in order.
    mutating func update(_ event: Event<AppEvent>) -> [Effect]
    /// True once the program wants the run loop to stop.
    var isFinished: Bool { get }
    /// Effects that can wait until the screen is drawn, such as loading the rest of a long
    /// list after its first rows; asked for after each frame (and, headless, after each event).
    mutating func deferredEffects() -> [Effect]
}

extension TerminalProgram {
    public mutating func deferredEffects() -> [Effect] { [] }
}

public enum ProgramRunner {
    /// Feeds one event to the program, performs the effects it asks for with `perform`, and
    /// feeds back the events those produce, until nothing is left or the program finishes.
    public static func deliver<P: TerminalProgram>(
        _ event: Event<P.AppEvent>,
        to program: inout P,
        perform: (P.Effect) throws -> [P.AppEvent]
    ) rethrows {
        var pending: [Event<P.AppEvent>] = [event]
        while !pending.isEmpty, !program.isFinished {
            let next = pending.removeFirst()
            for effect in program.update(next) {
                pending += try perform(effect).map { Event.app($0) }
            }
        }
    }

    /// Performs the program's deferred effects, and any they lead to, until there are none;
    /// returns true if there were some.
    @discardableResult
    public static func performDeferred<P: TerminalProgram>(
        _ program: inout P,
        perform: (P.Effect) throws -> [P.AppEvent]
    ) rethrows -> Bool {
        var performed = false
        while !program.isFinished {
            let effects = program.deferredEffects()
            guard !effects.isEmpty else { break }
            performed = true
            for effect in effects {
                for event in try perform(effect) { try deliver(.app(event), to: &program, perform: perform) }
            }
        }
        return performed
    }

    /// Runs a program without a terminal: sends `.resize(size)` and then each key, and returns
    /// the last screen. This is what snapshot tests and `convene snapshot --keys` use.
    public static func headless<P: TerminalProgram>(
        _ program: inout P,
        size: Size,
        keys: [Key],
        perform: (P.Effect) throws -> [P.AppEvent]
    ) rethrows -> ScreenBuffer {
        try deliver(.resize(size), to: &program, perform: perform)
        try performDeferred(&program, perform: perform)
        for key in keys where !program.isFinished {
            try deliver(.key(key), to: &program, perform: perform)
            try performDeferred(&program, perform: perform)
        }
        return program.view(size: size)
    }
}
