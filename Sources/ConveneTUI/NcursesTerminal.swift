// The only file that talks to ncurses. It knows screen buffers, keys and events, and
// nothing about meetings.

import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal reports between frames.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
}

/// A real terminal driven by wide-character ncurses. Create one, draw buffers into it, read
/// events, and call `restore()` (or let it deinitialise) when done. Only one may exist.
public final class NcursesTerminal {
    public struct Options: Sendable {
        /// Use colours when the terminal has them; `NO_COLOR` (non-empty) turns them off.
        public var allowsColor: Bool
        /// How long ncurses waits after Esc for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int32

        public init(allowsColor: Bool = true, escapeDelayMilliseconds: Int32 = 25) {
            self.allowsColor = allowsColor
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    public private(set) var size: Size
    public let usesColor: Bool
    /// False in a non-UTF-8 locale: text outside ASCII is then drawn as `?`.
    public let isUnicode: Bool
    private var screen: OpaquePointer?
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    /// What the terminal shows now; nil forces a full redraw.
    private var shown: ScreenBuffer?
    private var cursorVisible: Bool?

    /// Takes over the terminal on standard input and output. Throws `TUIError.noTerminal`
    /// with a sentence for the user when there is none (pipes, unknown `TERM`).
    public init(options: Options = Options()) throws(TUIError) {
        guard isatty(STDIN_FILENO) == 1 else { throw TUIError.noTerminal("standard input is not a terminal") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TUIError.noTerminal("standard output is not a terminal") }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw TUIError.noTerminal("TERM is not set")
        }
        guard term != "dumb" else { throw TUIError.noTerminal("TERM=dumb cannot move the cursor") }
        setlocale(LC_ALL, "")
        isUnicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"

        // Duplicates, so closing them on restore leaves the process's stdin/stdout open.
        guard let output = fdopen(dup(STDOUT_FILENO), "w"), let input = fdopen(dup(STDIN_FILENO), "r") else {
            throw TUIError.noTerminal("cannot open the terminal (\(String(cString: strerror(errno))))")
        }
        self.output = output
        self.input = input
        // Installed before newterm so that ncurses keeps ours instead of adding its own.
        cn_install_termination_handlers()
        guard let screen = newterm(nil, output, input) else {
            fclose(output)
            fclose(input)
            throw TUIError.noTerminal("the terminal type '\(term)' is unknown to terminfo")
        }
        self.screen = screen
        set_escdelay(options.escapeDelayMilliseconds)
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        usesColor = options.allowsColor && noColor.isEmpty && has_colors()
        size = Size(width: Int(cn_getmaxx(cn_stdscr())), height: Int(cn_getmaxy(cn_stdscr())))
        if usesColor { Self.setUpColors() }
        atexit { if !isendwin() { endwin() } }
    }

    deinit {
        restore()
    }

    /// Gives the terminal back: normal mode, cursor shown, screen as the shell left it.
    /// Safe to call more than once.
    public func restore() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        fclose(output)
        fclose(input)
    }

    // MARK: Drawing

    /// Shows a buffer, sending only the cells that differ from what is on screen, and places
    /// the cursor (visible only when the buffer has one).
    public func draw(_ buffer: ScreenBuffer) {
        guard screen != nil else { return }
        let window = cn_stdscr()
        let runs: [ChangedRun]
        if let shown {
            runs = buffer.changes(from: shown)
        } else {
            clearok(window, true)
            runs = buffer.changes(from: ScreenBuffer(size: Size(width: 0, height: 0)))
        }
        for run in runs where run.row < size.height {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                let x = run.column + offset
                guard x < size.width else { break }
                put(cell, y: Int32(run.row), x: Int32(x), window: window)
            }
        }
        if let cursor = buffer.cursor, Rect(size: size).contains(cursor) {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
        wrefresh(window)
        shown = buffer
    }

