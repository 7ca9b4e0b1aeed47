/// Decides whether a tweet is noise: a job post, a giveaway, engagement bait, a promotion, coin
/// shilling, event logistics, personal chatter, or a reply that says nothing. A story is noise when
/// its lead is; noise never reaches the points or the reserve.
struct NoiseDetector {
    let index: LexiconIndex
    /// A kind's terms must weigh at least this much.
    let threshold = 2.0

    /// How much the tweet's terms say about the categories (noise terms excluded).
    func categoryEvidence(_ profile: TweetProfile) -> Double {
        var total = 0.0
        for (k, term) in profile.termIDs.enumerated() where Self.isFirst(term, at: k, in: profile.termIDs) {
            if case .category = index.targets[Int(term)].target { total += index.targets[Int(term)].weight }
        }
        return total
    }

    /// Whether `termIDs[k]` is the first occurrence of its term. A tweet names few terms: a scan
    /// back costs less than a set, and keeps the sums in the same order.
    @inline(__always) private static func isFirst(_ term: Int32, at k: Int, in termIDs: [Int32]) -> Bool {
        for j in 0..<k where termIDs[j] == term { return false }
        return true
    }

    /// The noise kind of a tweet of `kind`, with or without links, whose text gave `profile`.
    func detect(kind: Tweet.Kind, hasURLs: Bool, profile: TweetProfile) -> NoiseKind? {
        var weights = [Double](repeating: 0, count: NoiseKind.count)
        for (k, term) in profile.termIDs.enumerated() where Self.isFirst(term, at: k, in: profile.termIDs) {
            if case let .noise(noiseKind) = index.targets[Int(term)].target { weights[noiseKind.order] += index.targets[Int(term)].weight }
        }
        let evidence = categoryEvidence(profile)
        let coins = profile.cashtags.contains { index.cryptoCashtags.contains($0) }
        if weights[NoiseKind.job.order] >= threshold { return .job }
        if weights[NoiseKind.giveaway.order] >= threshold { return .giveaway }
        // Bait about the news ("Tollgate is live. RT if you're building agents") still tells it.
        if weights[NoiseKind.bait.order] >= threshold && evidence < 3 { return .bait }
        // So does a launch with a price ("limited-time free API").
        if weights[NoiseKind.promo.order] >= threshold && evidence < 3 { return .promo }
        if weights[NoiseKind.shilling.order] >= threshold || (coins && weights[NoiseKind.shilling.order] >= 1) { return .shilling }
        // Coin tickers with nothing else to say are shilling too.
        if coins && evidence < 2 { return .shilling }
        if weights[NoiseKind.conference.order] >= threshold && evidence < 3 { return .conference }
        // Chatter says nothing about AI: its own terms win and the categories have little to say.
        if weights[NoiseKind.chatter.order] >= threshold && evidence < 3 { return .chatter }
        // A reply that says little, or nothing about AI and nothing specific, only reacts.
        if kind == .reply && (profile.contentCount < 4 || (evidence < 1 && profile.contentCount < 6 && !Self.isSpecific(profile, hasURLs: hasURLs))) {
            return .reply
        }
        // No link, no name, no lexicon term: personal chatter.
        if !hasURLs && profile.entities.isEmpty && evidence < 1 && profile.cashtags.isEmpty { return .chatter }
        return nil
    }
}

extension NoiseDetector {
    /// Whether a tweet says something specific: it names something inside a sentence (a
    /// capitalised name, a versioned product, a cashtag), reports a percentage or links a page. A
    /// meme or a hot take ("researchers: we need better evals") does none of these; a capital that
    /// only opens a sentence is no name.
    static func isSpecific(_ profile: TweetProfile, hasURLs: Bool) -> Bool {
        // `names` holds the tweet's distinctive names and cashtags too.
        hasURLs || !profile.names.isEmpty || !profile.percentages.isEmpty
    }
}

extension NoiseKind {
    /// The kinds' count (`allCases` builds an array at each use).
    static let count = allCases.count

    /// The kind's position in `allCases`.
    var order: Int {
        switch self {
        case .job: 0
        case .giveaway: 1
        case .shilling: 2
        case .chatter: 3
        case .conference: 4
        case .reply: 5
        case .bait: 6
        case .promo: 7
        }
    }
}
