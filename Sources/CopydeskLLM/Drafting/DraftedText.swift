import CopydeskCore

/// A model's cleaned answer to one task, waiting for the editor to accept it.
public struct DraftedText: Sendable, Hashable {
    public var task: PromptTask
    public var text: String
    /// For a headline: the point's story, so accepting still finds it after points moved.
    public var story: StoryID?
    /// The model that answered, as the server named it.
    public var model: String?
    public var usage: TokenUsage?

    public init(task: PromptTask, text: String, story: StoryID? = nil, model: String? = nil, usage: TokenUsage? = nil) {
        self.task = task
        self.text = text
        self.story = story
        self.model = model
        self.usage = usage
    }
}
