/// Decides whether a tweet is noise: a job post, a giveaway, coin shilling, event logistics, personal
/// chatter, or a reply that says nothing. A story is noise when its lead is; noise never reaches the
/// points or the reserve.
struct NoiseDetector {
    let index: LexiconIndex
    /// A kind's terms must weigh at least this much.
    let threshold = 2.0

    /// How much the tweet's terms say about the categories (noise terms excluded).
    func categoryEvidence(_ profile: TweetProfile) -> Double {
        var seen = Set<Int32>()
        var total = 0.0
        for term in profile.termIDs where seen.insert(term).inserted {
            if case .category = index.targets[Int(term)].target { total += index.targets[Int(term)].weight }
        }
        return total
    }

    func detect(_ tweet: Tweet, profile: TweetProfile) -> NoiseKind? {
        var weights = [Double](repeating: 0, count: NoiseKind.allCases.count)
        var seen = Set<Int32>()
        for term in profile.termIDs where seen.insert(term).inserted {
            if case let .noise(kind) = index.targets[Int(term)].target { weights[kind.order] += index.targets[Int(term)].weight }
        }
        let evidence = categoryEvidence(profile)
        let coins = profile.cashtags.contains { index.cryptoCashtags.contains($0) }
        if weights[NoiseKind.job.order] >= threshold { return .job }
        if weights[NoiseKind.giveaway.order] >= threshold { return .giveaway }
        if weights[NoiseKind.shilling.order] >= threshold || (coins && weights[NoiseKind.shilling.order] >= 1) { return .shilling }
        // Coin tickers with nothing else to say are shilling too.
        if coins && evidence < 2 { return .shilling }
        if weights[NoiseKind.conference.order] >= threshold && evidence < 3 { return .conference }
        // Chatter says nothing about AI: its own terms win and the categories have little to say.
        if weights[NoiseKind.chatter.order] >= threshold && evidence < 3 { return .chatter }
        if tweet.kind == .reply && (profile.contentCount < 4 || evidence < 1) { return .reply }
        // No link, no name, no lexicon term: personal chatter.
        if tweet.urls.isEmpty && profile.entities.isEmpty && evidence < 1 && profile.cashtags.isEmpty { return .chatter }
        return nil
    }
}

extension NoiseKind {
    var order: Int { NoiseKind.allCases.firstIndex(of: self)! }
}
