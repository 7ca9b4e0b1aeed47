/// Counts (or maxima) per key for the few keys one story has: a linear scan while there are few
/// keys (no hashing, which dominated the cost of building small stories), a dictionary beyond.
///
/// Keys keep the order of their first use; every reader sorts them, so nothing depends on it.
struct SmallTally<Key: Hashable> {
    /// Keys are scanned up to this many; then a dictionary indexes them.
    private static var scanLimit: Int { 12 }
    private(set) var keys: [Key] = []
    private(set) var values: [Int] = []
    private var slots: [Key: Int]?

    init() {}

    var count: Int { keys.count }

    /// The slot of `key`, made (with `initial`) when new.
    private mutating func slot(_ key: Key, initial: Int) -> Int {
        if let slots {
            if let k = slots[key] { return k }
        } else {
            for k in keys.indices where keys[k] == key { return k }
        }
        keys.append(key)
        values.append(initial)
        if slots != nil {
            slots![key] = keys.count - 1
        } else if keys.count > Self.scanLimit {
            // Room for a big story's keys at once: growing step by step rehashed them each time.
            var index = [Key: Int](minimumCapacity: 8 * Self.scanLimit)
            for (k, key) in keys.enumerated() { index[key] = k }
            slots = index
        }
        return keys.count - 1
    }

    /// Adds one to `key`'s count.
    mutating func increment(_ key: Key) {
        values[slot(key, initial: 0)] += 1
    }

    /// Raises `key`'s value to at least `value` (a new key takes `max(0, value)`, as
    /// `max(dictionary[key] ?? 0, value)` does).
    mutating func raise(_ key: Key, to value: Int) {
        let k = slot(key, initial: 0)
        values[k] = max(values[k], value)
    }

    /// `key`'s value, or nil when it was never counted.
    subscript(key: Key) -> Int? {
        if let slots { return slots[key].map { values[$0] } }
        return keys.firstIndex(of: key).map { values[$0] }
    }

    /// The pairs, in the order keys were first used.
    var pairs: Zip2Sequence<[Key], [Int]> { zip(keys, values) }
}
