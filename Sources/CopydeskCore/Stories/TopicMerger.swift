import Foundation

/// The second grouping pass: joins stories that tell the same news in different words (or languages).
///
/// Near-duplicate detection misses paraphrases ("Intel sinks on outlook" / "$INTC -15% on guidance").
/// Here stories are compared by the rare features they share: a feature found in at most `cap`
/// tweets of the day is specific to one piece of news. A small story (at most `satelliteSize` tweets
/// with text) joins the one story it is most similar to, when they share at least two rare features
/// whose inverse document frequency covers `threshold` of the smaller story's. Two big stories never
/// merge here, and a satellite joins only its best match, so no chain can bridge two pieces of news.
/// A shared feature counts by how much of the partner holds it: in full from `fullShare` of its
/// tweets, less below. A big story holds almost every rare word somewhere ("pricing slides" in one of
/// a launch's thirty tellings), and a hot take sharing two of them is not the launch.
///
/// In the cross-lingual pass (`crossLingual`), Chinese tweets are read by their anchors only (the
/// names, numbers and Latin words they share with an English original, not their character
/// bigrams), and only stories with a Chinese tweet are satellites: a Chinese retelling of English
/// news joins it when the distinctive names and numbers it mentions are the news's. In both passes
/// a satellite never joins a story whose percentages all differ from its own (`$MU -15%` is not
/// `$MU -17%`: same words, different news). Other numbers do not decide: a retelling adds years,
/// counts and context ("my 3rd app", "since 2024") that the news did not have.
///
/// An author adding to their own news without replying to it ("We're still early on agents…" after
/// "AI agents are unlocking…") writes fewer of its words: a satellite whose every tweet is by an
/// author of its partner joins at `sameAuthorThreshold`.
///
/// The pass compares the stories as they were when it began, so two satellites that join each
/// other (two paraphrases of one take) would miss the news they both resemble. Such a new pair gets
/// a second look against the stories its parts came near (`nearFraction` of the threshold): it joins
/// the best that it matches as a whole, or that one part could have joined on its own while the
/// other came near it (a triangle: a Chinese retelling that matched both an English take and the
/// news the take is about).
///
/// - Complexity: O(n · features · cap): only stories sharing a rare feature are ever compared.
struct TopicMerger {
    var threshold = 0.35
    var minimumShared = 2
    var satelliteSize = 2
    var crossLingual = false
    /// The similarity at which a satellite by the partner's own authors joins (at most `threshold`).
    var sameAuthorThreshold = 0.3
    /// Each tweet's author (a hash of the folded handle); nil: authorship is not read.
    var authors: [UInt64]? = nil
    /// Partners at least this similar (times `threshold`) are remembered for the second look.
    var nearFraction = 0.5
    /// The share of a story's tweets from which a word shared with a satellite counts in full.
    var fullShare = 0.125

