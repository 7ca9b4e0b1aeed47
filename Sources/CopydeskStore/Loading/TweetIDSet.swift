/// A set of tweet ids: decimal ids (all of them, in practice) as numbers, any other id as text.
///
/// Hashing a 64-bit number is several times cheaper than hashing a 19-character string.
struct TweetIDSet {
    private var numbers: Set<UInt64>
    private var others: Set<String> = []

    init(capacity: Int) {
        numbers = Set(minimumCapacity: capacity)
    }

    /// Adds `id`, whose `number(id)` is `number`; `false` if it was already there.
    mutating func insert(_ id: String, number: UInt64?) -> Bool {
        if let number { return numbers.insert(number).inserted }
        return others.insert(id).inserted
    }

    /// The value of a decimal id of 1 to 19 digits without a leading zero (one number, one spelling).
    static func number(_ id: String) -> UInt64? {
        let utf8 = id.utf8
        guard (1...19).contains(utf8.count), utf8.first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value: UInt64 = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
