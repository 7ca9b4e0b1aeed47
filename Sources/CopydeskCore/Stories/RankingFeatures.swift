import Foundation

/// What the learned ranking reads from a story: how widely it was told (independent originals,
/// distinct authors, languages), how much engagement it drew (retweets counted as shares, never
/// with their original's numbers again), how it is told (links, names, replies, first person) and
/// its category.
///
/// The first four are the hand score's own inputs (`StoryRanker`), so a learned weight on them
/// reads as a correction to the hand weight. The others are 0…1 shares or small logs, so a trained
/// model's weights read as they stand.
enum RankingFeatures {
    /// The features' names, as the model file lists them.
    static let names: [String] = [
        "engagement", "authors", "reach", "time", "originals", "day-retweets", "replies", "languages",
        "links", "names", "versioned", "first-person",
    ] + Category.allCases.map { "category:" + $0.rawValue }

    /// What a story's tellings show, counted once while the ranker reads its tweets.
    struct Tellings {
        /// Originals and quotes that are not noise, and their distinct authors.
        var count = 0
        var authors = SmallTally<String>()
        var replies = 0
        var members = 0
        var chinese = 0
        var links = 0
        var versioned = 0
        var firstPerson = 0

        /// Reads the tweet at `i` (at most 32 tellings are read for the shares: a big story's first ones tell it).
        mutating func read(_ i: Int, tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?]) {
            members += 1
            let kind = tweets[i].kind
            if kind == .reply { replies += 1 }
            // Field by field: binding the whole profile would retain each of its arrays.
            guard noise[i] == nil, kind == .original || kind == .quote, profiles[i] != nil else { return }
            authors.increment(tweets[i].author.handle.lowercasedUnlessLower)
            guard count < 32 else { return }
            count += 1
            if profiles[i]!.anchors != nil { chinese += 1 }
            if profiles[i]!.linksPage { links += 1 }
            if !profiles[i]!.entities.isEmpty { versioned += 1 }
            if profiles[i]!.speaks { firstPerson += 1 }
        }
    }

    /// The feature vector, in `names` order. `hand` holds the hand score's inputs (engagement,
    /// authors, reach, time) as the ranker computed them.
    static func vector(hand: [Double], dayRetweets: Int, tellings t: Tellings, names: Int, category: Category) -> [Double] {
        let n = Double(max(1, t.count))
        var x = hand
        x.append(log2(1 + Double(t.authors.count)))
        x.append(log2(1 + Double(dayRetweets)))
        x.append(Double(t.replies) / Double(max(1, t.members)))
        // Told in Chinese and in another language: two communities picked it up.
        x.append(t.chinese > 0 && t.chinese < t.count ? 1 : 0)
        x.append(Double(t.links) / n)
        x.append(min(1, Double(names) / 4))
        x.append(Double(t.versioned) / n)
        x.append(Double(t.firstPerson) / n)
        for c in Category.allCases { x.append(c == category ? 1 : 0) }
        return x
    }
}
