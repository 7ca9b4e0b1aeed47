/// Caps that keep a prompt within a small model's context window.
public struct PromptLimits: Sendable, Hashable {
    /// Stories sent for the overview, the points or a section.
    public var maxStories: Int
    /// Tweets sent per story (the lead tweet first).
    public var maxTweetsPerStory: Int
    /// Characters kept of each tweet's text.
    public var maxCharactersPerTweet: Int

    public init(maxStories: Int = 30, maxTweetsPerStory: Int = 3, maxCharactersPerTweet: Int = 500) {
        self.maxStories = maxStories
        self.maxTweetsPerStory = maxTweetsPerStory
        self.maxCharactersPerTweet = maxCharactersPerTweet
    }
}