    /// Joins satellites to their best match. `skip[i]` (when given) leaves tweet `i` out, as if it
    /// had no text: noise never merges by topic. Returns each tweet's feature list as this pass read
    /// it, and the document frequency of each feature so read; a cross-lingual pass given the (same-skip) lists of a plain pass as `wordLists` reuses
    /// them for the tweets without anchors, whose lists are the same.
    @discardableResult
    func merge(_ groups: [[Int]], profiles: [TweetProfile?], skip: [NoiseKind?]? = nil, wordLists: [[UInt64]?]? = nil,
               sets: inout UnionFind) -> (lists: [[UInt64]?], frequency: FeatureCounts) {
        // Document frequency of each feature, over tweets with a text.
        // Each tweet's features read once (on every core): reaching into a profile costs.
        // Later reads of a profile go through `lists[i]` first: a skipped tweet is never read.
        let lists = Parallel.map(profiles.count, grain: 1024) { i -> [UInt64]? in
            if skip?[i] != nil { return nil }
            if crossLingual, let wordLists, profiles[i]?.anchors == nil { return wordLists[i] }
            return features(of: profiles, i)
        }
        let frequency = FeatureCounts(lists)
        let documents = frequency.documents
        guard documents > 2 else { return (lists, frequency) }
        // Rare means rare in absolute terms too: a bounded cap keeps the pair count linear in the day.
        // Anchors are fewer and each carries more (a name is told by more of the day's tweets).
        let cap = crossLingual ? Int32(min(100, max(20, documents / 20))) : Int32(min(50, max(10, documents / 35)))
        // idf by document frequency, one `log` per count (not per feature of every story).
        let idfByCount = (0...Int(frequency.maximum)).map { log(Double(documents) / Double(max(1, $0))) }
        func idf(_ feature: UInt64) -> Double { idfByCount[Int(frequency[feature] ?? 1)] }

        // Each story's distinct features, and how much information they carry (on every core).
        let stories = Parallel.map(groups.count, grain: 256) { summary(groups[$0], lists: lists, profiles: profiles, frequency: frequency, idfByCount: idfByCount) }

        // Stories by rare feature.
        let rare = RarePostings(stories.map(\.features), shares: stories.map(\.shares), isRare: { let f = frequency[$0] ?? 0; return f >= 2 && f <= cap }, idf: idf)

        // Candidate pairs: stories sharing rare features, with the shared idf summed (and summed again
        // with each feature weighted by how much of the partner holds it, both ways); each satellite
        // keeps its best partner (ties: the smaller index), so the result does not depend on the order
        // pairs are found in, and chunks of stories are compared on every core.
        let proposals = Parallel.map(stories.count, grain: 512, state: { PairTally(count: stories.count) }) { tally, a in
            tally.clear()
            let mine = rare.shares[a]
            for (k, id) in rare.features[a].enumerated() {
                let weight = rare.idf[Int(id)]
                let fromWeight = weight * Self.evidence(mine.isEmpty ? 1 : mine[k], fullShare: fullShare)
                for (b, share) in zip(rare.stories(id), rare.storyShares(id)) where Int(b) > a {
                    tally.add(b, weight, toward: weight * Self.evidence(share, fullShare: fullShare), from: fromWeight)
                }
            }
            var found: [Proposal] = []
            for b in tally.touched where Int(tally.count[Int(b)]) >= minimumShared {
                let b = Int(b)
                let smaller = min(stories[a].weight, stories[b].weight)
                guard smaller > 0 else { continue }
                // Unweighted, the similarity bounds both weighted ones: below it the pair is no candidate.
                let plain = tally.idf[b] / smaller
                guard plain >= min(threshold, sameAuthorThreshold, nearFraction * threshold) else { continue }
                // Every small story's near partners are kept for the second look; `joins` marks those
                // it may join now (close enough, in the pass's language, with agreeing percentages).
                for (satellite, partner) in [(a, b), (b, a)] where stories[satellite].size <= satelliteSize {
                    let similarity = (satellite == a ? tally.toward[b] : tally.from[b]) / smaller
                    let eligible = (!crossLingual || stories[satellite].chinese)
                        && Self.percentagesAgree(stories[satellite].percentages, stories[partner].percentages)
                    let joins = eligible && closeEnough(similarity, stories[satellite], stories[partner])
                    if joins || similarity >= nearFraction * threshold {
                        found.append(Proposal(satellite: Int32(satellite), partner: Int32(partner), similarity: similarity, joins: joins))
                    }
                }
            }
            return found
        }
        var best = [(similarity: Double, partner: Int)](repeating: (0, -1), count: groups.count)
        for found in proposals {
            for proposal in found where proposal.joins {
                let (satellite, partner, similarity) = (proposal.satellite, proposal.partner, proposal.similarity)
                let current = best[Int(satellite)]
                if similarity > current.similarity || (similarity == current.similarity && Int(partner) < current.partner) {
                    best[Int(satellite)] = (similarity, Int(partner))
                }
            }
        }
        for (satellite, match) in best.enumerated() where match.partner >= 0 {
            sets.unionIfCompatible(groups[satellite][0], groups[match.partner][0])
        }
        secondLook(groups, stories: stories, best: best, proposals: proposals, frequency: frequency, cap: cap, idfByCount: idfByCount, sets: &sets)
        return (lists, frequency)
    }

    /// A satellite's partner as the pass found it: `joins` when it is close enough to join.
    private struct Proposal {
        var satellite: Int32
        var partner: Int32
        var similarity: Double
        var joins: Bool
    }

