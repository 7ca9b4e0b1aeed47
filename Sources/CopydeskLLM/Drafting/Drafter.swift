import CopydeskCore

/// Drafts one task: builds the prompt, streams the model's answer, cleans it.
public struct Drafter: Sendable {
    public let client: ChatClient
    public let builder: PromptBuilder

    public init(client: ChatClient, builder: PromptBuilder) {
        self.client = client
        self.builder = builder
    }

    /// The most tokens each task may answer with.
    static func maxTokens(for task: PromptTask) -> Int {
        switch task {
        case .headline: 200
        case .overview: 900
        case .points: 1200
        case .section: 1500
        }
    }

    /// Streams the answer to `onText` as it arrives and returns the cleaned text.
    public func draft(
        _ task: PromptTask, draft: Draft, tweets: [String: Tweet], onText: @escaping @Sendable (String) -> Void
    ) async throws(DraftingError) -> DraftedText {
        let prompt: Prompt
        do { prompt = try builder.prompt(for: task, draft: draft, tweets: tweets) } catch { throw .prompt(error) }
        let answer: ChatAnswer
        do {
            answer = try await client.stream(
                [.system(prompt.system), .user(prompt.user)], maxTokens: Self.maxTokens(for: task), onText: onText)
        } catch {
            throw .llm(error)
        }
        let text = AnswerCleaner.clean(answer.text, for: task)
        guard !text.isEmpty else { throw .llm(.emptyAnswer) }
        var story: StoryID?
        if case .headline(let number) = task { story = draft.points[number - 1].story }
        return DraftedText(task: task, text: text, story: story, model: answer.model, usage: answer.usage)
    }
}
