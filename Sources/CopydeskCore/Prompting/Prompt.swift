/// A rendered prompt: the system message, the user message, and which stories it sent.
public struct Prompt: Sendable, Hashable {
    public var task: PromptTask
    public var system: String
    public var user: String
    /// The stories whose tweets went into `user`, in order.
    public var stories: [StoryID]

    public init(task: PromptTask, system: String, user: String, stories: [StoryID]) {
        self.task = task
        self.system = system
        self.user = user
        self.stories = stories
    }
}
