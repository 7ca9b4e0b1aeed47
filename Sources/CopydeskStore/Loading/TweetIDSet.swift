/// A set of tweet ids: decimal ids (all of them, in practice) as numbers, any other id as text.
///
/// Hashing a 64-bit number is several times cheaper than hashing a 19-character string.
struct TweetIDSet {
    private var numbers: Set<UInt64>
    private var others: Set<String> = []

    init(capacity: Int) {
        numbers = Set(minimumCapacity: capacity)
    }

    /// Adds an id, given as its `DecimalID.number` or else as `text`; `false` if it was already there.
    mutating func insert(number: UInt64?, text: String?) -> Bool {
        if let number { return numbers.insert(number).inserted }
        return others.insert(text ?? "").inserted
    }
}
