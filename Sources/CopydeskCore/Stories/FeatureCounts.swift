/// How many of the day's tweets hold each feature (document frequency), counted on every core.
///
/// The features are split by their top bits into partitions, each counted into its own table by one
/// task: no locks, no merging, and tables a fraction of one big table's size (fewer cache misses,
/// the cost of counting). Counts are exact, so the result is the same as one sequential table's.
struct FeatureCounts {
    private static let partitionBits = 3
    private var tables: [UInt64Table]
    /// The largest count.
    private(set) var maximum: Int32 = 0
    /// Tweets with a text.
    private(set) var documents = 0

    /// Counts the features of each tweet (nil: a tweet without a text). Each tweet's features must
    /// be distinct.
    init(_ lists: [[UInt64]?]) {
        let partitions = 1 << Self.partitionBits
        // First each chunk of tweets deals its features out by partition, then each partition is
        // counted from every chunk's share.
        let chunks = Parallel.chunks(lists.count, grain: 1024)
        let dealt = Parallel.map(chunks.count, grain: 1) { c in
            var shares = [[UInt64]](repeating: [], count: partitions)
            for i in chunks[c] {
                guard let features = lists[i] else { continue }
                for feature in features { shares[Self.partition(feature)].append(feature) }
            }
            return shares
        }
        tables = Parallel.map(partitions, grain: 1) { partition in
            // Distinct features are far fewer than all of them (a 100k-tweet day's 913,000 hold
            // 23,600): sized for a sixteenth, the table grows when needed. Sized for half, each
            // table was mostly empty slots, zeroed and faulted in, and lookups strayed over them.
            var table = UInt64Table(capacity: dealt.reduce(0) { $0 + $1[partition].count } / 16 + 16)
            for shares in dealt {
                for feature in shares[partition] { table.add(feature, 1) }
            }
            return table
        }
        maximum = tables.map(\.largestValue).max() ?? 0
        documents = lists.reduce(0) { $1 == nil ? $0 : $0 + 1 }
    }

    subscript(feature: UInt64) -> Int32? { tables[Self.partition(feature)][feature] }

    @inline(__always) private static func partition(_ feature: UInt64) -> Int {
        // Top bits: the tables' slots come from the mixed key, so no table sees a skewed subset.
        Int(truncatingIfNeeded: feature >> UInt64(64 - partitionBits))
    }
}
