/// An open-addressing hash map from 64-bit hashes to `Int32`, for the engine's hot loops.
///
/// Keys are already well-mixed hashes, so the table uses their low bits directly: far cheaper than
/// `Dictionary`'s seeded SipHash, and its contents never depend on a per-process seed. Key 0 is
/// remapped internally, so any key is allowed.
struct UInt64Table {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9e37_79b9_7f4a_7c15 : key }

    subscript(key: UInt64) -> Int32? {
        let k = Self.stored(key)
        var slot = Int(truncatingIfNeeded: TextHash.mix(k)) & mask
        while true {
            let found = keys[slot]
            if found == k { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Sets `key` to `value`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var slot = Int(truncatingIfNeeded: TextHash.mix(k)) & mask
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = k
        values[slot] = value
    }

    /// Adds `delta` to the value of `key` (absent counts as 0).
    mutating func add(_ key: UInt64, _ delta: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var slot = Int(truncatingIfNeeded: TextHash.mix(k)) & mask
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            count += 1
            keys[slot] = k
            values[slot] = delta
        } else {
            values[slot] += delta
        }
    }

    /// The largest value stored (0 when empty).
    var largestValue: Int32 {
        var largest: Int32 = 0
        for slot in keys.indices where keys[slot] != 0 { largest = max(largest, values[slot]) }
        return largest
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        for i in keys.indices { keys[i] = 0 }
        count = 0
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var slot = Int(truncatingIfNeeded: TextHash.mix(oldKeys[i])) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
            count += 1
        }
    }
}
