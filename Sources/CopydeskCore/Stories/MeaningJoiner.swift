import Foundation

/// The meaning pass: a small story joins the bigger story whose tellings mean what it says.
///
/// Most tweets of a real story are reactions in their own words ("Tried the new agent on a real
/// errand…", a Chinese retelling of an English launch): they share no link, few words and often no
/// name with the news. A multilingual sentence model reads them instead. Stories are compared as
/// wholes: each story's vector is the mean of its distinct tellings' vectors (its centroid), so a
/// big story's many tellings outweigh any one tweet's noise.
///
/// A story of at most `satelliteSize` tellings joins the home (a story of at least `homeSize`) its
/// centroid is nearest to, when the similarity reaches `threshold` and beats the next home by
/// `margin`: two homes alike to it (two launches of one lab) decide nothing. Guards keep news apart:
/// sets naming different versioned products or tickers never join (`UnionFind`), percentages
/// must agree and so must amounts (`Amount`: a "500B model" meme is not the 560B launch, a "$14B"
/// round not a quarter's figures), each when both sides give some; noise never joins, and a
/// reaction cannot precede its news by more than `leadSlack`. Homes are read before any join, so
/// no chain forms.
///
/// Two weak signals that agree are evidence: a satellite using one of a home's own words (at least
/// half of the day's uses of it are in the home, by at least `wordVoices` of its authors: the
/// paper's "tampering", the launch's "cloud computer"), or giving a percentage or an amount the
/// home's tellings give (the paper's "1.3%"), is `agreementBonus` nearer that home, for the
/// threshold and the margin alike (once, however many agree). A word one author repeats through a
/// long thread is the author's habit, not the story's, and earns nothing.
///
/// Cost is bounded: vectors for at most `budget` tweets (the `homeLimit` biggest homes, up to
/// `homeTexts` tellings each within half the budget, then the most engaging satellites), cached by
/// tweet id.
struct MeaningJoiner {
    let encoder: any SentenceEncoding
    let cache: EmbeddingCache
    var threshold: Float = 0.45
    var margin: Float = 0.05
    var homeSize = 3
    var satelliteSize = 3
    var homeTexts = 16
    var homeLimit = 120
    var budget = 1000
    var leadSlack: TimeInterval = 3 * 3600
    var agreementBonus: Float = 0.1
    var wordVoices = 3

    /// Joins satellites to the home they mean. `skip[i]` leaves tweet `i` out (noise). `words` and
    /// `uses` are each tweet's features and their day's counts as the topic pass read them (nil
    /// without that pass: then no home has words of its own).
    func merge(_ groups: [[Int]], tweets: [Tweet], profiles: [TweetProfile?], skip: [NoiseKind?],
               words: [[UInt64]?]? = nil, uses: FeatureCounts? = nil, sets: inout UnionFind) {
        // Each story's distinct tellings (tweets with a text of their own, first of each text). A
        // reaction the noise detector set aside (chatter, a terse reply: no name, no link) may be
        // what a satellite says, but never part of a home's centroid.
        var tellings = [[Int]](repeating: [], count: groups.count)
        var reactions = [[Int]](repeating: [], count: groups.count)
        var seen: [UInt64] = []
        for (g, members) in groups.enumerated() {
            // A story holds few distinct texts here (at most `homeTexts`): a scan beats a set.
            seen.removeAll(keepingCapacity: true)
            for i in members where profiles[i] != nil && tellings[g].count < homeTexts {
                let text = TextHash.folded(tweets[i].text)
                guard !seen.contains(text) else { continue }
                seen.append(text)
                switch skip[i] {
                case nil: tellings[g].append(i)
                case .chatter?, .reply?: reactions[g].append(i)
                default: continue
                }
            }
        }
        let homeIndices = groups.indices.filter { tellings[$0].count >= homeSize }
        // What each satellite says: its tellings and reactions (a home's reactions stay out of it).
        for g in groups.indices where tellings[g].count < homeSize {
            tellings[g] = (tellings[g] + reactions[g]).sorted()
        }
        // Homes, biggest first; satellites, most engaging first (ties: story order).
        let homes = homeIndices
            .sorted { tellings[$0].count != tellings[$1].count ? tellings[$0].count > tellings[$1].count : $0 < $1 }
            .prefix(homeLimit)
        guard !homes.isEmpty else { return }
        func engagement(_ g: Int) -> Int {
            // Counts are clamped at load; sums saturate (`Int.saturatingAdding`), as the ranker's do.
            tellings[g].reduce(0) { $0.saturatingAdding(tweets[$1].metrics.likes).saturatingAdding(tweets[$1].metrics.retweets) }
        }
        let satelliteEngagement = groups.indices.map { (1...satelliteSize).contains(tellings[$0].count) ? engagement($0) : -1 }
        let satellites = groups.indices.filter { satelliteEngagement[$0] >= 0 }
            .sorted { satelliteEngagement[$0] != satelliteEngagement[$1] ? satelliteEngagement[$0] > satelliteEngagement[$1] : $0 < $1 }

        // The tweets to encode, within the budget: half at most for the homes (fewer tellings each
        // on a day of many big stories; a centroid of a few is still the story), then satellites whole.
        let perHome = max(homeSize, min(homeTexts, budget / 2 / homes.count))
        for h in homes where tellings[h].count > perHome { tellings[h].removeLast(tellings[h].count - perHome) }
        var chosenSatellites: [Int] = []
        var items: [(id: String, text: String)] = []
        var slot: [Int: Int] = [:]
        func take(_ g: Int) {
            for i in tellings[g] where slot[i] == nil {
                slot[i] = items.count
                items.append((tweets[i].id, tweets[i].bodyText))
            }
        }
        for h in homes { take(h) }
        for g in satellites where items.count + tellings[g].count <= max(budget, items.count) {
            take(g)
            chosenSatellites.append(g)
        }
        guard !chosenSatellites.isEmpty else { return }
        let vectors = cache.vectors(items, encoder: encoder)
        let dimension = encoder.dimension
        func centroid(_ g: Int) -> [Float] {
            var sum = [Float](repeating: 0, count: dimension)
            for i in tellings[g] {
                let vector = vectors[slot[i]!]
                guard vector.count == dimension else { continue }
                for d in 0..<dimension { sum[d] += vector[d] }
            }
            var norm: Float = 0
            for d in 0..<dimension { norm += sum[d] * sum[d] }
            guard norm > 0 else { return sum }
            let scale = 1 / norm.squareRoot()
            return sum.map { $0 * scale }
        }
        let homeList = Array(homes)
        let homeCentroids = homeList.map(centroid)
        let homeStart = homeList.map { h in tellings[h].map { tweets[$0].createdAt }.min()! }
        let homePercentages = homeList.map { percentages(of: tellings[$0], profiles: profiles) }
        let homeAmounts = homeList.map { amounts(of: tellings[$0], tweets: tweets) }
        let owners = words.flatMap { words in uses.map { ownedWords(homeList.map { groups[$0] }, tweets: tweets, words: words, uses: $0) } } ?? [:]

        for g in chosenSatellites {
            let c = centroid(g)
            let start = tellings[g].map { tweets[$0].createdAt }.min()!
            let mine = percentages(of: tellings[g], profiles: profiles)
            let myAmounts = amounts(of: tellings[g], tweets: tweets)
            var best = (similarity: -Float.infinity, home: -1), second = -Float.infinity
            let near = owners.isEmpty ? [] : homesOwning(groups[g], words: words, owners: owners)
            for (k, h) in homeList.enumerated() where h != g && tellings[h].count > tellings[g].count {
                let agrees = near.contains(k) || TopicMerger.shareOne(mine, homePercentages[k]) || TopicMerger.shareOne(myAmounts, homeAmounts[k])
                var similarity: Float = agrees ? agreementBonus : 0
                for d in 0..<dimension { similarity += c[d] * homeCentroids[k][d] }
                if similarity > best.similarity {
                    second = best.similarity
                    best = (similarity, k)
                } else if similarity > second {
                    second = similarity
                }
            }
            guard best.home >= 0, best.similarity >= threshold, best.similarity - max(second, 0) >= margin else { continue }
            let k = best.home
            guard start.timeIntervalSince(homeStart[k]) >= -leadSlack, TopicMerger.percentagesAgree(mine, homePercentages[k]),
                  TopicMerger.percentagesAgree(myAmounts, homeAmounts[k]) else { continue }
            sets.unionIfCompatible(groups[g][0], groups[homeList[k]][0])
        }
    }

