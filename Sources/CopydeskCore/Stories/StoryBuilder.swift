import Foundation

/// Builds one `Story` from a group of tweets: its lead, id, headline, score, category and noise.
struct StoryBuilder {
    let index: LexiconIndex
    let ranker: StoryRanker
    var categoryModel: CategoryModel? = nil

    /// The story of `members`, its theme (read from the same lexicon hits, so counted once; empty
    /// for noise) and its ranking features (what a ranking model is trained on).
    func story(members: [Int], tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?]) -> (story: Story, theme: Theme, features: [Double]) {
        let urls = Self.urls(members, of: tweets)
        let leadIndex = lead(members, tweets, noise, profiles, source: urls.first)
        // Members are in canonical (id) order, so the first holds the smallest id.
        let smallest = tweets[members[0]].id
        let id = StoryID("s" + TextHash.hex(TextHash.mix(TextHash.folded(smallest)), digits: 12))

        // A story is noise when even its best tweet is (chatter replies ride along with real stories),
        // or when one voice says something that names nothing (a meme, a hot take): news has a name.
        var storyNoise = noise[leadIndex]
        if storyNoise == nil && !Self.namesAnything(members, tweets, profiles) { storyNoise = .chatter }

        let (termTweets, cashtagTweets) = Self.tallies(members, tweets: tweets, profiles: profiles)
        let classifier = StoryClassifier(index: index)
        let scores = classifier.scores(termTweets: termTweets, cashtagTweets: cashtagTweets)
        var (category, confidence) = classifier.classify(scores)
        if let categoryModel, storyNoise == nil {
            // The learned model reads the lexicon's scores with how the story is told (noise, which
            // never becomes a candidate, keeps the lexicon's verdict: most of a big day is noise).
            let p = categoryModel.probabilities(CategoryFeatures.of(members, tweets: tweets, profiles: profiles, noise: noise, scores: scores))
            var best = 0
            for c in p.indices where p[c] > p[best] { best = c }
            category = Category.ordered[best]
            confidence = (p[best] * 1000).rounded() / 1000
        }
        let names = storyNoise == nil ? Self.keptNames(members, noise: noise, profiles: profiles) : []
        let (parts, features) = ranker.score(members, of: tweets, profiles: profiles, noise: noise, category: category, names: names.count)
        let others = members.filter { $0 != leadIndex }.sorted {
            tweets[$0].createdAt != tweets[$1].createdAt ? tweets[$0].createdAt < tweets[$1].createdAt : $0 < $1
        }
        let story = Story(
            // The lead's fields, not the lead: copying a whole tweet retains every field.
            id: id, tweetIDs: [tweets[leadIndex].id] + others.map { tweets[$0].id },
            headline: StoryHeadline.extract(from: Tweet.body(of: tweets[leadIndex].text, kind: tweets[leadIndex].kind)),
            category: category, confidence: confidence, score: StoryRanker.round(parts.reduce(0) { $0 + $1.value }),
            scoreParts: parts, urls: urls, authors: Self.authors(members, of: tweets),
            noise: storyNoise?.rawValue)
        // Noise is never a candidate point, and only candidates' themes are compared.
        return (story, storyNoise == nil ? theme(termTweets, names: names) : Theme(), features)
    }

    /// A story's lexicon profile: each category term it uses, weighted by the term's weight and how
    /// many of its tweets use it.
    private func theme(_ termTweets: SmallTally<Int32>, names: [UInt64]) -> Theme {
        var weights: [(Int32, Double)] = []
        for (term, count) in termTweets.pairs {
            guard case .category = index.targets[Int(term)].target else { continue }
            weights.append((term, index.targets[Int(term)].weight * log2(1 + Double(count))))
        }
        return Theme(weights, names: names)
    }

    /// The names (inside a sentence, versioned, cashtags) that at least a quarter of the story's
    /// news tweets mention, at most 8, most mentioned first, returned ascending.
    static func keptNames(_ members: [Int], noise: [NoiseKind?], profiles: [TweetProfile?]) -> [UInt64] {
        var counts = SmallTally<UInt64>()
        var tellings = 0
        for i in members where noise[i] == nil && tellings < 64 {
            guard let names = profiles[i]?.names else { continue }
            tellings += 1
            for name in names { counts.increment(name) }
        }
        let needed = max(1, tellings / 4)
        let kept = counts.pairs.filter { $0.1 >= needed }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(8).map(\.0)
        return kept.sorted()
    }

    /// The story's voice, whose words head it and whose link the post cites: news before noise, then
    /// the news's own account announcing it (a tweet linking the story's most shared page by the
    /// account that page names: @kestrelcompute linking investors.kestrelcompute.com, not "$KSTL
    /// flipped green at the open"), then the tweet the story's others point at most (retweets,
    /// quotes, replies: the source, not a retelling that collected more likes), then the most
    /// engaging (ties: earliest, then smallest id). The account's own telling leads only when it drew
    /// at least `announcerShare` of the most engaging telling's engagement: a thank-you note or a
    /// follow-up by the account is no headline for what others told.
    private func lead(_ members: [Int], _ tweets: [Tweet], _ noise: [NoiseKind?], _ profiles: [TweetProfile?], source: String?) -> Int {
        // Most stories of a big day are one tweet.
        guard members.count > 1 else { return members[0] }
        let announcerShare = 0.25
        let announcer = source.map { Announcer(source: $0) }
        func engagement(_ i: Int) -> Double {
            let m = tweets[i].metrics
            return Double(m.likes) + 2 * Double(m.retweets) + 3 * Double(m.quotes) + Double(m.replies)
        }
        var mostEngaging = 0.0
        if announcer != nil {
            for i in members where noise[i] == nil && tweets[i].kind != .retweet { mostEngaging = max(mostEngaging, engagement(i)) }
        }
        var best = members[0]
        var bestValue = -1.0
        // How often the story's own tweets point at each tweet (retweets, quotes, replies).
        var pointedAt = SmallTally<String>()
        for i in members { if let target = tweets[i].referencedID { pointedAt.increment(target) } }
        // A retweet of a tweet outside the day (it has a profile: its original's text) may lead when
        // no tweet of the story's own tells the news: a launch the day only retweets.
        for i in members where tweets[i].kind != .retweet || profiles[i] != nil {
            // Any news tweet outranks every noise tweet, and a tweet of the story's own any retweet;
            // the account announcing its news outranks the tweet the others point at most; each tweet
            // pointing here outranks any engagement.
            let engaged = engagement(i)
            // The share first: most tellings fall short, and then no link or handle is read.
            let announces = engaged >= announcerShare * mostEngaging
                && announcer?.announces(kind: tweets[i].kind, urls: tweets[i].urls, handle: tweets[i].author.handle) == true
            let value = engaged
                + (noise[i] == nil ? 1e15 : 0) + (tweets[i].kind != .retweet ? 5e14 : 0) + 1e12 * Double(pointedAt[tweets[i].id] ?? 0)
                + (announces ? 1e14 : 0)
            if value > bestValue || (value == bestValue && tweets[i].createdAt < tweets[best].createdAt) {
                best = i
                bestValue = value
            }
        }
        return best
    }

    /// Expanded links, most shared first (ties alphabetical).
    static func urls(_ members: [Int], of tweets: [Tweet]) -> [String] {
        var counts = SmallTally<String>()
        for i in members {
            let urls = tweets[i].urls
            // Each distinct link once per tweet: a scan back (tweets have few links), no set.
            for k in urls.indices where !urls[..<k].contains(urls[k]) { counts.increment(urls[k]) }
        }
        return counts.pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(10).map(\.0)
    }

    /// How many of the story's tweets use each lexicon term and each cashtag (each once per tweet).
    static func tallies(_ members: [Int], tweets: [Tweet], profiles: [TweetProfile?]) -> (terms: SmallTally<Int32>, cashtags: SmallTally<String>) {
        var termTweets = SmallTally<Int32>()
        var cashtagTweets = SmallTally<String>()
        for i in members {
            // Read the fields, not the whole profile: copying a profile retains all its arrays.
            guard let termIDs = profiles[i]?.termIDs, let cashtags = profiles[i]?.cashtags else { continue }
            // Each distinct term once per tweet: a scan back (tweets name few terms), no set.
            for k in termIDs.indices where !termIDs[..<k].contains(termIDs[k]) { termTweets.increment(termIDs[k]) }
            if cashtags.isEmpty && tweets[i].cashtags.isEmpty { continue }
            for tag in Set(cashtags + tweets[i].cashtags.map { $0.uppercased() }) { cashtagTweets.increment(tag) }
        }
        return (termTweets, cashtagTweets)
    }

    /// Whether a telling of the story (an original, a quote, or a retweet of a tweet outside the
    /// day; replies only react) names something or links a page: a meme or a hot take does
    /// neither, however liked.
    static func namesAnything(_ members: [Int], _ tweets: [Tweet], _ profiles: [TweetProfile?]) -> Bool {
        // A retweet of a tweet outside the day carries that telling's text (a launch the day only
        // retweets); a retweet of a tweet in the day has no profile, and its original is a member;
        // a quote of news outside the day comments on it.
        for i in members where tweets[i].kind != .reply {
            guard let profile = profiles[i] else { continue }
            if NoiseDetector.isSpecific(profile, hasURLs: profile.linksPage) || profile.commentsOnNews { return true }
        }
        return false
    }

    /// Distinct handles, most followed first (ties alphabetical).
    static func authors(_ members: [Int], of tweets: [Tweet]) -> [String] {
        var followers = SmallTally<String>()
        // The two fields read in place: binding the author copied its name too (a retain and a release).
        for i in members { followers.raise(tweets[i].author.handle, to: tweets[i].author.followers) }
        return followers.pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}
