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

    /// Adds `id`, whose `DecimalID.number` is `number`; `false` if it was already there.
    mutating func insert(_ id: String, number: UInt64?) -> Bool {
        if let number { return numbers.insert(number).inserted }
        return others.insert(id).inserted
    }
}
