/// A map from tweet ids to indices, for the engine's reference and link lookups.
///
/// Tweet ids are decimal strings. Those written canonically (1 to 19 digits, no leading zero) are
/// keyed by their number in a `UInt64Table`: no string hashing, and the fastest part of grouping.
/// Any other id falls back to a dictionary. Two canonical ids with one number are the same string,
/// so a lookup agrees exactly with string equality.
struct TweetIDTable {
    private var numbers: UInt64Table
    private var others: [String: Int] = [:]

    init(capacity: Int) {
        numbers = UInt64Table(capacity: capacity)
    }

    /// Each id's first index in `tweets`.
    init(_ tweets: [Tweet]) {
        self.init(tweets, numbers: Self.numbers(tweets))
    }

    /// Each id's first index in `tweets`, whose ids' `numbers` are given.
    init(_ tweets: [Tweet], numbers: [UInt64?]) {
        self.init(capacity: tweets.count)
        // Through a buffer pointer: an array's subscript could copy each (large) tweet.
        tweets.withUnsafeBufferPointer { tweets in
            for i in tweets.indices {
                if let number = numbers[i] {
                    if self.numbers[number] == nil { self.numbers.set(number, Int32(i)) }
                } else if others[tweets[i].id] == nil {
                    others[tweets[i].id] = i
                }
            }
        }
    }

    /// Each tweet's id `number`, read on every core (each id is a separate string: reading them
    /// is mostly waiting for memory).
    static func numbers(_ tweets: [Tweet]) -> [UInt64?] {
        tweets.withUnsafeBufferPointer { tweets in Parallel.map(tweets.count, grain: 4096) { number(tweets[$0].id) } }
    }

    subscript(id: String) -> Int? {
        get {
            if let number = Self.number(id) { return numbers[number].map(Int.init) }
            return others[id]
        }
        set {
            guard let newValue else { preconditionFailure("TweetIDTable: ids are never removed") }
            if let number = Self.number(id) { numbers.set(number, Int32(newValue)) } else { others[id] = newValue }
        }
    }

    /// The id's number when it is written canonically, else nil.
    static func number(_ id: String) -> UInt64? {
        // Native strings are contiguous UTF-8: reading the buffer is several times faster than the view.
        if let number = id.utf8.withContiguousStorageIfAvailable(number) { return number }
        return number(Array(id.utf8))
    }

    private static func number<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> UInt64? {
        // 19 digits never overflow; a leading zero would give a second spelling of one number.
        guard let first = utf8.first, utf8.count <= 19, first != 0x30 || utf8.count == 1 else { return nil }
        var number: UInt64 = 0
        for c in utf8 {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            number = number &* 10 &+ UInt64(c &- 0x30)
        }
        return number
    }
}
