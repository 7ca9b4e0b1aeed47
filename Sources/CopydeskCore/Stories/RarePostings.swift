/// The stories holding each rare feature, for the topic passes: each rare feature gets a dense id
/// in order of first use, and its stories are listed in story order in flat arrays (no dictionary of
/// arrays to hash into or allocate).
struct RarePostings {
    /// Each story's rare features (dense ids), in the order of its features.
    let features: [[Int32]]
    /// Each story's rare features' shares of its tweets, in the order of `features` (empty: all 1).
    let shares: [[Float]]
    /// Each rare feature's idf.
    let idf: [Double]
    /// Rare feature `id`'s stories are `postings[start[id]..<start[id + 1]]`.
    private let start: [Int32]
    private let postings: [Int32]
    /// The share of its story's tweets holding the feature, parallel to `postings`.
    private let postingShares: [Float]

    /// `storyFeatures[s]` are story `s`'s distinct features; `isRare` and `idf` judge a feature.
    init(_ storyFeatures: [[UInt64]], shares storyShares: [[Float]]? = nil, isRare: (UInt64) -> Bool, idf idfOf: (UInt64) -> Double) {
        var denseID = UInt64Table(capacity: 1024)
        var features: [[Int32]] = []
        var shares: [[Float]] = []
        var counts: [Int32] = []
        var idf: [Double] = []
        features.reserveCapacity(storyFeatures.count)
        // Which of each story's features are rare, judged on every core (a count looked up per
        // feature); dense ids are then given in one pass, in story order.
        let rareAt = Parallel.map(storyFeatures.count, grain: 256) { story -> [Int32] in
            var positions: [Int32] = []
            for (k, feature) in storyFeatures[story].enumerated() where isRare(feature) { positions.append(Int32(k)) }
            return positions
        }
        for story in storyFeatures.indices {
            // Each at its final size at once (this loop is serial: growing them cost allocations).
            var ids: [Int32] = []
            ids.reserveCapacity(rareAt[story].count)
            var mine: [Float] = []
            let given = storyShares?[story] ?? []
            if !given.isEmpty { mine.reserveCapacity(rareAt[story].count) }
            // Stories with no news tweet (all noise) have no features and never take part.
            for position in rareAt[story] {
                let k = Int(position), feature = storyFeatures[story][k]
                if !given.isEmpty { mine.append(given[k]) }
                let id: Int32
                if let known = denseID[feature] { id = known } else {
                    id = Int32(idf.count)
                    denseID.set(feature, id)
                    idf.append(idfOf(feature))
                    counts.append(0)
                }
                counts[Int(id)] += 1
                ids.append(id)
            }
            features.append(ids)
            shares.append(mine)
        }
        var start = [Int32](repeating: 0, count: idf.count + 1)
        for id in idf.indices { start[id + 1] = start[id] + counts[id] }
        var postings = [Int32](repeating: 0, count: Int(start[idf.count]))
        var postingShares = [Float](repeating: 1, count: postings.count)
        var filled = start
        for story in features.indices {
            for (k, id) in features[story].enumerated() {
                postings[Int(filled[Int(id)])] = Int32(story)
                if !shares[story].isEmpty { postingShares[Int(filled[Int(id)])] = shares[story][k] }
                filled[Int(id)] += 1
            }
        }
        self.features = features
        self.idf = idf
        self.start = start
        self.postings = postings
        self.postingShares = postingShares
        self.shares = shares
    }

    /// The stories holding rare feature `id`, ascending.
    func stories(_ id: Int32) -> ArraySlice<Int32> { postings[Int(start[Int(id)])..<Int(start[Int(id) + 1])] }

    /// The shares of their tweets holding rare feature `id`, parallel to `stories(id)`.
    func storyShares(_ id: Int32) -> ArraySlice<Float> { postingShares[Int(start[Int(id)])..<Int(start[Int(id) + 1])] }
}
