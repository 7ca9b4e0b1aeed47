/// Engagement and follower counts as an export gives them, brought into `0...TweetLimits.maxCount`.
///
/// A negative count or one near `Int.max` is damage, not news: left as read, it made the ranker
/// and the market section overflow and trap. Each count changed is named in a warning.
struct CountCheck {
    private(set) var problems: [String] = []

    /// `value` within bounds; a problem is noted when it was not.
    mutating func clamp(_ value: Int, _ name: String) -> Int {
        if value < 0 {
            problems.append("\(name) \(value) is negative (counted as 0)")
            return 0
        }
        if value > TweetLimits.maxCount {
            problems.append("\(name) \(value) is over \(TweetLimits.maxCount) (counted as \(TweetLimits.maxCount))")
            return TweetLimits.maxCount
        }
        return value
    }

    /// The tweet's counts and its author's followers, within bounds.
    mutating func clamp(_ tweet: inout Tweet) {
        tweet.metrics.likes = clamp(tweet.metrics.likes, "likes")
        tweet.metrics.retweets = clamp(tweet.metrics.retweets, "retweets")
        tweet.metrics.replies = clamp(tweet.metrics.replies, "replies")
        tweet.metrics.quotes = clamp(tweet.metrics.quotes, "quotes")
        tweet.metrics.views = clamp(tweet.metrics.views, "views")
        tweet.author.followers = clamp(tweet.author.followers, "followers")
    }

    /// The warning for a record, or nil when every count was in bounds.
    func message(for record: String) -> String? {
        problems.isEmpty ? nil : "\(record): " + problems.joined(separator: "; ")
    }
}
