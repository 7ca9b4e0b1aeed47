import Foundation

/// Shows long text through `$PAGER` (default `less -R`) when it does not fit on the screen.
public struct Pager: Sendable {
    public var command: String

    public init(command: String) {
        self.command = command
    }

    /// `$PAGER`, or `less -R` when it is unset or empty.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let named = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 }
        self.command = named ?? "less -R"
    }

    /// True when `text` takes more rows than the screen leaves below the prompt (lines wrap at `columns`).
    public static func needsPaging(_ text: String, rows: Int, columns: Int) -> Bool {
        var used = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            used += max(1, (TerminalText.width(String(line)) + columns - 1) / max(columns, 1))
            if used >= rows { return true }
        }
        return false
    }

    /// Pipes `text` into the pager and waits; false when the pager could not run.
    @discardableResult
    public func show(_ text: String) -> Bool {
        let status = TerminalState.preserving { Subprocess.run(command, input: text) }
        return status == 0
    }
}
