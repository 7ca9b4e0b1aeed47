import ArgumentParser
import CopydeskCore
import CopydeskLLM
import CopydeskShell
import CopydeskStore
import Foundation

/// `copydesk edit FILE... --date D`: curate the day's post, from a script or piped commands.
///
/// The session is logged to `SESSIONS/START.jsonl`; opening the same day again resumes it.
struct Edit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the editing shell (or run a script) on a day's tweets.",
        discussion: """
            Commands come from --script FILE, or from standard input when it is not a terminal; \
            `help` lists them. Each command that changes the draft is appended to the session log \
            (fsynced) before it is acknowledged as `[N] …`. A `rewrite SECTION` line is followed by \
            the section's text, ended by a line holding only `.`.
            """)

    @OptionGroup var report: ReportOptions

    @OptionGroup var post: PostOptions

    @OptionGroup var meaning: MeaningOptions

    @Option(help: "Run the commands in this file.")
    var script: String?

    @Flag(help: "Go on after a failing command (the exit status is still non-zero).")
    var keepGoing = false

    @Option(help: "The folder of session logs.")
    var sessions = "sessions"

    @Option(help: "The output folder; `save` writes OUT/_posts/….")
    var out = "."

    @Flag(help: "Resume even when the inputs differ from the ones the session started with.")
    var force = false

    @Flag(help: "Accept each `ai …` draft as soon as it is complete (script mode).")
    var yes = false

    @OptionGroup var memory: MemoryOptions

    @OptionGroup var taste: TasteOptions

    @OptionGroup var lexicon: LexiconOptions

    func run() async throws {
        let window = try report.window()
        let session = try SessionSetup.openSession(
            inputs: report.inputs, window: window, sessions: sessions, out: out, force: force,
            archiveHandle: report.archiveHandle, renderer: try SessionSetup.renderer(post), meaning: meaning, memory: memory, taste: taste,
            lexicon: try lexicon.load())
        for warning in session.warnings { SessionSetup.printError("copydesk: warning: \(warning)") }
        SessionSetup.printError(session.resumed
            ? "copydesk: resumed \(session.logPath) at record \(session.seq)"
            : "copydesk: started \(session.logPath)")
        let ai = AIFrontEnd(language: try post.language(), acceptsAutomatically: yes) { SessionSetup.printError("copydesk: warning: \($0)") }

        let name: String
        let nextLine: () -> String?
        if let script {
            guard let text = FileManager.default.contents(atPath: script) else {
                SessionSetup.printError("copydesk: error: cannot read the script \(script)")
                throw ExitCode(66)
            }
            var lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            if lines.last == "" { lines.removeLast() }
            var iterator = lines.makeIterator()
            name = script
            nextLine = { iterator.next() }
        } else {
            if isatty(0) != 0 && isatty(1) != 0 {
                // `preview` uses the session's language and template, marking the automatic parts.
                let preview = try post.renderer(markAutomatic: true)
                // Off the pool like script mode: an `ai` line blocks until its request is done.
                await OffPool.run {
                    DeskShellHost.run(session, render: { try preview.render($0, tweets: $1) }, ai: ai)
                }
                return
            }
            name = "<stdin>"
            nextLine = { readLine(strippingNewline: true) }
        }
        // `why`, `diff` and `preview` as in the shell (preview with the automatic parts marked, unpaged).
        let preview = try post.renderer(markAutomatic: true)
        let script = SessionScript(name: name, keepGoing: keepGoing) { line in
            ai.run(line, session: session, write: { Streams.tryWrite($0) }, revise: nil)
                ?? LookCommands.reply(line, session: session, render: { try preview.render($0, tweets: $1) })
        }
        // Off the thread pool: an `ai` line waits for its request, which needs the pool.
        // Once standard output fails, the script stops before its next line: every record logged so
        // far is on disk (each is fsynced before its acknowledgement is written), so the log stays whole.
        // Tweets are untrusted: to a terminal, their control characters go (to a file or a pipe, the text as it is).
        let toTerminal = isatty(STDOUT_FILENO) != 0
        let outcome = await OffPool.run {
            script.run(session, nextLine: { Streams.failed ? nil : nextLine() },
                       out: { Streams.tryWrite((toTerminal ? TerminalText.displayable($0) : $0) + "\n") }, err: SessionSetup.printError)
        }
        if Streams.failed {
            session.close()
            let failure = Streams.failure()
            SessionSetup.printError("copydesk: \(session.logPath) holds all \(session.seq) records logged; run the same edit again to resume")
            throw failure
        }
        if outcome.failures > 0 { throw ExitCode(1) }
    }
}
