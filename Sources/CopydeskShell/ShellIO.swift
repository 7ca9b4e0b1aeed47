/// The terminal as a command sees it: output, the pager, `$EDITOR`, a pre-filled next line, a question.
///
/// `TerminalShell` gives the interactive implementation; script mode and tests pass their own.
public protocol ShellIO: AnyObject {
    /// Writes text as it is (the caller ends lines).
    func write(_ text: String)
    /// Shows a long text, through `$PAGER` when it is longer than the screen.
    func page(_ text: String)
    /// Opens `$VISUAL`/`$EDITOR` on `text`; nil when the editor failed or the text came back unchanged.
    /// `fileExtension` (such as `md`) lets the editor pick its syntax.
    func editText(_ text: String, fileExtension: String) -> String?
    /// Starts the next line with `text`, so the editor changes it in place (control characters replaced).
    func prefill(_ text: String)
    /// Asks a yes/no question; the default answer is no.
    func confirm(_ question: String) -> Bool
}
