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
    public let historyPath: String?

    private var editor: OpaquePointer?
    private var history: OpaquePointer?
    var promptBuffer: UnsafeMutablePointer<CChar>?
    private var pendingPrefill: String?

    /// - Parameters:
    ///   - historyPath: the history file, loaded now and rewritten after every line; nil keeps none.
    ///   - interactive: force plain reading with false; by default libedit runs when both standard
    ///     input and output are terminals.
    public init(program: String = "copydesk", historyPath: String? = HistoryFile.path(), interactive: Bool? = nil) {
        self.historyPath = historyPath
        self.isInteractive = interactive ?? (isatty(0) == 1 && isatty(1) == 1)
        guard isInteractive else { return }
        TerminalLocale.setUp()
        history = history_init()
        if let history {
            copydesk_history_setsize(history, 1000)
            copydesk_history_setunique(history, 1)
            if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
                copydesk_history_load(history, historyPath)
            }
        }
        editor = copydesk_el_init(program)
        guard let editor else { return }
        copydesk_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        copydesk_el_set_prompt(editor, LineReader.promptCallback, CChar(1))
        copydesk_el_set_editor(editor, "emacs")
        // Without EL_SIGNAL a fatal signal leaves the terminal raw; it also redraws on SIGWINCH.
        copydesk_el_set_signal(editor, 1)
        if let history { copydesk_el_set_history(editor, history) }
        // Some terminals leave the cursor a column off when inserting before a wide character:
        // without insert capabilities libedit redraws the rest of the line instead.
        for capability in ["im", "ic", "IC"] { copydesk_el_settc(editor, capability, "") }
        // ~/.editrc first: its `bind -v` would reset the bindings below.
        el_source(editor, nil)
        bindKeys(editor)
        // Ctrl-C interrupts the blocking read (no SA_RESTART), so el_gets returns with EINTR.
        copydesk_catch_signal(SIGINT, LineReader.interruptHandler)
        copydesk_unblock_signal(SIGINT)
    }

    deinit {
        if let editor { el_end(editor) }
        if let history { history_end(history) }
        free(promptBuffer)
        if isInteractive { copydesk_default_signal(SIGINT) }
    }

    /// Reads one line (without its newline). `prompt` may hold escapes between `\u{1}` markers.
    public func readLine(prompt: String) -> Input {
        guard let editor else {
            return Swift.readLine(strippingNewline: true).map(Input.line) ?? .end
        }
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        if let text = pendingPrefill {
            pendingPrefill = nil
            el_push(editor, TerminalText.replacingControlCharacters(text))
        }
        var count: Int32 = 0
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
        guard let history, !line.allSatisfy(\.isWhitespace) else { return }
        copydesk_history_enter(history, line)
        try saveHistory()
    }

    /// Writes the history to a temporary file beside the history file, then renames it into place,
    /// so a crash never leaves a truncated history.
    public func saveHistory() throws(HistoryError) {
        guard let history, let historyPath else { return }
        try Self.save(history, to: historyPath)
    }

    /// Text written straight to the terminal (flushed, in order with libedit's own output).
    public func write(_ text: String) {
        copydesk_stdout_write(text)
    }

    /// The terminal's rows and columns (24×80 when unknown).
    public var screenSize: (rows: Int, columns: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        copydesk_window_size(1, &rows, &columns)
        return (rows > 0 ? Int(rows) : 24, columns > 0 ? Int(columns) : 80)
    }

    static func save(_ history: OpaquePointer, to path: String) throws(HistoryError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateFolder(folder)
        }
        let temporary = path + ".tmp-\(getpid())"
        guard copydesk_history_save(history, temporary) >= 0 else {
            unlink(temporary)
            throw .cannotWrite(path)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .cannotWrite(path)
        }
    }
}

/// Why the history could not be kept.
public enum HistoryError: Error, Equatable, Sendable {
    case cannotCreateFolder(String)
    case cannotWrite(String)

    public var message: String {
        switch self {
        case .cannotCreateFolder(let folder): "cannot create the history folder \(folder); history is not kept."
        case .cannotWrite(let path): "cannot write the history file \(path); check its folder's permissions."
        }
    }
}
