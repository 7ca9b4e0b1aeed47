import Foundation

/// The interactive loop: reads a line, hands it to the host, shows what came back, until the editor leaves.
///
/// It is also the `ShellIO` the host's commands write through, so `preview` pages, `rewrite` opens
/// `$EDITOR` and `edit N` pre-fills the next line.
public final class TerminalShell: ShellIO {
    public let reader: LineReader
    public let host: ShellHost
    /// Colours the prompt: on when the output is a terminal and `NO_COLOR` is unset or empty.
    public var colour: Bool
    public var editor: ExternalEditor
    public var pager: Pager
    private var warnedAboutHistory = false

    public init(host: ShellHost, reader: LineReader = LineReader(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.host = host
        self.reader = reader
        self.colour = reader.isInteractive && (environment["NO_COLOR"] ?? "").isEmpty
        self.editor = ExternalEditor(environment: environment)
        self.pager = Pager(environment: environment)
        reader.completion = { [unowned host] before in
            switch host.complete(line: before) {
            case .words(let words): words.map { Completer.Candidate(word: $0) }
            case .path: Completer.pathCandidates(typed: Completer.typedWord(before))
            }
        }
    }

    /// Runs until `quit` or Ctrl-D (confirmed when there are unsaved changes).
    public func run() {
        while true {
            switch reader.readLine(prompt: host.prompt().rendered(colour: colour)) {
            case .interrupted:
                continue
            case .end:
                // Piped input that ends cannot be asked anything; the log already holds every change.
                if !reader.isInteractive || mayLeave() { return }
            case .line(let line):
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                remember(String(line.reversed().drop(while: \.isWhitespace).reversed()))
                if host.execute(line, io: self) == .quit, mayLeave() { return }
            }
        }
    }

    /// True when nothing is unsaved, or the editor says to leave anyway.
    func mayLeave() -> Bool {
        !host.hasUnsavedChanges || confirm("The post has unsaved changes (`save` writes it). Leave anyway?")
    }

    private func remember(_ line: String) {
        do {
            try reader.addHistory(line)
        } catch {
            // Said once: a read-only home should not drown every command in warnings.
            if !warnedAboutHistory { write("warning: \(error.message)\n") }
            warnedAboutHistory = true
        }
    }

    // MARK: ShellIO

    /// Writes `text`, without the control characters a tweet or a model's answer could carry (`TerminalText.displayable`).
    public func write(_ text: String) {
        reader.write(TerminalText.displayable(text))
    }

    public func page(_ text: String) {
        let text = TerminalText.displayable(text)
        let body = text.hasSuffix("\n") ? text : text + "\n"
        let size = reader.screenSize
        if reader.isInteractive, Pager.needsPaging(body, rows: size.rows - 1, columns: size.columns),
           pager.show(body) {
            return
        }
        write(body)
    }

    public func editText(_ text: String, fileExtension: String) -> String? {
        guard reader.isInteractive else { return nil }
        do {
            return try editor.edit(text, fileExtension: fileExtension)
        } catch {
            write("\(error.message)\n")
            return nil
        }
    }

    public func prefill(_ text: String) {
        reader.prefill(text)
    }

    public func confirm(_ question: String) -> Bool {
        while true {
            switch reader.readLine(prompt: "\(question) [y/N] ") {
            case .line(let answer):
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes": return true
                case "", "n", "no": return false
                default: write("Answer y or n.\n")
                }
            case .interrupted, .end:
                return false
            }
        }
    }
}
