import CopydeskCore
import Foundation

/// The `ai …` commands as a front end (the shell, script mode) runs them.
///
/// Hand it each line before the session sees it: it ignores lines that are not `ai` commands,
/// streams a draft to `show` as it arrives (Ctrl-C cancels it), and answers with either a message
/// or the session command that records an accepted text. With `acceptsAutomatically` (script
/// mode's `--yes`), a draft is accepted as soon as it is complete.
public struct AISession: Sendable {
    public private(set) var desk: AIDesk
    public var acceptsAutomatically: Bool
    /// What Ctrl-C cancels through (the process's SIGINT router unless a test gives its own).
    public var interrupts: InterruptRouter = .shared

    public init(drafter: Drafter?, unavailable: DraftingError = .llm(.notConfigured), acceptsAutomatically: Bool = false) {
        self.desk = AIDesk(drafter: drafter, unavailable: unavailable)
        self.acceptsAutomatically = acceptsAutomatically
    }

    /// The session for the current environment: its endpoint (or none), the prompts for
    /// `language` from the prompt folders, and what is wrong with either (drafting is then off
    /// and each `ai` command says why; the rest of the session works as ever).
    public static func configured(
        language: PostLanguage, acceptsAutomatically: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> (session: AISession, warning: String?) {
        func off(_ reason: String) -> (AISession, String?) {
            (AISession(drafter: nil, unavailable: .unavailable(reason), acceptsAutomatically: acceptsAutomatically),
             "LLM drafting is off: \(reason)")
        }
        let configuration: LLMConfiguration?
        do { configuration = try LLMConfiguration.load(environment: environment) } catch { return off(error.message) }
        guard let configuration else { return (AISession(drafter: nil, acceptsAutomatically: acceptsAutomatically), nil) }
        let loaded: (templates: PromptTemplates, paths: [String: String])
        do {
            loaded = try PromptFolders.load(language: language, environment: environment, currentDirectory: currentDirectory)
        } catch {
            return off(error.message)
        }
        let builder: PromptBuilder
        do {
            builder = try PromptBuilder(templates: loaded.templates)
        } catch {
            // Name the user's file, not the template, when the broken one came from a folder.
            if case .templateSyntax(let name, let line, let column, let reason) = error,
               let path = loaded.paths[String(name.split(separator: "/").last ?? "")] {
                return off("\(path):\(line):\(column): \(reason)")
            }
            return off(error.message)
        }
        let drafter = Drafter(client: ChatClient(configuration: configuration), builder: builder)
        return (AISession(drafter: drafter, acceptsAutomatically: acceptsAutomatically), nil)
    }

    /// What the front end does next.
    public enum Step: Sendable, Hashable {
        /// Show the text (an error on stderr); the draft is unchanged.
        case message(String, isError: Bool)
        /// Record the accepted text: log `acceptance.events(with: text)` as one command, where `text`
        /// is the acceptance's own, or (with `editFirst`) what the editor saved from `$EDITOR`.
        case record(AIDesk.Acceptance, editFirst: Bool)
    }

    /// Runs `line` if it is an `ai` command (nil otherwise).
    public mutating func handle(
        _ line: String, draft: Draft, tweets: [String: Tweet], show: @escaping @Sendable (String) -> Void
    ) async -> Step? {
        let command: AICommand
        do {
            guard let parsed = try AICommand.parse(line) else { return nil }
            command = parsed
        } catch {
            return .message(error.message, isError: true)
        }
        var desk = self.desk
        defer { self.desk = desk }
        do {
            switch try await Self.run(command, on: desk, router: interrupts, draft: draft, tweets: tweets, show: show) {
            case (let next, .drafted(let drafted)):
                desk = next
                show("\n")
                guard acceptsAutomatically else {
                    return .message(Self.note(for: drafted), isError: false)
                }
                let (accepted, outcome) = try await Self.run(.accept, on: desk, router: interrupts, draft: draft, tweets: tweets, show: show)
                desk = accepted
                guard case .accepted(let acceptance, _) = outcome else { return nil }
                return .record(acceptance, editFirst: false)
            case (let next, .accepted(let acceptance, let editFirst)):
                desk = next
                return .record(acceptance, editFirst: editFirst)
            case (let next, .discarded):
                desk = next
                return .message("discarded the drafted text", isError: false)
            }
        } catch {
            return .message("\(command.name): \(error.message)", isError: true)
        }
    }

    /// Runs one command on a copy of the desk, under Ctrl-C cancellation.
    private static func run(
        _ command: AICommand, on desk: AIDesk, router: InterruptRouter, draft: Draft, tweets: [String: Tweet], show: @escaping @Sendable (String) -> Void
    ) async throws(DraftingError) -> (AIDesk, AIDesk.Outcome) {
        try await router.run { () async throws(DraftingError) -> (AIDesk, AIDesk.Outcome) in
            var copy = desk
            let outcome = try await copy.run(command, draft: draft, tweets: tweets, onText: show)
            return (copy, outcome)
        }
    }

    static func note(for drafted: DraftedText) -> String {
        var facts = ["\(drafted.text.count) characters"]
        if let model = drafted.model { facts.append(model) }
        if let usage = drafted.usage { facts.append("\(usage.promptTokens)+\(usage.completionTokens) tokens") }
        return "drafted (\(facts.joined(separator: ", "))): `ai accept` puts it in the draft, "
            + "`ai revise` edits it first, `ai discard` drops it"
    }
}

extension AICommand {
    /// `ai overview`, `ai accept`: how messages name the command.
    var name: String {
        switch self {
        case .draft(let task): task.description
        case .accept: "ai accept"
        case .revise: "ai revise"
        case .discard: "ai discard"
        }
    }
}
