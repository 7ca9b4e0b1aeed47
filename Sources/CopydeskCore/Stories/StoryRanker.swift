import Foundation

/// Scores a story: the hand score (its engagement, its distinct authors, their reach and its time
/// in the day), plus, with a `RankingModel`, the learned part over `RankingFeatures`. Each part
/// keeps a human-readable detail for `why N`.
struct StoryRanker {
    let weights: EngineSettings.ScoreWeights
    let window: ReportWindow
    /// The learned part's weights (nil: the hand score alone).
    var model: RankingModel?
    /// The window's zone as text, formatted once (not once per story).
    private let zone: String
    /// The window's start and length in seconds, worked out once (not once per story).
    private let start: Date
    private let span: TimeInterval

    init(weights: EngineSettings.ScoreWeights, window: ReportWindow, model: RankingModel? = nil) {
        self.weights = weights
        self.window = window
        self.model = model
        zone = window.tzText
        start = window.lowerBound
        span = window.upperBound.timeIntervalSince(start)
    }

    /// The parts for the tweets at `members` (indices into `tweets`), and the story's ranking features.
    /// `names` is how many names the story keeps naming; `category` its category.
    func score(_ members: [Int], of tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?], category: Category, names: Int) -> (parts: [ScorePart], features: [Double]) {
        var tellings = RankingFeatures.Tellings()
        for i in members { tellings.read(i, tweets: tweets, profiles: profiles, noise: noise) }
        let (hand, inputs, shares) = handParts(members, of: tweets)
        let features = RankingFeatures.vector(hand: inputs, dayRetweets: shares, tellings: tellings, names: names, category: category)
        guard let model else { return (hand, features) }
        return (hand + [model.part(features)], features)
    }

    /// The hand score's parts, their unweighted inputs, and the story's retweets in the day.
    func handParts(_ members: [Int], of tweets: [Tweet]) -> (parts: [ScorePart], inputs: [Double], shares: Int) {
        var likes = 0, retweets = 0, quotes = 0, replies = 0, views = 0, shares = 0
        var followers = SmallTally<String>()
        var first = tweets[members[0]].createdAt
        for i in members {
            if tweets[i].kind == .retweet {
                // A retweet's own counts mirror its original's: count the share, not the numbers.
                shares += 1
            } else {
                let m = tweets[i].metrics
                likes = likes.saturatingAdding(max(0, m.likes))
                retweets = retweets.saturatingAdding(max(0, m.retweets))
                quotes = quotes.saturatingAdding(max(0, m.quotes))
                replies = replies.saturatingAdding(max(0, m.replies))
                views = views.saturatingAdding(max(0, m.views))
            }
            let handle = tweets[i].author.handle.lowercasedUnlessLower
            followers.raise(handle, to: tweets[i].author.followers)
            if tweets[i].createdAt < first { first = tweets[i].createdAt }
        }
        let engagement = Double(likes) + 2 * Double(retweets) + 3 * Double(quotes) + Double(replies) + Double(views) / 1000 + 2 * Double(shares)
        // Whole numbers: the sum is exact in any order.
        let reach = followers.values.reduce(0) { $0 + Double(max(0, $1)) }
        let position = span > 0 ? min(1, max(0, first.timeIntervalSince(start) / span)) : 0
        let inputs = [log10(1 + engagement), log2(1 + Double(followers.count)), log10(1 + reach), position]
        // The details are formatted only when asked for (`why N`): see `ScorePart`.
        let parts = [
            ScorePart(name: "engagement", value: Self.round(weights.engagement * inputs[0]),
                      explanation: .engagement(likes: likes, retweets: retweets, quotes: quotes, replies: replies, views: views, shares: shares)),
            ScorePart(name: "authors", value: Self.round(weights.authors * inputs[1]), explanation: .authors(followers.count)),
            ScorePart(name: "reach", value: Self.round(weights.reach * inputs[2]), explanation: .reach(reach)),
            ScorePart(name: "time", value: Self.round(weights.time * inputs[3]),
                      explanation: .time(first: first, offsetSeconds: window.utcOffsetSeconds, zone: zone, position: position)),
        ]
        return (parts, inputs, shares)
    }

    static func round(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

/// `14:32` for an instant at a UTC offset.
enum LocalTime {
    static func hhmm(_ date: Date, offsetSeconds: Int) -> String {
        let seconds = Int((date.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down))
        let daySeconds = ((seconds % 86400) + 86400) % 86400
        let h = daySeconds / 3600, m = daySeconds % 3600 / 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }
}