    /// Pairs of satellites that joined each other (and nothing bigger) are compared again, as one
    /// story, with the stories their parts came near; each joins its best match, as a satellite.
    private func secondLook(_ groups: [[Int]], stories: [Summary], best: [(similarity: Double, partner: Int)], proposals: [[Proposal]],
                            frequency: FeatureCounts, cap: Int32, idfByCount: [Double], sets: inout UnionFind) {
        // The stories that joined in this pass, with what they joined, grouped by their set now.
        var partsByRoot: [Int: [Int]] = [:]
        for (satellite, match) in best.enumerated() where match.partner >= 0 {
            for story in [satellite, match.partner] {
                let root = sets.find(groups[story][0])
                if partsByRoot[root]?.contains(story) != true { partsByRoot[root, default: []].append(story) }
            }
        }
        guard !partsByRoot.isEmpty else { return }
        var near: [Int: [Proposal]] = [:]
        for found in proposals {
            for proposal in found where proposal.similarity >= nearFraction * threshold
                && partsByRoot[sets.find(groups[Int(proposal.satellite)][0])] != nil {
                near[Int(proposal.satellite), default: []].append(proposal)
            }
        }
        func merged(_ parts: [Int]) -> Summary {
            var story = Summary()
            for part in parts {
                story.features.append(contentsOf: stories[part].features)
                story.percentages.append(contentsOf: stories[part].percentages)
                story.authors.append(contentsOf: stories[part].authors)
                story.size += stories[part].size
                story.chinese = story.chinese || stories[part].chinese
            }
            story.features = TweetProfiler.unique(story.features.sorted())
            story.percentages = TweetProfiler.unique(story.percentages.sorted())
            story.authors = TweetProfiler.unique(story.authors.sorted())
            story.weight = Self.weight(story.features, frequency: frequency, idfByCount: idfByCount)
            return story
        }
        // New pairs in the order of their first story, so the result does not depend on hashing.
        let pairs = partsByRoot.values.map { $0.sorted() }.filter { parts in
            parts.count > 1 && parts.allSatisfy { stories[$0].size <= satelliteSize }
                && parts.reduce(0) { $0 + stories[$1].size } <= satelliteSize
        }.sorted { $0[0] < $1[0] }
        for parts in pairs {
            let pair = merged(parts)
            if crossLingual && !pair.chinese { continue }
            let root = sets.find(groups[parts[0]][0])
            // Each candidate set, with one of its stories (a set no satellite joined is that story alone).
            var candidates: [Int: Int] = [:]
            for part in parts {
                for proposal in near[part] ?? [] {
                    let partner = Int(proposal.partner)
                    let other = sets.find(groups[partner][0])
                    if other != root && candidates[other] == nil { candidates[other] = partner }
                }
            }
            // A triangle: every part came near the candidate, and one could join it on its own.
            func triangle(_ candidate: Int) -> Bool {
                var joins = false
                for part in parts {
                    let toCandidate = (near[part] ?? []).filter { sets.find(groups[Int($0.partner)][0]) == candidate }
                    if toCandidate.isEmpty { return false }
                    if toCandidate.contains(where: \.joins) { joins = true }
                }
                return joins
            }
            var bestMatch: (similarity: Double, root: Int)?
            for (candidate, story) in candidates.sorted(by: { $0.key < $1.key }) {
                let other = merged(partsByRoot[candidate] ?? [story])
                let (shared, count) = sharedRare(pair.features, other.features, frequency: frequency, cap: cap, idfByCount: idfByCount)
                let smaller = min(pair.weight, other.weight)
                guard count >= minimumShared, smaller > 0, Self.percentagesAgree(pair.percentages, other.percentages) else { continue }
                let similarity = shared / smaller
                let joins = closeEnough(similarity, pair, other) || triangle(candidate)
                if joins && similarity > (bestMatch?.similarity ?? 0) { bestMatch = (similarity, candidate) }
            }
            guard let bestMatch, sets.unionIfCompatible(groups[parts[0]][0], bestMatch.root) else { continue }
            // Later pairs see the set as it is now.
            let joined = parts + (partsByRoot[bestMatch.root] ?? [candidates[bestMatch.root]!])
            partsByRoot[root] = nil
            partsByRoot[bestMatch.root] = nil
            partsByRoot[sets.find(bestMatch.root)] = joined
        }
    }

    /// The summed idf and the number of the rare features two ascending feature lists share.
    private func sharedRare(_ a: [UInt64], _ b: [UInt64], frequency: FeatureCounts, cap: Int32, idfByCount: [Double]) -> (Double, Int) {
        var i = 0, j = 0, sum = 0.0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                let f = frequency[a[i]] ?? 0
                if f >= 2 && f <= cap { sum += idfByCount[Int(f)]; count += 1 }
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (sum, count)
    }

    /// What the pass knows of one story.
    private struct Summary {
        /// Distinct features, ascending.
        var features: [UInt64] = []
        /// The share of its tweets with a text holding each feature, parallel to `features`; empty
        /// for a story of one tweet (all 1).
        var shares: [Float] = []
        /// The summed idf of its features found in more than one tweet.
        var weight = 0.0
        /// Tweets with a text.
        var size = 0
        var chinese = false
        /// Distinct percentages, ascending.
        var percentages: [UInt64] = []
        /// Distinct authors of its tweets with a text, ascending (empty when authorship is not read).
        var authors: [UInt64] = []
    }

