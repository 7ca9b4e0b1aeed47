import Foundation

/// The second grouping pass: joins stories that tell the same news in different words (or languages).
///
/// Near-duplicate detection misses paraphrases ("Intel sinks on outlook" / "$INTC -15% on guidance").
/// Here stories are compared by the rare features they share: a feature found in at most `cap`
/// tweets of the day is specific to one piece of news. A small story (at most `satelliteSize` tweets
/// with text) joins the one story it is most similar to, when they share at least two rare features
/// whose inverse document frequency covers `threshold` of the smaller story's. Two big stories never
/// merge here, and a satellite joins only its best match, so no chain can bridge two pieces of news.
///
/// In the cross-lingual pass (`crossLingual`), Chinese tweets are read by their anchors only (the
/// names, numbers and Latin words they share with an English original, not their character
/// bigrams), and only stories with a Chinese tweet are satellites: a Chinese retelling of English
/// news joins it when the distinctive names and numbers it mentions are the news's. In both passes
/// a satellite never joins a story whose percentages all differ from its own (`$MU -15%` is not
/// `$MU -17%`: same words, different news). Other numbers do not decide: a retelling adds years,
/// counts and context ("my 3rd app", "since 2024") that the news did not have.
///
/// - Complexity: O(n · features · cap): only stories sharing a rare feature are ever compared.
struct TopicMerger {
    var threshold = 0.35
    var minimumShared = 2
    var satelliteSize = 2
    var crossLingual = false

    func merge(_ groups: [[Int]], profiles: [TweetProfile?], sets: inout UnionFind) {
        // Document frequency of each feature, over tweets with a text.
        var documents = 0
        var frequency = UInt64Table(capacity: profiles.count * 8)
        for profile in profiles {
            guard let profile else { continue }
            documents += 1
            for feature in features(of: profile) { frequency.add(feature, 1) }
        }
        guard documents > 2 else { return }
        // Rare means rare in absolute terms too: a bounded cap keeps the pair count linear in the day.
        // Anchors are fewer and each carries more (a name is told by more of the day's tweets).
        let cap = crossLingual ? Int32(min(100, max(20, documents / 20))) : Int32(min(50, max(10, documents / 35)))
        func idf(_ feature: UInt64) -> Double { log(Double(documents) / Double(frequency[feature] ?? 1)) }

        // Each story's distinct features, and how much information they carry.
        var storyFeatures: [[UInt64]] = []
        var weights: [Double] = []
        var sizes: [Int] = []
        var chinese: [Bool] = []
        var storyPercentages: [[UInt64]] = []
        storyFeatures.reserveCapacity(groups.count)
        for group in groups {
            var features: [UInt64] = []
            var size = 0
            var hasChinese = false
            var percentages: [UInt64] = []
            for i in group {
                guard let profile = profiles[i] else { continue }
                percentages.append(contentsOf: profile.percentages)
                features.append(contentsOf: self.features(of: profile))
                size += 1
                if profile.anchors != nil { hasChinese = true }
            }
            sizes.append(size)
            chinese.append(hasChinese)
            storyPercentages.append(TweetProfiler.unique(percentages.sorted()))
            features = TweetProfiler.unique(features.sorted())
            storyFeatures.append(features)
            weights.append(features.reduce(0) { frequency[$1] ?? 0 > 1 ? $0 + idf($1) : $0 })
        }

        // Stories by rare feature.
        var postings: [UInt64: [Int32]] = [:]
        for (s, features) in storyFeatures.enumerated() {
            for feature in features {
                // Stories with no news tweet (all noise) have no features and never take part.
                let f = frequency[feature] ?? 0
                if f >= 2 && f <= cap { postings[feature, default: []].append(Int32(s)) }
            }
        }

        // Candidate pairs: stories sharing rare features, with the shared idf summed; each satellite
        // keeps its best partner (ties: the smaller index, so the result is order-independent).
        var best = [(similarity: Double, partner: Int)](repeating: (0, -1), count: groups.count)
        // Dense tallies plus the list of stories touched: no hashing in the inner loop. The result
        // does not depend on the order partners are visited (ties go to the smaller index).
        var sharedCount = [Int32](repeating: 0, count: groups.count)
        var sharedIDF = [Double](repeating: 0, count: groups.count)
        var touched: [Int32] = []
        for (a, features) in storyFeatures.enumerated() {
            for b in touched {
                sharedCount[Int(b)] = 0
                sharedIDF[Int(b)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for feature in features {
                guard let stories = postings[feature] else { continue }
                let weight = idf(feature)
                for b in stories where Int(b) > a {
                    if sharedCount[Int(b)] == 0 { touched.append(b) }
                    sharedCount[Int(b)] += 1
                    sharedIDF[Int(b)] += weight
                }
            }
            for b in touched where Int(sharedCount[Int(b)]) >= minimumShared {
                let overlap = (count: Int(sharedCount[Int(b)]), idf: sharedIDF[Int(b)])
                let smaller = min(weights[a], weights[Int(b)])
                guard smaller > 0 else { continue }
                let similarity = overlap.idf / smaller
                guard similarity >= threshold else { continue }
                for (satellite, partner) in [(a, Int(b)), (Int(b), a)] where sizes[satellite] <= satelliteSize
                    && (!crossLingual || chinese[satellite]) && Self.percentagesAgree(storyPercentages[satellite], storyPercentages[partner]) {
                    let current = best[satellite]
                    if similarity > current.similarity || (similarity == current.similarity && partner < current.partner) {
                        best[satellite] = (similarity, partner)
                    }
                }
            }
        }
        for (satellite, match) in best.enumerated() where match.partner >= 0 {
            sets.unionIfCompatible(groups[satellite][0], groups[match.partner][0])
        }
    }

    /// Whether two stories' percentages could tell one piece of news: one has none, or they share one.
    static func percentagesAgree(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// The features this pass reads: a Chinese tweet's anchors in the cross-lingual pass.
    private func features(of profile: TweetProfile) -> [UInt64] {
        (crossLingual ? profile.anchors ?? profile.features : profile.features) + profile.phrases
    }
}
