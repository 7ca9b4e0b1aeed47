import Foundation
import CopydeskCore

/// Runs commands from a script (or piped standard input) through a session, one line at a time.
///
/// `rewrite SECTION` without inline text takes the lines that follow, up to a line holding only
/// `.`; a line starting with `..` stands for one starting with `.`. Each logged command is
/// acknowledged as `[SEQ] message` only after it is on disk.
public struct SessionScript {
    /// Where the script came from, for messages (`script.txt`, `<stdin>`).
    public var name: String
    public var keepGoing: Bool
    /// Commands handled outside the desk (e.g. `ai …`): return a reply to take the line, nil to pass it on.
    public var intercept: ((String) -> SessionController.Reply?)?

    public init(name: String, keepGoing: Bool = false, intercept: ((String) -> SessionController.Reply?)? = nil) {
        self.name = name
        self.keepGoing = keepGoing
        self.intercept = intercept
    }

    /// How a script run ended.
    public struct Outcome: Sendable, Hashable {
        /// Commands that failed (with --keep-going, all of them; otherwise at most one).
        public var failures: Int
        /// Commands that were logged.
        public var logged: Int

        public init(failures: Int, logged: Int) {
            self.failures = failures
            self.logged = logged
        }
    }

    /// Runs every line from `nextLine` until it returns nil, or until the first error unless `keepGoing`.
    /// `out` receives acknowledgements and output, `err` error messages.
    public func run(
        _ session: SessionController, nextLine: () -> String?, out: (String) -> Void, err: (String) -> Void
    ) -> Outcome {
        var number = 0
        var outcome = Outcome(failures: 0, logged: 0)
        func readLine() -> String? {
            guard let line = nextLine() else { return nil }
            number += 1
            return line
        }
        while let line = readLine() {
            let start = number
            // `quit` (or `exit`) ends a script as it ends the shell; what is unsaved stays in the log.
            if ["quit", "exit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) {
                if session.hasUnsavedChanges {
                    err("\(name):\(start): note: leaving with unsaved changes; they are in the log (`save` writes the post)")
                }
                return outcome
            }
            var reply = intercept?(line) ?? session.run(line)
            if let request = reply.textRequest {
                var text: [String] = []
                var ended = false
                while let next = readLine() {
                    if next == "." { ended = true; break }
                    text.append(next.hasPrefix("..") ? String(next.dropFirst()) : next)
                }
                guard ended else {
                    err("\(name):\(start): error: rewrite \(request.section.rawValue): the text must end with a line holding only '.'")
                    outcome.failures += 1
                    return outcome
                }
                reply = session.run(line, text: text.joined(separator: "\n"))
            }
            if reply.isError {
                err("\(name):\(start): error: \(reply.text)")
                outcome.failures += 1
                if !keepGoing { return outcome }
            } else if let seq = reply.seq {
                outcome.logged += 1
                out("[\(seq)] \(reply.text)")
            } else if !reply.text.isEmpty {
                out(reply.text)
            }
        }
        return outcome
    }
}
