import Foundation

/// Scores a story from its engagement, its distinct authors, their reach and its time in the day,
/// keeping each part (with a human-readable detail) for `why N`.
struct StoryRanker {
    let weights: EngineSettings.ScoreWeights
    let window: ReportWindow
    /// The window's zone as text, formatted once (not once per story).
    private let zone: String

    init(weights: EngineSettings.ScoreWeights, window: ReportWindow) {
        self.weights = weights
        self.window = window
        zone = window.tzText
    }

    /// The parts for the tweets at `members` (indices into `tweets`).
    func scoreParts(_ members: [Int], of tweets: [Tweet]) -> [ScorePart] {
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
            let handle = tweets[i].author.handle.lowercased()
            followers.raise(handle, to: tweets[i].author.followers)
            if tweets[i].createdAt < first { first = tweets[i].createdAt }
        }
        let engagement = Double(likes) + 2 * Double(retweets) + 3 * Double(quotes) + Double(replies) + Double(views) / 1000 + 2 * Double(shares)
        // Whole numbers: the sum is exact in any order.
        let reach = followers.values.reduce(0) { $0 + Double(max(0, $1)) }
        let span = window.upperBound.timeIntervalSince(window.lowerBound)
        let position = span > 0 ? min(1, max(0, first.timeIntervalSince(window.lowerBound) / span)) : 0
        let local = LocalTime.hhmm(first, offsetSeconds: window.utcOffsetSeconds)
        return [
            ScorePart(name: "engagement", value: Self.round(weights.engagement * log10(1 + engagement)),
                      detail: "\(likes) likes, \(retweets) retweets, \(quotes) quotes, \(replies) replies, \(views) views, \(shares) retweets in the day (log-scaled)"),
            ScorePart(name: "authors", value: Self.round(weights.authors * log2(1 + Double(followers.count))),
                      detail: "\(followers.count) distinct authors"),
            ScorePart(name: "reach", value: Self.round(weights.reach * log10(1 + reach)),
                      detail: "\(Int(min(reach, 9e18))) followers across those authors"),
            ScorePart(name: "time", value: Self.round(weights.time * position),
                      detail: "first seen \(local) \(zone), \(Int((position * 100).rounded()))% into the window"),
        ]
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
