extension Int {
    /// `self + other`, stopping at `Int.max` (or `Int.min`) instead of trapping on overflow.
    ///
    /// Counts are bounded when loaded, but a sum over a day must not trap whatever reaches it.
    public func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}

extension Tweet.Metrics {
    /// Adds `other`'s counts, each sum saturating (see `Int.saturatingAdding`).
    public mutating func add(_ other: Tweet.Metrics) {
        likes = likes.saturatingAdding(other.likes)
        retweets = retweets.saturatingAdding(other.retweets)
        replies = replies.saturatingAdding(other.replies)
        quotes = quotes.saturatingAdding(other.quotes)
        views = views.saturatingAdding(other.views)
    }
}
