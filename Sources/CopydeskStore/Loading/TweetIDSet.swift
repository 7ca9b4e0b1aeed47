import CopydeskCore

/// A set of tweet ids: decimal ids (all of them, in practice) as numbers, any other id as text.
///
/// Hashing a 64-bit number is several times cheaper than hashing a 19-character string.
struct TweetIDSet {
    private var numbers: Set<UInt64>
    private var others: Set<String> = []

    init(capacity: Int) {
        numbers = Set(minimumCapacity: capacity)
    }

    /// Adds the id of `key`; `false` if it was already there.
    mutating func insert(_ key: TweetMerger.SortKey) -> Bool {
        if let number = key.idNumber { return numbers.insert(number).inserted }
        return others.insert(key.id ?? "").inserted
    }
}