    /// Forgets what is on screen so the next `draw` repaints everything (e.g. after Ctrl-L).
    public func invalidate() {
        shown = nil
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    private func put(_ cell: Cell, y: Int32, x: Int32, window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = cursesAttributes(for: cell.style)
        guard isUnicode else {
            if let line = Self.lineDrawing[cell.character] {
                mvwaddch(window, y, x, line() | attributes | cn_color_pair(Int32(pair)))
                return
            }
            let ascii: Character = cell.character.isASCII ? cell.character : "?"
            putScalars(Array(ascii.unicodeScalars), attributes: attributes, pair: pair, y: y, x: x, window: window)
            for offset in 1..<max(1, cell.width) {
                putScalars(["?"], attributes: attributes, pair: pair, y: y, x: x + Int32(offset), window: window)
            }
            return
        }
        // Every code point of the cluster, in order, one spacing character per ncurses cell with
        // the marks that follow it ("ष्ण" is ष+् then ण). The layout measured the cluster as the
        // C library does, so the pieces fill exactly the cells it was given.
        if let pieces = Self.cellPieces(of: cell.character, wcwidth: { Int(cn_wcwidth($0.value)) }),
           pieces.reduce(0, { $0 + $1.width }) == cell.width {
            var column = x
            for piece in pieces {
                guard putScalars(piece.scalars, attributes: attributes, pair: pair, y: y, x: column, window: window) else { break }
                column += Int32(piece.width)
            }
            if column == x + Int32(cell.width) { return }
        }
        // The C library knows the character differently (an older Unicode, an unassigned code
        // point): draw something of the width the layout expects, so nothing after it moves.
        putScalars([SafeText.replacement.unicodeScalars.first ?? "?"], attributes: attributes, pair: pair, y: y, x: x, window: window)
        for offset in 1..<max(1, cell.width) {
            putScalars([" "], attributes: attributes, pair: pair, y: y, x: x + Int32(offset), window: window)
        }
    }

    /// The most code points an ncurses cell (`cchar_t`) holds: one spacing, the rest marks.
    static let codePointsPerCell = 5

    /// How a grapheme cluster is drawn: one piece per ncurses cell, each a spacing code point
    /// and the zero-width ones that follow it, with the piece's width as `wcwidth` gives it.
    /// Nil when the cluster starts with a zero-width code point or `wcwidth` does not know one.
    ///
    /// A zero-width joiner in front of a spacing code point is left out: terminals disagree on
    /// whether the next emoji then shares its cell (tmux 3.3 draws a whole family in 2 columns,
    /// xterm each person in 2), and ncurses, which cannot know, would lose track of the cursor
    /// for the rest of the row. Without it a family shows as its people side by side,
    /// everywhere the same. Marks beyond what a cell holds are dropped.
    static func cellPieces(of character: Character, wcwidth: (Unicode.Scalar) -> Int)
        -> [(scalars: [Unicode.Scalar], width: Int)]? {
        let scalars = Array(character.unicodeScalars)
        var pieces: [(scalars: [Unicode.Scalar], width: Int)] = []
        for (index, scalar) in scalars.enumerated() {
            let width = wcwidth(scalar)
            if width < 0 { return nil }
            if width > 0 {
                pieces.append(([scalar], width))
                continue
            }
            if scalar.value == 0x200D, index + 1 < scalars.count, wcwidth(scalars[index + 1]) > 0 { continue }
            guard let last = pieces.indices.last else { return nil }
            if pieces[last].scalars.count < codePointsPerCell { pieces[last].scalars.append(scalar) }
        }
        return pieces
    }

    /// Box-drawing characters as the terminal's line-drawing set, for non-UTF-8 locales.
    private static let lineDrawing: [Character: @Sendable () -> chtype] = [
        "─": cn_acs_hline, "│": cn_acs_vline, "┌": cn_acs_ulcorner, "┐": cn_acs_urcorner,
        "└": cn_acs_llcorner, "┘": cn_acs_lrcorner,
    ]

    @discardableResult
    private func putScalars(_ scalars: [Unicode.Scalar], attributes: attr_t, pair: Int16, y: Int32, x: Int32,
                            window: UnsafeMutablePointer<WINDOW>?) -> Bool {
        var characters = scalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        guard setcchar(&complex, characters, attributes, pair, nil) != ERR else { return false }
        // Writing the bottom-right cell reports ERR because the cursor cannot advance, yet
        // the cell is drawn; only a failed setcchar means the character was refused.
        mvwadd_wch(window, y, x, &complex)
        return true
    }

    // MARK: Colours

    private static let roles: [ColorRole] = ColorRole.allCases

    private static func setUpColors() {
        start_color()
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let foregroundDefault: Int16 = background == -1 ? -1 : Int16(COLOR_WHITE)
        for (index, role) in roles.enumerated() {
            let (foreground, back): (Int16, Int16)
            switch role {
            case .header: (foreground, back) = (Int16(COLOR_CYAN), background)
            case .selection: (foreground, back) = (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
            case .warning: (foreground, back) = (Int16(COLOR_YELLOW), background)
            case .error: (foreground, back) = (Int16(COLOR_RED), background)
            case .muted: (foreground, back) = (foregroundDefault, background)
            case .accent: (foreground, back) = (Int16(COLOR_GREEN), background)
            }
            init_pair(Int16(index + 1), foreground, back)
        }
    }

    private func cursesAttributes(for style: Style) -> (attr_t, Int16) {
        var attributes = style.attributes
        var pair: Int16 = 0
        if let role = style.role {
            if usesColor, let index = Self.roles.firstIndex(of: role) {
                pair = Int16(index + 1)
                switch role {
                case .header, .warning, .error: attributes.insert(.bold)
                case .muted: attributes.insert(.dim)
                case .selection, .accent: break
                }
            } else {
                attributes.formUnion(role.monochromeAttributes)
            }
        }
        var result = cn_a_normal()
        if attributes.contains(.bold) { result |= cn_a_bold() }
        if attributes.contains(.reverse) { result |= cn_a_reverse() }
        if attributes.contains(.underline) { result |= cn_a_underline() }
        if attributes.contains(.dim) { result |= cn_a_dim() }
        return (result, pair)
    }

    // MARK: Input

    /// Waits up to `timeout` (forever when nil) for a key or a resize. Returns nil on timeout,
    /// on input that means nothing, or when a signal interrupted the wait.
    public func readEvent(timeout: Duration?) -> TerminalEvent? {
        guard screen != nil else { return nil }
        let window = cn_stdscr()
        if let timeout {
            let (seconds, attoseconds) = timeout.components
            let milliseconds = max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
            wtimeout(window, Int32(clamping: milliseconds))
        } else {
            wtimeout(window, -1)
        }
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        let raw: RawKeyInput
        switch status {
        case OK: raw = .character(UInt32(character))
        case KEY_CODE_YES: raw = .keyCode(Int32(bitPattern: UInt32(character)))
        default: return nil
        }
        switch KeyInput.decode(raw) {
        case let .key(key): return .key(key)
        case .resize:
            size = Size(width: Int(cn_getmaxx(window)), height: Int(cn_getmaxy(window)))
            shown = nil
            return .resize(size)
        case .ignored: return nil
        }
    }

    /// Restores the terminal and ends the process with the default action of a termination
    /// signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) if one arrived since the last check.
    public func handlePendingSignal() {
        let signal = cn_take_pending_signal()
        guard signal != 0 else { return }
        restore()
        cn_reraise_with_default_action(signal)
    }

    // MARK: Running other programs

    /// Leaves curses mode while `body` runs (for `$EDITOR`), then returns to it and redraws.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        guard screen != nil else { return try body() }
        def_prog_mode()
        endwin()
        defer {
            reset_prog_mode()
            let window = cn_stdscr()
            size = Size(width: Int(cn_getmaxx(window)), height: Int(cn_getmaxy(window)))
            shown = nil
            cursorVisible = nil
            wrefresh(window)
        }
        return try body()
    }

    // MARK: Run loop

    /// Runs an Elm-style program until it finishes: sends it the initial size, then every key,
    /// resize and (with `tickInterval`) tick; after each event performs its effects through
    /// `perform` (which may call `suspend` on the terminal it is given) and feeds the events
    /// they return back into `update`; redraws only after something happened.
    public func run<P: TerminalProgram>(
        _ program: inout P,
        tickInterval: Duration? = nil,
        perform: (P.Effect, NcursesTerminal) throws -> [P.AppEvent]
    ) rethrows {
        let clock = ContinuousClock()
        let idlePoll = Duration.milliseconds(250)
        try ProgramRunner.deliver(.resize(size), to: &program) { try perform($0, self) }
        var nextTick = tickInterval.map { clock.now.advanced(by: $0) }
        var needsDraw = true
        while !program.isFinished {
            if needsDraw {
                draw(program.view(size: size))
                needsDraw = try ProgramRunner.performDeferred(&program) { try perform($0, self) }
                if needsDraw { continue }
            }
            var wait = idlePoll
            if let nextTick { wait = min(idlePoll, max(.zero, clock.now.duration(to: nextTick))) }
            let event = readEvent(timeout: wait)
            handlePendingSignal()
            switch event {
            case let .key(key):
                try ProgramRunner.deliver(.key(key), to: &program) { try perform($0, self) }
                needsDraw = true
            case let .resize(newSize):
                try ProgramRunner.deliver(.resize(newSize), to: &program) { try perform($0, self) }
                needsDraw = true
            case nil:
                break
            }
            if let tick = nextTick, let tickInterval, clock.now >= tick {
                nextTick = clock.now.advanced(by: tickInterval)
                try ProgramRunner.deliver(.tick, to: &program) { try perform($0, self) }
                needsDraw = true
            }
        }
    }
}
