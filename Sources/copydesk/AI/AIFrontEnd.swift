import CopydeskCore
import CopydeskLLM
import CopydeskStore
import Foundation

/// The `ai …` commands between a front end (script mode, the shell) and the session controller.
///
/// Drafts stream to `write` as they arrive; an accepted draft is logged through
/// `SessionController.commit` as the events holding its text (`sectionRewritten`,
/// `headlineEdited`), under the `ai` line that accepted it, so a replay never calls the model.
/// Front ends are synchronous, so each command waits here for its request: call it off the
/// cooperative thread pool (see `OffPool`), which the request itself needs.
final class AIFrontEnd: @unchecked Sendable {
    private var ai: AISession
    private let lock = NSLock()

    /// Reads the endpoint and the prompts for `language`; a broken setting is reported through
    /// `warn` and leaves drafting off (every other command works as ever).
    init(language: PostLanguage, acceptsAutomatically: Bool, warn: (String) -> Void) {
        let (session, warning) = AISession.configured(language: language, acceptsAutomatically: acceptsAutomatically)
        if let warning { warn(warning) }
        ai = session
    }

    /// True for a line this front end takes (`ai …`).
    static func handles(_ line: String) -> Bool {
        line.split(whereSeparator: \.isWhitespace).first?.lowercased() == "ai"
    }

    /// TAB candidates after `ai`: the subcommands, then section names after `ai section`.
    static func completions(for line: String) -> [String] {
        let words = line.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let typed = line.last?.isWhitespace ?? true ? "" : (words.last ?? "")
        let position = words.count - (typed.isEmpty ? 0 : 1)
        let candidates: [String] = switch position {
        case 1: ["overview", "points", "section", "edit", "accept", "revise", "discard"]
        case 2 where words[1] == "section": Section.allCases.map(\.rawValue)
        default: []
        }
        return candidates.filter { $0.hasPrefix(typed) }
    }

    /// Runs an `ai` line: nil when it is not one. `revise` opens a text in `$EDITOR` and returns
    /// the saved text, nil when unchanged (nil itself in script mode, where `ai revise` is refused).
    func run(
        _ line: String, session: SessionController, write: @escaping @Sendable (String) -> Void,
        revise: ((String) -> String?)?
    ) -> SessionController.Reply? {
        guard Self.handles(line) else { return nil }
        // `ai revise` edits first, so a failed or unchanged edit leaves the draft waiting.
        var revised: String?
        if (try? AICommand.parse(line)) == .revise, let pending = lock.withLock({ ai.desk.pending }) {
            guard let revise else {
                return SessionController.Reply(
                    text: "ai revise needs the shell's $EDITOR; in a script use ai accept", isError: true, draftChanged: false)
            }
            guard let edited = revise(pending.text)?.trimmingCharacters(in: .whitespacesAndNewlines), !edited.isEmpty else {
                return SessionController.Reply(
                    text: "ai revise: the text came back unchanged; it still waits for ai accept", isError: false, draftChanged: false)
            }
            revised = edited
        }
        let draft = session.desk.draft
        let tweets = session.desk.tweets
        let current = lock.withLock { self.ai }
        let (next, step) = OffPool.wait { () async -> (AISession, AISession.Step?) in
            var ai = current
            let step = await ai.handle(line, draft: draft, tweets: tweets, show: write)
            return (ai, step)
        }
        lock.withLock { self.ai = next }
        switch step {
        case nil:
            return nil
        case .message(let text, let isError):
            return SessionController.Reply(text: text, isError: isError, draftChanged: false)
        case .record(let acceptance, _):
            let text = revised ?? acceptance.text
            return session.commit(acceptance.events(with: text), line: line, message: acceptance.message(for: text))
        }
    }
}

/// Waits for async work from synchronous code, and runs synchronous loops off the thread pool.
enum OffPool {
    /// Runs `body` on a thread of its own and resumes with its result: a synchronous loop that
    /// blocks in `wait` then leaves the cooperative pool free for the work it waits on.
    /// `body` runs while the caller waits, so it may use the caller's non-Sendable state.
    static func run<T>(_ body: @escaping () -> T) async -> T {
        let work = Unchecked(body)
        return await withCheckedContinuation { (continuation: CheckedContinuation<Unchecked<T>, Never>) in
            let thread = Thread { continuation.resume(returning: Unchecked(work.value())) }
            thread.stackSize = 8 << 20
            thread.start()
        }.value
    }

    /// A value handed to the other thread and back while its owner waits, never shared at once.
    struct Unchecked<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Blocks the calling thread until `operation` finishes on the pool.
    static func wait<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await operation()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
