/// A read-only hash map keyed by 64-bit text hashes, for the scanner's per-token look-ups.
///
/// Keys are already hashes, so a slot comes from one mix of the key: far cheaper than
/// `Dictionary`'s seeded SipHash, which was a fifth of profiling a tweet. Built once from a
/// dictionary; a look-up gives the same answer the dictionary would.
struct HashMap64<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int
    /// Key 0 marks an empty slot, so its value is kept aside.
    private let zero: Value?
    let isEmpty: Bool

    init(_ dictionary: [UInt64: Value]) {
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        var zero: Value?
        for (key, value) in dictionary {
            guard key != 0 else {
                zero = value
                continue
            }
            var slot = Int(truncatingIfNeeded: TextHash.mix(key)) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.zero = zero
        mask = size - 1
        isEmpty = dictionary.isEmpty
    }

    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return zero }
        var slot = Int(truncatingIfNeeded: TextHash.mix(key)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

/// A read-only set of 64-bit text hashes (see `HashMap64`).
struct HashSet64: Sendable {
    private let map: HashMap64<Bool>

    init<Hashes: Sequence<UInt64>>(_ hashes: Hashes) {
        map = HashMap64(Dictionary(hashes.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    var isEmpty: Bool { map.isEmpty }

    func contains(_ hash: UInt64) -> Bool { map[hash] != nil }
}
