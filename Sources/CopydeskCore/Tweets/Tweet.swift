import Foundation

/// One tweet, whatever export it came from.
///
/// Every loader normalises into this value. Ids stay strings: tweet ids overflow doubles.
public struct Tweet: Sendable, Hashable, Codable {
    public var id: String
    public var author: Author
    /// Creation time (UTC).
    public var createdAt: Date
    public var text: String
    /// BCP-47-ish language tag as the export gives it (`en`, `zh`, `und`), if any.
    public var lang: String?
    public var metrics: Metrics
    /// Expanded URLs (never the t.co short form when the export gives the long one).
    public var urls: [String]
    /// Hashtags without `#`, as written.
    public var hashtags: [String]
    /// Cashtags without `$`, upper-cased (`INTC`, `BTC`).
    public var cashtags: [String]
    /// Mentioned handles without `@`.
    public var mentions: [String]
    public var kind: Kind
    /// The tweet this one retweets, quotes or replies to.
    public var referencedID: String?
    /// That tweet's text, when the export carries it (X API `includes.tweets`, twscrape's
    /// `retweetedTweet` and `quotedTweet`): what a quote comments on and a retweet repeats in full
    /// (its own text is cut at 140 characters), when the original is not among the day's tweets.
    public var referencedText: String?
    /// The first tweet of the conversation this one replies in (X's `conversation_id`), when the
    /// export gives it and it is another tweet: nil for a conversation's own first tweet.
    public var conversationID: String?
    /// Where the tweet was read from.
    public var source: SourceLocation

    public init(
        id: String, author: Author, createdAt: Date, text: String, lang: String? = nil,
        metrics: Metrics = Metrics(), urls: [String] = [], hashtags: [String] = [],
        cashtags: [String] = [], mentions: [String] = [], kind: Kind = .original,
        referencedID: String? = nil, referencedText: String? = nil, conversationID: String? = nil,
        source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.id = id
        self.author = author
        self.createdAt = createdAt
        self.text = text
        self.lang = lang
        self.metrics = metrics
        self.urls = urls
        self.hashtags = hashtags
        self.cashtags = cashtags
        self.mentions = mentions
        self.kind = kind
        self.referencedID = referencedID
        self.referencedText = referencedText
        self.conversationID = conversationID
        self.source = source
    }
}

extension Tweet {
    /// The text of the tweet a quote or a reply comments on, as the export carried it, unless
    /// `isAtHand` says that tweet is where the reader sees it anyway (in the story, in the prompt).
    public func commentedText(unlessAtHand isAtHand: (String) -> Bool) -> String? {
        guard kind == .quote || kind == .reply, let referencedText, let referencedID, !isAtHand(referencedID) else { return nil }
        return referencedText
    }

    /// What a tweet is in relation to others.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case original, retweet, quote, reply

        /// The kind of a tweet read as `self` that sits in another tweet's `conversation`: an
        /// original there replies in it, even when the export names no parent (some collectors
        /// request conversation_id but not referenced_tweets).
        func replying(in conversation: String?) -> Kind {
            self == .original && conversation != nil ? .reply : self
        }
    }

    /// The account that wrote a tweet.
    public struct Author: Sendable, Hashable, Codable {
        /// The handle without `@`.
        public var handle: String
        /// The display name.
        public var name: String
        public var followers: Int

        public init(handle: String, name: String = "", followers: Int = 0) {
            self.handle = handle
            self.name = name
            self.followers = followers
        }
    }

    /// Engagement counts. Missing counts are zero.
    public struct Metrics: Sendable, Hashable, Codable {
        public var likes: Int
        public var retweets: Int
        public var replies: Int
        public var quotes: Int
        public var views: Int

        public init(likes: Int = 0, retweets: Int = 0, replies: Int = 0, quotes: Int = 0, views: Int = 0) {
            self.likes = likes
            self.retweets = retweets
            self.replies = replies
            self.quotes = quotes
            self.views = views
        }
    }

    /// A link to the tweet on x.com.
    public var link: String { "https://x.com/\(author.handle)/status/\(id)" }
}

/// A place in an input file: the file name as given and a 1-based line (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}
