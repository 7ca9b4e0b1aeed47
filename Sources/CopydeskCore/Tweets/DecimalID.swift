/// Tweet and user ids as numbers, for hashing: a 64-bit number hashes several times faster than a
/// 19-character string, and a day holds 100k of each.
public enum DecimalID {
    /// The value of a decimal id of 1 to 19 digits without a leading zero (one number, one spelling),
    /// or `nil` for any other id (which callers keep as text).
    public static func number(_ id: String) -> UInt64? {
        // A native string's bytes are read in place: stepping through `utf8` costs a call per byte.
        if let value = id.utf8.withContiguousStorageIfAvailable({ number($0) }) { return value }
        return Array(id.utf8).withUnsafeBufferPointer { number($0) }  // a bridged string
    }

    /// The value of the decimal id spelt by `utf8`, as `number(_: String)` reads it.
    public static func number(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard (1...19).contains(utf8.count), utf8[0] != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value: UInt64 = 0
        for byte in utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return value
    }
}
