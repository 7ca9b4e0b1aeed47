import CopydeskCore

/// The `ai …` commands of a session: drafts are held here until the editor accepts one.
///
/// A front end (the shell, script mode) hands it each `ai` line; nothing here writes the log. An
/// accepted draft comes back as an `Acceptance`: the session events (`sectionRewritten`,
/// `headlineEdited`) holding the text, which the session logs, so a replay never calls the model.
public struct AIDesk: Sendable {
    /// Nil when drafting is off: `unavailable` then says why.
    public let drafter: Drafter?
    /// Why drafting fails without a drafter (by default: no endpoint configured).
    public let unavailable: DraftingError
    /// The last drafted text, until accepted or discarded.
    public private(set) var pending: DraftedText?

    public init(drafter: Drafter?, unavailable: DraftingError = .llm(.notConfigured)) {
        self.drafter = drafter
        self.unavailable = unavailable
    }

    /// What an `ai` command came to.
    public enum Outcome: Sendable, Hashable {
        /// A text was drafted (and streamed); it waits for `ai accept`.
        case drafted(DraftedText)
        /// Run `acceptance` through the session to log it; with `editFirst`, open its text in
        /// `$EDITOR` first (for `ai revise`).
        case accepted(Acceptance, editFirst: Bool)
        case discarded
    }

    /// An accepted text and the session events that record it.
    public struct Acceptance: Sendable, Hashable {
        /// The task, with a headline's point number as it is now.
        public var task: PromptTask
        /// The drafted text (for `ai revise`, the starting point in `$EDITOR`).
        public var text: String
        /// For a headline: the point's story.
        public var story: StoryID?

        /// The events that put `text` (the drafted text, or the editor's revision of it) into the
        /// draft: a section's `sectionRewritten`, or a point's `headlineEdited` (made one line).
        public func events(with text: String) -> [SessionEvent] {
            switch task {
            case .overview: [.sectionRewritten(section: .overview, text: text)]
            case .points: [.sectionRewritten(section: .points, text: text)]
            case .section(let section): [.sectionRewritten(section: section, text: text)]
            case .headline:
                [.headlineEdited(
                    story: story ?? StoryID(""),
                    headline: text.split(whereSeparator: \.isNewline).joined(separator: " "))]
            }
        }

        /// The acknowledgement: `accepted the drafted overview (312 characters)`.
        public func message(for text: String) -> String {
            let what = switch task {
            case .overview: "overview"
            case .points: "core points"
            case .section(let section): "section \(section.rawValue)"
            case .headline(let number): "headline of point \(number)"
            }
            return "accepted the drafted \(what) (\(text.count) characters)"
        }
    }

    /// Runs one `ai` command against the current draft.
    public mutating func run(
        _ command: AICommand, draft: Draft, tweets: [String: Tweet], onText: @escaping @Sendable (String) -> Void
    ) async throws(DraftingError) -> Outcome {
        switch command {
        case .draft(let task):
            guard let drafter else { throw unavailable }
            let drafted = try await drafter.draft(task, draft: draft, tweets: tweets, onText: onText)
            pending = drafted
            return .drafted(drafted)
        case .accept, .revise:
            guard let drafted = pending else { throw .nothingPending }
            let acceptance = try Self.acceptance(for: drafted, in: draft)
            pending = nil
            return .accepted(acceptance, editFirst: command == .revise)
        case .discard:
            guard pending != nil else { throw .nothingPending }
            pending = nil
            return .discarded
        }
    }

    static func acceptance(for drafted: DraftedText, in draft: Draft) throws(DraftingError) -> Acceptance {
        guard case .headline = drafted.task else { return Acceptance(task: drafted.task, text: drafted.text, story: nil) }
        // The point may have moved since it was drafted: find its story's place now.
        guard let story = drafted.story, let index = draft.points.firstIndex(where: { $0.story == story }) else {
            throw .pointGone(drafted.story ?? StoryID(""))
        }
        return Acceptance(task: .headline(point: index + 1), text: drafted.text, story: story)
    }
}
