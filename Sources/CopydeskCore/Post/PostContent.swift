/// What goes into each part of the post, decided from a draft and the day's tweets.
///
/// Pure: the same draft and tweets give the same content. Once the editor has accepted any story,
/// each section shows the accepted stories of its category (the curated post; a section left
/// empty says so, and `check` warns). Before that, each section shows its pending stories that are
/// not noise, best first, up to `PostContent.limit(for:)` (the automatic draft). Rejected stories
/// never appear. A story among the ten points still appears in its section, once.
public struct PostContent: Sendable, Hashable {
    public var window: ReportWindow
    public var metadata: Draft.Metadata
    public var overview: Part<String>
    public var points: Part<[Point]>
    /// The bodies of every section after the points, in `Section` order.
    public var sections: [Section: Part<[Item]>]
    /// Distinct tweets across the draft's stories, and the stories that are not noise.
    public var tweetCount: Int
    public var storyCount: Int

    /// Either the engine's extractive draft or the text the editor wrote for the whole part.
    public enum Part<Automatic: Sendable & Hashable>: Sendable, Hashable {
        case automatic(Automatic)
        /// Editor-written markdown, already made safe by `SafeText.markdown`.
        case written(String)

        public var isAutomatic: Bool {
            if case .automatic = self { return true }
            return false
        }
    }

    /// One of the ten core points. Text fields are safe markdown.
    public struct Point: Sendable, Hashable {
        public var number: Int
        public var story: StoryID
        /// The bold lead-in and the rest of the headline (with its own leading punctuation).
        public var lead: String
        public var rest: String
        public var link: String?
        /// Ids of the story's tweets found among the day's tweets.
        public var supportingTweets: [String]
    }

    /// One bullet of a section. Text fields are safe markdown.
    public struct Item: Sendable, Hashable {
        public var story: StoryID
        public var lead: String
        public var text: String
        public var link: String?
        /// Stocks and crypto only: the market reaction line.
        public var reaction: String?
        /// Stocks and crypto only: a representative reply or quote.
        public var discussion: String?
        /// Stocks and crypto only: other stories on the same tickers, folded into this bullet.
        public var merged: [StoryID] = []
    }

    /// How many pending stories a section shows when the editor accepted none of its stories.
    public static func limit(for section: Section) -> Int {
        switch section {
        case .overview, .points: 10
        case .viewpoints: 5
        case .models, .products, .openSource: 4
        case .stocks, .crypto: 3
        case .aiTech, .aiIndustry, .finance: 3
        }
    }
}
