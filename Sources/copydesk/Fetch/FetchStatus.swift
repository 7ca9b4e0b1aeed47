import ArgumentParser
import CopydeskFetch
import Foundation

/// What `fetch` tells the editor on standard error: one updating line on a terminal, plain lines
/// otherwise, nothing but errors under `--quiet`.
final class FetchStatus: @unchecked Sendable {
    private let quiet: Bool
    private let isTerminal = isatty(2) == 1
    private let lock = NSLock()
    /// Whether the terminal's last line is a progress line still to be ended.
    private var lineOpen = false
    /// Whether a rate-limit wait has been announced since the last page.
    private var waiting = false

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func show(_ event: Fetcher.Event) {
        switch event {
        case .resumed(let progress):
            say("continuing the fetch in this folder: \(progress.line)", transient: false)
        case .unknownAccounts(let handles):
            say("not X accounts, left out: \(handles.map { "@\($0)" }.joined(separator: ", "))", transient: false)
        case .page(let progress):
            say(progress.line, transient: true)
        case .waiting(.rateLimit(let seconds)):
            // A countdown on a terminal; elsewhere only its start.
            let first = lock.withLock { () -> Bool in
                defer { waiting = true }
                return !waiting
            }
            guard isTerminal || first else { return }
            say("rate-limited by X: waiting \(seconds) s for the limit to reset (Ctrl-C stops, keeping the pages so far)", transient: true)
        case .waiting(.retry(let reason, let attempt, let seconds)):
            say("\(reason): retrying in \(seconds) s (attempt \(attempt + 1))", transient: true)
        }
        if case .page = event { lock.withLock { waiting = false } }
    }

    /// Ends the progress line (it stays on the screen) and says where the pages are.
    func finish(_ state: FetchState, folder: String) {
        endLine()
        say("done: \(state.pages) page\(state.pages == 1 ? "" : "s"), \(state.tweets) tweets in \(folder)", transient: false)
    }

    /// Ends the command with the error's message (and exit status 130 for Ctrl-C).
    func fail(_ error: Error, folder: String, pages: Int) -> Never {
        endLine()
        let kept = "\(pages) page\(pages == 1 ? "" : "s") kept in \(folder)"
        if let error = error as? FetchError, error == .cancelled {
            write("copydesk: stopped; \(kept): run the same command to continue\n")
            Foundation.exit(130)
        }
        write("copydesk: error: \(error)\(pages > 0 ? " (\(kept))" : "")\n")
        Foundation.exit(1)
    }

    private func say(_ text: String, transient: Bool) {
        guard !quiet else { return }
        lock.withLock {
            if isTerminal {
                write("\r\u{1B}[2K" + text + (transient ? "" : "\n"))
                lineOpen = transient
            } else {
                write(text + "\n")
            }
        }
    }

    private func endLine() {
        lock.withLock {
            if lineOpen { write("\n") }
            lineOpen = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
