/// MinHash signatures with LSH banding: near-duplicate candidates without comparing all pairs.
///
/// `bands × rows` hash functions `a·x + b` (odd `a`, from a fixed-seed generator, so every run agrees).
/// Two sets with Jaccard similarity `s` share at least one band with probability `1 − (1 − sᵇ)ᵇᵃⁿᵈˢ`.
struct MinHasher: Sendable {
    let bands: Int
    let rows: Int
    private let multipliers: [UInt64]
    private let increments: [UInt64]

    init(bands: Int, rows: Int, seed: UInt64 = 0x5eed_c0de_d35c_0001) {
        self.bands = max(1, bands)
        self.rows = max(1, rows)
        var state = seed
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<(self.bands * self.rows) {
            state = TextHash.mix(state)
            a.append(state | 1)
            state = TextHash.mix(state)
            b.append(state)
        }
        multipliers = a
        increments = b
    }

    var hashCount: Int { bands * rows }

    /// The signature of a non-empty feature set, written into `signature` (resized to `hashCount`).
    func signature(of features: [UInt64], into signature: inout [UInt64]) {
        let k = hashCount
        if signature.count != k { signature = [UInt64](repeating: .max, count: k) }
        let n = features.count
        // Hash by hash, each a minimum over the (mixed) features kept in registers: no store per
        // feature and hash, and two independent minima per pass (branch-free). The same minima as
        // feature by feature.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, n)) { x in
            for f in 0..<n { x[f] = TextHash.mix(features[f]) }
            multipliers.withUnsafeBufferPointer { a in
                increments.withUnsafeBufferPointer { b in
                    signature.withUnsafeMutableBufferPointer { s in
                        for i in 0..<k {
                            let a = a[i], b = b[i]
                            var m0 = UInt64.max, m1 = UInt64.max
                            var f = 0
                            while f + 1 < n {
                                m0 = Swift.min(m0, a &* x[f] &+ b)
                                m1 = Swift.min(m1, a &* x[f + 1] &+ b)
                                f += 2
                            }
                            if f < n { m0 = Swift.min(m0, a &* x[f] &+ b) }
                            s[i] = Swift.min(m0, m1)
                        }
                    }
                }
            }
        }
    }

    /// The key of band `band` of a signature.
    func bandKey(_ signature: [UInt64], band: Int) -> UInt64 {
        var h = UInt64(band) &+ 0x1234_5678
        for r in 0..<rows { h = TextHash.combine(h, signature[band * rows + r]) }
        return h
    }

    /// LSH's candidate pairs, found on every core: `leaders[band * count + c]` is the first set (the
    /// smallest index) whose band `band` key equals set `c`'s; `c` itself when no earlier set has it.
    /// `features(c)` is set `c`'s feature set (non-empty); it is called from several threads.
    ///
    /// - Complexity: O(count · (features · hashCount + bands)).
    func bucketLeaders(count: Int, features: (Int) -> [UInt64]) -> [Int32] {
        // Band keys only (a fifth of the signatures' memory), band-major so each band's pass reads
        // them in order.
        var keys = [UInt64](repeating: 0, count: count * bands)
        keys.withUnsafeMutableBufferPointer { keys in
            Parallel.forEachChunk(count, grain: 256) { range in
                var signature: [UInt64] = []
                for c in range {
                    self.signature(of: features(c), into: &signature)
                    for band in 0..<bands { keys[band * count + c] = bandKey(signature, band: band) }
                }
            }
        }
        // Bands are independent: each chunk of bands reuses one table.
        var leaders = [Int32](repeating: 0, count: count * bands)
        leaders.withUnsafeMutableBufferPointer { leaders in
            Parallel.forEachChunk(bands, grain: 4) { range in
                var first = UInt64Table(capacity: count)
                for band in range {
                    first.removeAll()
                    for c in band * count..<(band + 1) * count {
                        if let leader = first[keys[c]] {
                            leaders[c] = leader
                        } else {
                            first.set(keys[c], Int32(c - band * count))
                            leaders[c] = Int32(c - band * count)
                        }
                    }
                }
            }
        }
        return leaders
    }

    /// Exact Jaccard similarity of two sorted, distinct arrays.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
