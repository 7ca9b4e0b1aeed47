/// Decides whether a story is noise: a job post, a giveaway, coin shilling, personal chatter, or a
/// reply that says nothing. Noise never reaches the points or the reserve.
///
/// Judged on the lead tweet (the story's voice), so one stray reply cannot sink a real story.
struct NoiseDetector {
    let index: LexiconIndex
    /// A kind's terms must weigh at least this much.
    let threshold = 2.0

    func detect(lead: Tweet, profile: TweetProfile, categoryEvidence: Double, storySize: Int) -> NoiseKind? {
        var weights = [NoiseKind: Double]()
        var seen = Set<Int32>()
        for term in profile.termIDs where seen.insert(term).inserted {
            if case let .noise(kind) = index.targets[Int(term)].target { weights[kind, default: 0] += index.targets[Int(term)].weight }
        }
        let coins = profile.cashtags.filter { index.cryptoCashtags.contains($0) }.count
        if weights[.job, default: 0] >= threshold { return .job }
        if weights[.giveaway, default: 0] >= threshold { return .giveaway }
        if weights[.shilling, default: 0] >= threshold || (coins > 0 && weights[.shilling, default: 0] >= 1) { return .shilling }
        // Chatter says nothing about AI: its own terms win and the categories have little to say.
        if weights[.chatter, default: 0] >= threshold && categoryEvidence < 3 { return .chatter }
        if lead.kind == .reply && profile.contentCount < 4 && categoryEvidence < 2 { return .reply }
        if profile.contentCount < 2 && lead.urls.isEmpty && storySize == 1 { return .chatter }
        return nil
    }
}
