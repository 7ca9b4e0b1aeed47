/// Fast, stable 64-bit hashes of text (FNV-1a plus a finaliser), identical on every run and machine.
///
/// Swift's `Hasher` is seeded per process, so nothing that reaches output or grouping may use it.
enum TextHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over bytes, ASCII letters folded to lower case.
    @inline(__always)
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = offset) -> UInt64 {
        var h = seed
        var i = start
        while i < end {
            var c = bytes[i]
            if c >= 65 && c <= 90 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* prime
            i += 1
        }
        return h
    }

    /// FNV-1a over a string's UTF-8, ASCII letters folded.
    static func folded(_ text: String) -> UInt64 {
        // A native string's bytes are read in place: stepping through `utf8` costs a call per byte.
        if let h = text.utf8.withContiguousStorageIfAvailable({ folded($0, 0, $0.count) }) { return h }
        var h = offset
        for var c in text.utf8 {
            if c >= 65 && c <= 90 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* prime
        }
        return h
    }

    /// SplitMix64's finaliser: spreads FNV's weak low bits before MinHash and banding.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ (b &* 0x9e37_79b9_7f4a_7c15))
    }

    /// Lower-case hex of a hash, `digits` long.
    static func hex(_ value: UInt64, digits: Int = 16) -> String {
        let full = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - full.count)) + full
        return String(padded.suffix(digits))
    }
}
