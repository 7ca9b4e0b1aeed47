import Foundation

/// A stable story id, derived from the story's content (not from its rank or display number).
public struct StoryID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: StoryID, b: StoryID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One piece of news: the tweets that tell it, ranked and classified.
///
/// A session records the stories the engine proposed, so a log replays to the same post even after
/// the engine changes.
public struct Story: Sendable, Hashable, Codable, Identifiable {
    public var id: StoryID
    /// Every tweet id in the story; the lead tweet first.
    public var tweetIDs: [String]
    /// An extractive headline: a clean sentence from the lead tweet.
    public var headline: String
    public var category: Category
    /// How sure the classifier is, 0...1.
    public var confidence: Double
    public var score: Double
    /// The parts of the score, for `why N`.
    public var scoreParts: [ScorePart]
    public var keyphrases: [String]
    /// Expanded URLs the story's tweets link to, most shared first.
    public var urls: [String]
    /// Distinct author handles, most followed first.
    public var authors: [String]
    /// Why the story is noise (job post, giveaway, bait, promo, shilling, chatter), or nil when it is news.
    public var noise: String?
    /// The earlier post's point it retells, when the engine was given earlier days' logs (absent
    /// from logs written before it existed, and from stories no earlier post told).
    public var covered: Coverage?

    public init(
        id: StoryID, tweetIDs: [String], headline: String, category: Category, confidence: Double = 0,
        score: Double = 0, scoreParts: [ScorePart] = [], keyphrases: [String] = [], urls: [String] = [],
        authors: [String] = [], noise: String? = nil
    ) {
        self.id = id
        self.tweetIDs = tweetIDs
        self.headline = headline
        self.category = category
        self.confidence = confidence
        self.score = score
        self.scoreParts = scoreParts
        self.keyphrases = keyphrases
        self.urls = urls
        self.authors = authors
        self.noise = noise
    }

    public var leadTweetID: String { tweetIDs.first ?? "" }
}

/// What the story engine proposes for a day: every story (ranked), the top ten and a reserve.
public struct Analysis: Sendable, Hashable, Codable {
    /// All stories, best first.
    public var stories: [Story]
    /// The proposed ten core points.
    public var points: [StoryID]
    /// The next twenty, to promote from.
    public var reserve: [StoryID]
    /// The day's keyphrases, most important first.
    public var keyphrases: [String]

    public init(stories: [Story], points: [StoryID], reserve: [StoryID], keyphrases: [String]) {
        self.stories = stories
        self.points = points
        self.reserve = reserve
        self.keyphrases = keyphrases
    }
}
