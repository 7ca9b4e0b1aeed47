/// What the shell drives: the session controller, one line at a time.
///
/// The shell owns the terminal (line editing, history, prompt, pager, `$EDITOR`); the host owns
/// the session (commands, the log, the draft). The host reaches the terminal only through the
/// `ShellIO` it is handed, so script mode and tests can hand it another one.
public protocol ShellHost: AnyObject {
    /// The facts the prompt shows, read before every line.
    func prompt() -> ShellPrompt
    /// What the word before the cursor may become; `line` is the text before the cursor.
    func complete(line: String) -> ShellCompletion
    /// Runs one line (never blank) and says whether the session goes on.
    func execute(_ line: String, io: ShellIO) -> ShellOutcome
    /// True when leaving now would lose work the editor expects to keep (the post is not saved).
    var hasUnsavedChanges: Bool { get }
}

/// What a line comes to.
public enum ShellOutcome: Sendable, Hashable {
    case proceed
    /// The editor asked to leave (`quit`); the shell confirms first when there are unsaved changes.
    case quit
}

/// Candidates for the word before the cursor.
public enum ShellCompletion: Sendable, Hashable {
    /// Whole words that may replace the typed word (already matching it, or to be filtered).
    case words([String])
    /// A file path is expected: the shell completes from the file system.
    case path
}
