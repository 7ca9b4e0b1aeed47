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

    /// A count as a JSON export writes it: a number, or text (`"42"`, `"12k"`, `"1,234"`); anything
    /// else (`"lots"`, `true`, an object) counts as 0 with a problem noted. Absent or null is 0.
    mutating func read<Value: JSONValueReading>(_ value: Value?, _ name: String) -> Int {
        guard let value else { return 0 }
        if let number = value.intValue { return clamp(number, name) }
        if value.objectValue == nil, value.arrayValue == nil, let text = value.stringValue, let number = CSVParser.parseCount(text) {
            return clamp(number, name)
        }
        let shown = value.objectValue != nil ? "an object" : value.arrayValue != nil ? "an array"
            : value.stringValue.map { "\"\($0.prefix(20))\"" } ?? "not a number"
        problems.append("\(name) \(shown) is not a count (counted as 0)")
        return 0
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

    /// The warning for a record, or nil when every count was in bounds (the record is only named
    /// then: naming each of a day's records cost a string apiece).
    func message(for record: @autoclosure () -> String) -> String? {
        problems.isEmpty ? nil : "\(record()): " + problems.joined(separator: "; ")
    }
}
