import CopydeskCore
import CopydeskStore

/// `why N`, `preview` and `diff`: commands that show the session without changing it (nothing is
/// logged), with the same output in the shell and in scripts.
enum LookCommands {
    /// What one of them printed; `pages` when the shell shows it through `$PAGER`.
    struct Output: Equatable {
        var text: String
        var pages: Bool
    }

    /// Runs `line` when it is `why N`, `preview` or `diff`; nil for any other line. A failure is a
    /// reply marked as an error, as the session controller gives.
    static func run(
        _ line: String, session: SessionController, render: (Draft, [String: Tweet]) throws -> String
    ) -> Result<Output, Failure>? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first?.lowercased(), ["why", "preview", "diff"].contains(name) else { return nil }
        let draft = session.desk.draft
        switch (name, words.count) {
        case ("why", 2):
            // `why 3` explains a point, `why R7` a reserve story (as `points` lists them).
            let word = words[1]
            let digits = Command.reserveDigits(word)
            let reserve = digits != nil
            guard let n = Int(digits ?? word[...]) else {
                return .failure(Failure("why: '\(word)' is not a point number or a reserve item (R7)"))
            }
            do {
                let text = reserve ? try ScoreExplanation.text(draft, reserve: n) : try ScoreExplanation.text(draft, point: n)
                return .success(Output(text: text, pages: false))
            } catch {
                return .failure(Failure(error.description))
            }
        case ("diff", 1):
            // The automatic draft is the bottom of the undo stack (the draft itself before any change).
            let original = session.desk.state.undoStack.first ?? draft
            return .success(Output(text: DraftDiff.text(from: original, to: draft), pages: true))
        case ("preview", 1):
            do {
                return .success(Output(text: try render(draft, session.desk.tweets), pages: true))
            } catch {
                return .failure(Failure("preview: \(error)"))
            }
        default:
            let usage = ["why": "why N | why R", "preview": "preview", "diff": "diff"][name] ?? name
            return .failure(Failure("usage: \(usage)"))
        }
    }

    /// A message for the editor: a bad point number, a failed render, a wrong usage.
    struct Failure: Error, Equatable {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }

    /// The reply script mode shows for `line`; nil when it is not one of these commands.
    static func reply(
        _ line: String, session: SessionController, render: (Draft, [String: Tweet]) throws -> String
    ) -> SessionController.Reply? {
        switch run(line, session: session, render: render) {
        case nil: nil
        case .success(let output)?:
            // Output ends without a newline: the script prints each reply as a line.
            SessionController.Reply(text: output.text.hasSuffix("\n") ? String(output.text.dropLast()) : output.text,
                                    isError: false, draftChanged: false)
        case .failure(let failure)?: SessionController.Reply(text: failure.message, isError: true, draftChanged: false)
        }
    }
}
