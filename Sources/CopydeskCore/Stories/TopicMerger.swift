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
/// - Complexity: O(n · features · cap): only stories sharing a rare feature are ever compared.
struct TopicMerger {
    var threshold = 0.35
    var minimumShared = 2
    var satelliteSize = 2

    func merge(_ groups: [[Int]], profiles: [TweetProfile?], sets: inout UnionFind) {
        // Document frequency of each feature, over tweets with a text.
        var documents = 0
        var frequency = UInt64Table(capacity: profiles.count * 8)
        for profile in profiles {
            guard let profile else { continue }
            documents += 1
            for feature in profile.features { frequency.add(feature, 1) }
        }
        guard documents > 2 else { return }
        // Rare means rare in absolute terms too: a bounded cap keeps the pair count linear in the day.
        let cap = Int32(min(50, max(10, documents / 35)))
        func idf(_ feature: UInt64) -> Double { log(Double(documents) / Double(frequency[feature] ?? 1)) }

        // Each story's distinct features, and how much information they carry.
        var storyFeatures: [[UInt64]] = []
        var weights: [Double] = []
        var sizes: [Int] = []
        storyFeatures.reserveCapacity(groups.count)
        for group in groups {
            var features: [UInt64] = []
            var size = 0
            for i in group { if let profile = profiles[i] { features.append(contentsOf: profile.features); size += 1 } }
            sizes.append(size)
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
                for (satellite, partner) in [(a, Int(b)), (Int(b), a)] where sizes[satellite] <= satelliteSize {
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
}
