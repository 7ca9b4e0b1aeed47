internal import CEditLine
import Foundation

/// Reads lines from the terminal with libedit: editing, history, TAB completion, a coloured prompt.
///
/// Owns the `EditLine` and `History` handles and frees them in `deinit`. When standard input or
/// output is not a terminal it reads plain lines instead (libedit would read a byte per system call
/// and show no prompt). One reader at a time: libedit's signal handling is process-wide.
public final class LineReader {
    /// What one read came to.
    public enum Input: Sendable, Hashable {
        case line(String)
        /// Ctrl-C: the line was dropped; the session goes on.
        case interrupted
        /// Ctrl-D on an empty line, or the end of piped input.
        case end
    }

    /// True when libedit drives a terminal; false when lines are read plainly.
    public let isInteractive: Bool
    /// Candidates for TAB, given the text before the cursor.
    public var completion: ((String) -> [Completer.Candidate])?
    /// The history, kept only when libedit runs (scripts do not fill it).
    public let history: HistoryStore?

    private var editor: OpaquePointer?
    private let plainRead: () -> String?
    private let plainWrite: (String) -> Void
    var promptBuffer: UnsafeMutablePointer<CChar>?
    private var pendingPrefill: String?
    /// The terminal width the line was last drawn at (the terminal re-wrapped it since a resize).
    var drawnColumns = 80

    /// - Parameters:
    ///   - historyPath: the history file, loaded now and rewritten after every line; nil keeps none.
    ///   - interactive: force plain reading with false; by default libedit runs when both standard
    ///     input and output are terminals.
    public init(program: String = "copydesk", historyPath: String? = HistoryFile.path(), interactive: Bool? = nil) {
        self.isInteractive = interactive ?? (isatty(0) == 1 && isatty(1) == 1)
        plainRead = { Swift.readLine(strippingNewline: true) }
        plainWrite = { copydesk_stdout_write($0) }
        guard isInteractive else {
            history = nil
            return
        }
        TerminalLocale.setUp()
        let history = HistoryStore(path: historyPath)
        self.history = history
        editor = copydesk_el_init(program)
        guard let editor else { return }
        copydesk_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        copydesk_el_set_prompt(editor, LineReader.promptCallback, CChar(1))
        copydesk_el_set_editor(editor, "emacs")
        // Without EL_SIGNAL a fatal signal leaves the terminal raw.
        copydesk_el_set_signal(editor, 1)
        copydesk_el_set_history(editor, history.handle)
        // libedit counts a wide character as one column when it inserts or deletes characters in
        // place, so the cursor ended a column off after inserting before, or deleting, a Chinese
        // character or an emoji: without the insert and delete capabilities it redraws the rest
        // of the line instead, which it measures right.
        for capability in ["im", "ic", "IC", "ei", "dc", "DC", "dm", "ed"] { copydesk_el_settc(editor, capability, "") }
        // ~/.editrc first: its `bind -v` would reset the bindings below.
        el_source(editor, nil)
        bindKeys(editor)
        catchSignals(editor)
    }

    /// A reader without a terminal, over given line input and output (for scripts and tests).
    public init(read: @escaping () -> String?, write: @escaping (String) -> Void) {
        isInteractive = false
        history = nil
        plainRead = read
        plainWrite = write
    }

    deinit {
        // The editor goes first: it refers to the history.
        if let editor { el_end(editor) }
        free(promptBuffer)
        if isInteractive {
            copydesk_default_signal(SIGINT)
            copydesk_default_signal(SIGWINCH)
        }
    }

    /// Reads one line (without its newline). `prompt` may hold escapes between `\u{1}` markers.
    public func readLine(prompt: String) -> Input {
        guard let editor else {
            return plainRead().map(Input.line) ?? .end
        }
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        if let text = pendingPrefill {
            pendingPrefill = nil
            el_push(editor, TerminalText.replacingControlCharacters(text))
        }
        var count: Int32 = 0
        markReadingThread()
        drawnColumns = screenSize.columns
        copydesk_clear_errno()
        guard let raw = el_gets(editor, &count) else {
            if copydesk_errno() == EINTR {
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Starts the next line with `text` (control characters become spaces: libedit would run them as keys).
    public func prefill(_ text: String) {
        pendingPrefill = text
    }

    /// Adds a line to the history and rewrites the history file.
    public func addHistory(_ line: String) throws(HistoryError) {
        try history?.add(line)
    }

    /// Text written straight to the terminal (flushed, in order with libedit's own output).
    public func write(_ text: String) {
        plainWrite(text)
    }

    /// The terminal's rows and columns (24×80 when unknown).
    public var screenSize: (rows: Int, columns: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        copydesk_window_size(1, &rows, &columns)
        return (rows > 0 ? Int(rows) : 24, columns > 0 ? Int(columns) : 80)
    }
}
