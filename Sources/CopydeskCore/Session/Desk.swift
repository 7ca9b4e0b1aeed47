/// The command layer every front end shares: the shell, script mode and tests.
///
/// A `Desk` is pure. It decides a command into events (or output) without changing anything;
/// the caller logs the events and only then applies them, so nothing is acknowledged before it is
/// durable. `Desk` knows the day's tweets so that `add` and `split` can resolve tweets into stories.
public struct Desk: Sendable {
    public private(set) var state: SessionState
    /// The day's tweets by id.
    public let tweets: [String: Tweet]

    public init(draft: Draft, tweets: [Tweet]) {
        self.state = SessionState(draft: draft)
        self.tweets = Dictionary(tweets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var draft: Draft { state.draft }

    /// What a command comes to.
    public enum Decision: Sendable, Hashable {
        /// Nothing changes; show this text.
        case output(String)
        /// Log these events, then apply them; `message` says what changed.
        case change([SessionEvent], message: String)
        /// The command needs a text first (`rewrite` without one): ask the editor, starting from `current`.
        case needsText(Section, current: String)
        /// Write the post (an effect outside the core).
        case save
        /// Write the word-cloud image (an effect outside the core).
        case renderCloud
    }

    /// Decides a line. nil for a blank line or a comment. `text` is the text `rewrite` asked for.
    public func decide(line: String, text: String? = nil) throws(CommandError) -> Decision? {
        guard var command = try Command.parse(line) else { return nil }
        if case .rewrite(let section, nil) = command, let text {
            command = .rewrite(section, text: text)
        }
        return try decide(command)
    }

    /// Applies the events of one decided command as one undoable step.
    public mutating func apply(_ events: [SessionEvent]) throws(EventError) {
        try state.apply(events)
    }
}
