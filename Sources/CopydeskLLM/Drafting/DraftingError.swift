import CopydeskCore

/// Why an `ai …` command did nothing; the session goes on unchanged.
public enum DraftingError: Error, Sendable, Equatable {
    case prompt(PromptError)
    case llm(LLMError)
    /// `ai accept` (or `ai revise`) with no drafted text waiting.
    case nothingPending
    /// The headline's story is no longer one of the points.
    case pointGone(StoryID)
    /// A malformed `ai …` line.
    case usage(String)
    /// Drafting is off for this session: the configuration or a prompt file is broken.
    case unavailable(String)

    public var message: String {
        switch self {
        case .prompt(let error): error.message
        case .llm(let error): error.message
        case .nothingPending: "nothing to accept: run ai overview, ai points, ai section NAME or ai edit N first"
        case .pointGone(let story): "the drafted headline's story \(story) is no longer a point; draft it again"
        case .usage(let problem): problem
        case .unavailable(let reason): "LLM drafting is off for this session: \(reason)"
        }
    }
}

extension DraftingError: CustomStringConvertible {
    public var description: String { message }
}