    /// The homes' own words: each feature at least half of whose uses on the day are in one home
    /// (`homes[k]`, all its members), by at least `wordVoices` distinct authors there; its value is
    /// `k` (two homes, when each holds half).
    private func ownedWords(_ homes: [[Int]], tweets: [Tweet], words: [[UInt64]?], uses: FeatureCounts) -> [UInt64: [Int]] {
        var owners: [UInt64: [Int]] = [:]
        var pairs: [(feature: UInt64, author: UInt64)] = []
        for (k, members) in homes.enumerated() {
            pairs.removeAll(keepingCapacity: true)
            for i in members {
                guard let features = words[i], !features.isEmpty else { continue }
                let author = TextHash.folded(tweets[i].author.handle)
                for feature in features { pairs.append((feature, author)) }
            }
            // By feature, then author: each feature's run counts its uses and its distinct authors.
            pairs.sort { $0.feature != $1.feature ? $0.feature < $1.feature : $0.author < $1.author }
            var start = 0
            while start < pairs.count {
                var end = start + 1, voices = 1
                while end < pairs.count && pairs[end].feature == pairs[start].feature {
                    if pairs[end].author != pairs[end - 1].author { voices += 1 }
                    end += 1
                }
                let count = end - start
                if voices >= wordVoices, 2 * count >= Int(uses[pairs[start].feature] ?? Int32(count)) { owners[pairs[start].feature, default: []].append(k) }
                start = end
            }
        }
        return owners
    }

    /// The homes (indices into the homes `owners` was made for) owning a word the members use.
    private func homesOwning(_ members: [Int], words: [[UInt64]?]?, owners: [UInt64: [Int]]) -> [Int] {
        var near: [Int] = []
        for i in members {
            for feature in words?[i] ?? [] {
                for k in owners[feature] ?? [] where !near.contains(k) { near.append(k) }
            }
        }
        return near
    }

    /// The amounts (`Amount`) the members' texts give, sorted and distinct.
    private func amounts(of members: [Int], tweets: [Tweet]) -> [UInt64] {
        var found: [UInt64] = []
        var spans: [TokenSpan] = []
        for i in members {
            var text = tweets[i].bodyText
            text.withUTF8 { b in
                spans.removeAll(keepingCapacity: true)
                TweetScanner.scanRaw(b, into: &spans)
                for span in spans where span.kind == .number {
                    if let amount = Amount.hash(b, span) { found.append(amount) }
                }
            }
        }
        TweetProfiler.sortUnique(&found)
        return found
    }

    private func percentages(of members: [Int], profiles: [TweetProfile?]) -> [UInt64] {
        var found: [UInt64] = []
        for i in members { found.append(contentsOf: profiles[i]?.percentages ?? []) }
        TweetProfiler.sortUnique(&found)
        return found
    }
}
