/// Counts (or maxima) per key for the few keys one story has: a linear scan while there are few
/// keys (no hashing, which dominated the cost of building small stories), an index of its own beyond.
///
/// Keys keep the order of their first use; every reader sorts them, so nothing depends on it.
struct SmallTally<Key: TallyKey> {
    /// Keys are scanned up to this many; then `index` finds them.
    private static var scanLimit: Int { 12 }
    private(set) var keys: [Key] = []
    private(set) var values: [Int] = []
    /// Once there are more keys than `scanLimit`: each key's `tallyHash` (by position), and an open-
    /// addressing table of positions plus one (0: empty), a power of two at least twice the keys.
    /// A `Dictionary` hashed each key with the standard hasher on every lookup: a big story's
    /// handles, links and ids cost about 1,500 instructions each.
    private var hashes: [UInt64] = []
    private var index: [Int32] = []

    init() {}

    var count: Int { keys.count }

    /// The position of `key` (whose hash is `h`) in `keys`, or where its position goes in `index`.
    @inline(__always)
    private func find(_ key: Key, _ h: UInt64) -> (found: Int?, slot: Int) {
        let mask = index.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(index[slot])
            if entry == 0 { return (nil, slot) }
            if hashes[entry - 1] == h && keys[entry - 1] == key { return (entry - 1, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// The slot of `key`, made (with `initial`) when new.
    private mutating func slot(_ key: Key, initial: Int) -> Int {
        if index.isEmpty {
            for k in keys.indices where keys[k] == key { return k }
            if keys.isEmpty {
                // Room for a few keys at once: appended one by one, the second and third key each
                // moved the arrays to new memory.
                keys.reserveCapacity(4)
                values.reserveCapacity(4)
            }
            keys.append(key)
            values.append(initial)
            if keys.count > Self.scanLimit {
                // Room for a big story's keys at once: growing step by step rebuilt the index each time.
                hashes = keys.map(\.tallyHash)
                rebuild(capacity: 8 * Self.scanLimit * 2)
            }
            return keys.count - 1
        }
        let h = key.tallyHash
        let (found, slot) = find(key, h)
        if let found { return found }
        keys.append(key)
        values.append(initial)
        hashes.append(h)
        index[slot] = Int32(keys.count)
        if keys.count * 2 > index.count { rebuild(capacity: index.count * 2) }
        return keys.count - 1
    }

    /// Makes `index` `capacity` slots (a power of two) holding every key.
    private mutating func rebuild(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        index = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for k in keys.indices {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while index[slot] != 0 { slot = (slot + 1) & mask }
            index[slot] = Int32(k + 1)
        }
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
        if index.isEmpty { return keys.firstIndex(of: key).map { values[$0] } }
        return find(key, key.tallyHash).found.map { values[$0] }
    }

    /// The pairs, in the order keys were first used.
    var pairs: Zip2Sequence<[Key], [Int]> { zip(keys, values) }
}

/// A key `SmallTally` can index: equal keys have equal `tallyHash`es, spread over all 64 bits.
/// (Only positions in the index depend on it, never an order or a result.)
protocol TallyKey: Equatable {
    var tallyHash: UInt64 { get }
}

/// The process's random start for hashing tallied strings. Handles and links come from untrusted
/// tweets: with a fixed start, links made to collide could make one story's tally probe through all
/// its keys at every lookup. Only positions in an index depend on it, so results do not.
private let tallySeed = UInt64.random(in: .min ... .max)

extension String: TallyKey {
    /// `TextHash.folded` from a per-process start, mixed (keys differing only in case share a
    /// hash and are told apart by `==`).
    var tallyHash: UInt64 {
        if let h = utf8.withContiguousStorageIfAvailable({ TextHash.folded($0, 0, $0.count, seed: TextHash.offset ^ tallySeed) }) {
            return TextHash.mix(h)
        }
        var text = self
        return text.withUTF8 { TextHash.mix(TextHash.folded($0, 0, $0.count, seed: TextHash.offset ^ tallySeed)) }
    }
}

extension Int32: TallyKey {
    var tallyHash: UInt64 { TextHash.mix(UInt64(UInt32(bitPattern: self))) }
}

extension UInt64: TallyKey {
    var tallyHash: UInt64 { TextHash.mix(self) }
}