    private func summary(_ group: [Int], lists: [[UInt64]?], profiles: [TweetProfile?], frequency: FeatureCounts, idfByCount: [Double]) -> Summary {
        var story = Summary()
        // The lists' sizes first: a story of several tweets gathers their features in one array
        // made at its final size (grown by doubling, it was copied a dozen times for a big story).
        var listed = 0, total = 0
        for i in group {
            guard let features = lists[i] else { continue }
            listed += 1
            total += features.count
        }
        if listed > 1 { story.features.reserveCapacity(total) }
        // Field by field: binding a whole profile would retain each of its arrays.
        for i in group {
            guard let features = lists[i] else { continue }
            story.size += 1
            if let authors { story.authors.append(authors[i]) }
            if profiles[i]?.anchors != nil { story.chinese = true }
            // A profile's percentages are sorted and distinct already: a one-tweet story shares them.
            if story.size == 1 && listed == 1 {
                story.features = features
                story.percentages = profiles[i]?.percentages ?? []
            } else {
                story.features.append(contentsOf: features)
                story.percentages.append(contentsOf: profiles[i]?.percentages ?? [])
            }
        }
        if story.size > 1 {
            story.percentages = TweetProfiler.unique(story.percentages.sorted())
            story.authors = TweetProfiler.unique(story.authors.sorted())
        }
        // One tweet's list is ascending already (repeats aside).
        if story.size > 1 {
            // Each tweet's features are distinct: a feature's repeats count the tweets holding it.
            UInt64Sort.sort(&story.features)
            var distinct: [UInt64] = [], shares: [Float] = []
            // Made at their final sizes, counted first.
            var runs = 0
            for k in story.features.indices where k == 0 || story.features[k] != story.features[k - 1] { runs += 1 }
            distinct.reserveCapacity(runs)
            shares.reserveCapacity(runs)
            var k = 0
            while k < story.features.count {
                var end = k + 1
                while end < story.features.count && story.features[end] == story.features[k] { end += 1 }
                distinct.append(story.features[k])
                shares.append(Float(end - k) / Float(story.size))
                k = end
            }
            story.features = distinct
            story.shares = shares
        } else if !Self.strictlyAscending(story.features) { story.features = TweetProfiler.unique(story.features.sorted()) }
        story.weight = Self.weight(story.features, frequency: frequency, idfByCount: idfByCount)
        return story
    }

    /// How much a shared feature held by `share` of a story's tweets says that a small story tells
    /// it: fully from `fullShare` on, less for a word only a few of a big story's tweets use.
    static func evidence(_ share: Float, fullShare: Double) -> Double {
        min(1, Double(share) / fullShare)
    }

    /// How much information distinct `features` carry: the summed idf of those found in more than one tweet.
    private static func weight(_ features: [UInt64], frequency: FeatureCounts, idfByCount: [Double]) -> Double {
        var weight = 0.0
        for feature in features {
            let f = frequency[feature] ?? 0
            if f > 1 { weight += idfByCount[Int(f)] }
        }
        return weight
    }

    /// Whether a small story this `similarity` to `partner` may join it: at the threshold, or at the
    /// lower same-author threshold when every one of its tweets is by one of the partner's authors.
    private func closeEnough(_ similarity: Double, _ satellite: Summary, _ partner: Summary) -> Bool {
        similarity >= threshold || (similarity >= sameAuthorThreshold && Self.isSubset(satellite.authors, of: partner.authors))
    }

    private static func strictlyAscending(_ values: [UInt64]) -> Bool {
        values.indices.dropFirst().allSatisfy { values[$0 - 1] < values[$0] }
    }

    /// Whether every one of `a` (ascending, not empty) is in `b` (ascending).
    static func isSubset(_ a: [UInt64], of b: [UInt64]) -> Bool {
        guard !a.isEmpty else { return false }
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            if j == b.count || b[j] != x { return false }
        }
        return true
    }

    /// Whether two stories' percentages could tell one piece of news: one has none, or they share one.
    static func percentagesAgree(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        a.isEmpty || b.isEmpty || shareOne(a, b)
    }

    /// Whether two ascending lists share a value.
    static func shareOne(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// The features this pass reads of tweet `i`: a Chinese tweet's anchors in the cross-lingual
    /// pass; nil for a tweet without a text.
    private func features(of profiles: [TweetProfile?], _ i: Int) -> [UInt64]? {
        guard let words = crossLingual ? profiles[i]?.anchors ?? profiles[i]?.features : profiles[i]?.features else { return nil }
        return Self.merged(words, profiles[i]?.phrases ?? [])
    }

    /// Two ascending arrays as one ascending array, repeats kept (the multiset `a + b`): sorted here,
    /// a one-tweet story's features need no sort.
    static func merged(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        return [UInt64](unsafeUninitializedCapacity: a.count + b.count) { out, count in
            var i = 0, j = 0, k = 0
            while i < a.count && j < b.count {
                if b[j] < a[i] { out[k] = b[j]; j += 1 } else { out[k] = a[i]; i += 1 }
                k += 1
            }
            while i < a.count { out[k] = a[i]; i += 1; k += 1 }
            while j < b.count { out[k] = b[j]; j += 1; k += 1 }
            count = k
        }
    }
}
