import CopydeskCore
import CopydeskShell
import CopydeskStore
import Foundation

/// The session controller as the interactive shell drives it, plus the commands that only make
/// sense on a terminal: `why N`, `preview`, `diff`, `quit`, and `edit N` without a text.
final class DeskShellHost: ShellHost {
    let session: SessionController
    let render: (Draft, [String: Tweet]) throws -> String
    /// The `ai …` commands (LLM drafting), when the session has them.
    var ai: AIFrontEnd?

    init(session: SessionController, render: @escaping (Draft, [String: Tweet]) throws -> String) {
        self.session = session
        self.render = render
    }

    /// Opens the shell on the terminal and runs it until the editor leaves.
    static func run(
        _ session: SessionController, render: @escaping (Draft, [String: Tweet]) throws -> String, ai: AIFrontEnd? = nil
    ) {
        let host = DeskShellHost(session: session, render: render)
        host.ai = ai
        let shell = TerminalShell(host: host)
        shell.write(Desk.banner(session.desk.draft) + " `help` lists the commands, TAB completes, "
            + "Ctrl-R searches the history, Ctrl-D leaves.\n")
        shell.run()
    }

    func prompt() -> ShellPrompt {
        let draft = session.desk.draft
        let window = draft.window
        let accepted = draft.points.filter { draft.decisions[$0.story] == .accepted }.count
        let rejected = draft.points.filter { draft.decisions[$0.story] == .rejected }.count
        return ShellPrompt(
            date: window.start == window.end ? "\(window.start)" : "\(window.start)…\(window.end)",
            accepted: accepted, rejected: rejected, pending: draft.points.count - accepted - rejected,
            unsaved: session.hasUnsavedChanges)
    }

    func complete(line: String) -> ShellCompletion {
        let words = line.split(whereSeparator: \.isWhitespace)
        let first = words.first.map { $0.lowercased() }
        let atFirstWord = words.count == 0 || (words.count == 1 && !(line.last?.isWhitespace ?? false))
        if atFirstWord {
            let typed = first ?? ""
            return .words((CommandHelp.names + ShellCommands.names).filter { $0.hasPrefix(typed) })
        }
        if first == "why", words.count <= 2 {
            // `why 3` and `why R7` name what `show` names.
            let typed = line.drop { !$0.isWhitespace }.drop(while: \.isWhitespace)
            return .words(session.completions(for: "show " + typed))
        }
        if first == "ai" {
            return .words(AIFrontEnd.completions(for: line))
        }
        if first == "help", words.count <= 2 {
            let typed = words.count == 2 && !(line.last?.isWhitespace ?? false) ? String(words[1]) : ""
            return .words((CommandHelp.names + ShellCommands.names).filter { $0.hasPrefix(typed) })
        }
        return .words(session.completions(for: line))
    }

    var hasUnsavedChanges: Bool { session.hasUnsavedChanges }

    func execute(_ line: String, io: ShellIO) -> ShellOutcome {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first?.lowercased() else { return .proceed }
        let draft = session.desk.draft
        switch (name, words.count) {
        case ("quit", 1), ("exit", 1):
            return .quit
        case ("why", _), ("diff", _), ("preview", _):
            switch LookCommands.run(line, session: session, render: render) {
            case .success(let output)?:
                if output.pages { io.page(output.text) } else { io.write(output.text + "\n") }
            case .failure(let failure)?: return fail(failure.message, io)
            case nil: break
            }
        case ("edit", 2):
            // `edit N` alone: put the headline on the next line to be changed in place.
            guard let n = Int(words[1]), (1...draft.points.count).contains(n) else {
                return fail(CommandError.pointOutOfRange(Int(words[1]) ?? 0, count: draft.points.count).description, io)
            }
            io.prefill("edit \(n) \(draft.points[n - 1].headline)")
        case ("ai", _):
            guard let ai else { return fail("ai: LLM drafting is not available in this session", io) }
            let terminal = OffPool.Unchecked(io)
            let reply = ai.run(
                line, session: session, write: { terminal.value.write($0) },
                revise: { io.editText($0, fileExtension: "md") })
            show(reply, io)
        case ("help", 2) where ShellCommands.help(words[1].lowercased()) != nil:
            io.write(ShellCommands.help(words[1].lowercased())! + "\n")
        case ("help", 1):
            io.page(CommandHelp.text(for: nil)! + "\n" + ShellCommands.summary)
        default:
            if !CommandHelp.isKnown(name) && !ShellCommands.names.contains(name) {
                let guess = Suggest.nearest(to: name, among: CommandHelp.names + ShellCommands.names)
                return fail(CommandError.unknownCommand(name, suggestion: guess).description, io)
            }
            run(line, io: io)
        }
        return .proceed
    }

    private func run(_ line: String, io: ShellIO) {
        var reply = session.run(line)
        if let request = reply.textRequest {
            guard let text = io.editText(request.current, fileExtension: "md") else { return }
            reply = session.run(line, text: text)
        }
        show(reply, io)
    }

    private func show(_ reply: SessionController.Reply?, _ io: ShellIO) {
        guard let reply, !reply.text.isEmpty else { return }
        if reply.isError {
            _ = fail(reply.text, io)
        } else {
            io.write((reply.seq.map { "[\($0)] " } ?? "") + reply.text + "\n")
        }
    }

    private func fail(_ message: String, _ io: ShellIO) -> ShellOutcome {
        io.write("error: \(message)\n")
        return .proceed
    }
}
