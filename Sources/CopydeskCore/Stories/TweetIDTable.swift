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

    /// Each tweet's id as its `DecimalID.number`, read on every core (each id is a separate
    /// string: reading them is mostly waiting for memory).
    static func numbers(_ tweets: [Tweet]) -> [UInt64?] {
        tweets.withUnsafeBufferPointer { tweets in Parallel.map(tweets.count, grain: 4096) { DecimalID.number(tweets[$0].id) } }
    }

    subscript(id: String) -> Int? {
        get {
            if let number = DecimalID.number(id) { return numbers[number].map(Int.init) }
            return others[id]
        }
        set {
            guard let newValue else { preconditionFailure("TweetIDTable: ids are never removed") }
            if let number = DecimalID.number(id) { numbers.set(number, Int32(newValue)) } else { others[id] = newValue }
        }
    }
}
