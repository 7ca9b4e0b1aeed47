/// Near-duplicate texts: tweets whose feature sets are equal, and MinHash candidates with their
/// bucket leaders, found from the profiles alone (no set is read, so it can be done beforehand).
struct NearDuplicates {
    /// Pairs of tweets with equal feature sets, in the order they join.
    var equal: [(Int, Int)] = []
    /// Tweets whose feature set is the first of its kind, and their feature sets.
    var candidates: [Int] = []
    var featureSets: [[UInt64]] = []
    /// Each band's bucket leader of each candidate (band-major), as `MinHasher.bucketLeaders` gives them.
    var leaders: [Int32] = []
    var bands = 0

    init(_ profiles: [TweetProfile?], settings: EngineSettings) {
        // Exact duplicates of the feature set merge at once and skip MinHash.
        var firstBySet = UInt64Table(capacity: profiles.count)
        // Each feature set's hash, on every core; nil for tweets too short to judge.
        let setHashes = profiles.withUnsafeBufferPointer { profiles in
            Parallel.map(profiles.count, grain: 2048) { i -> UInt64? in
                guard let features = profiles[i]?.features, features.count >= settings.minFeatures else { return nil }
                var h = TextHash.offset
                for feature in features { h = TextHash.combine(h, feature) }
                return h
            }
        }
        for i in profiles.indices {
            guard let h = setHashes[i] else { continue }
            // Only the features: binding the whole profile would retain each of its arrays.
            if let j = firstBySet[h].map(Int.init), let features = profiles[i]?.features, profiles[j]?.features == features {
                equal.append((i, j))
            } else {
                firstBySet.set(h, Int32(i))
                candidates.append(i)
            }
        }
        guard candidates.count > 1 else { return }

        // The candidates' feature sets, read once: reaching into a profile in the loops below costs.
        let candidates = candidates
        featureSets = Parallel.map(candidates.count, grain: 4096) { profiles[candidates[$0]]?.features ?? [] }
        let hasher = MinHasher(bands: settings.minHashBands, rows: settings.minHashRows)
        leaders = hasher.bucketLeaders(count: candidates.count) { featureSets[$0] }
        bands = hasher.bands
    }

    /// Joins equal feature sets, then candidates sharing a bucket whose Jaccard similarity reaches
    /// `threshold`, unless their sets name different things.
    func merge(into sets: inout UnionFind, threshold: Double) {
        for (i, j) in equal { sets.unionIfCompatible(i, j) }
        guard candidates.count > 1 else { return }
        // In band order, then set order: the order a single bucket table per band would see them.
        for band in 0..<bands {
            let offset = band * candidates.count
            for c in 0..<candidates.count where Int(leaders[offset + c]) != c {
                let leader = Int(leaders[offset + c])
                let i = candidates[c], j = candidates[leader]
                if sets.find(i) != sets.find(j), sets.compatible(i, j),
                   MinHasher.jaccard(featureSets[c], featureSets[leader]) >= threshold {
                    sets.union(i, j)
                }
            }
        }
    }
}
